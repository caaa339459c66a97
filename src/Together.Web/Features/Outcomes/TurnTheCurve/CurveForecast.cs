using System.Globalization;
using Together.Statistics;

namespace Together.Web.Features.Outcomes.TurnTheCurve;

/// <summary>One row of the baseline-and-forecast table: the figure held for a period, or the forecast for a future one.</summary>
public sealed record CurveRow(string Period, DateOnly PeriodEnd, double? Actual, double? Forecast);

/// <summary>The baseline (the figures so far) and the forecast if nothing changes, or why there is no forecast.</summary>
public sealed record CurveProjection(IReadOnlyList<CurveRow> Rows, LinearForecast? Line, int PointsUsed, string? NotCalculatedReason)
{
    public CurveRow? Baseline => Rows.LastOrDefault(r => r.Actual is not null);
}

/// <summary>
/// The "turn the curve" baseline and forecast. The baseline is the figures held, latest last. The forecast is a straight
/// line (ordinary least squares, <see cref="Targets.Forecast"/>) through the last <see cref="PointsFitted"/> figures,
/// projected <see cref="PeriodsAhead"/> periods on: where the curve is heading if nothing changes. It needs at least
/// <see cref="MinimumPoints"/> figures. Proportions are kept between 0 and the multiplier (0–100%), other values at 0 or above.
/// </summary>
public static class CurveForecast
{
    public const int PointsFitted = 5;
    public const int MinimumPoints = 3;
    public const int PeriodsAhead = 3;

    public static CurveProjection Project(Indicator indicator, IReadOnlyList<(string Period, DateOnly Start, DateOnly End, double? Value)> series)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var ordered = series.OrderBy(p => p.End).ToList();
        var rows = ordered.Select(p => new CurveRow(p.Period, p.End, p.Value, null)).ToList();
        var fitted = ordered.Where(p => p.Value is not null).TakeLast(PointsFitted).ToList();
        if (fitted.Count < MinimumPoints)
        {
            return new CurveProjection(rows, null, fitted.Count, $"a forecast needs at least {MinimumPoints} figures and there {(fitted.Count == 1 ? "is" : "are")} {fitted.Count}");
        }

        var result = Targets.Forecast(fitted.Select(p => new SeriesPoint(p.End, p.Value)).ToList());
        if (result.Line is not { } line)
        {
            return new CurveProjection(rows, null, fitted.Count, result.NotCalculatedReason);
        }

        // The forecast starts at the last figure so the dashed line joins the solid one.
        var last = fitted[^1];
        var index = rows.FindLastIndex(r => r.Period == last.Period);
        rows[index] = rows[index] with { Forecast = Clamp(indicator, line.ValueAt(last.End)) };
        var (start, end) = (ordered[^1].Start, ordered[^1].End);
        for (var k = 0; k < PeriodsAhead; k++)
        {
            (start, end) = Next(indicator.PeriodType, start);
            rows.Add(new CurveRow(Label(indicator.PeriodType, start), end, null, Clamp(indicator, line.ValueAt(end))));
        }

        return new CurveProjection(rows, line, fitted.Count, null);
    }

    private static double Clamp(Indicator indicator, double value) => indicator.ValueType == IndicatorValueType.Proportion
        ? Math.Clamp(value, 0, indicator.Multiplier)
        : Math.Max(0, value);

    /// <summary>The period after the one starting on <paramref name="start"/>: its start and end.</summary>
    public static (DateOnly Start, DateOnly End) Next(PeriodType type, DateOnly start)
    {
        var next = type switch
        {
            PeriodType.Quarter => start.AddMonths(3),
            PeriodType.Month => start.AddMonths(1),
            _ => start.AddYears(1),
        };
        var end = type switch
        {
            PeriodType.Quarter => next.AddMonths(3).AddDays(-1),
            PeriodType.Month => next.AddMonths(1).AddDays(-1),
            _ => next.AddYears(1).AddDays(-1),
        };
        return (next, end);
    }

    /// <summary>A period's label in the indicator's format (the same labels figures are sent with).</summary>
    public static string Label(PeriodType type, DateOnly start) => type switch
    {
        PeriodType.Quarter => string.Create(CultureInfo.InvariantCulture, $"{start.Year} Q{(start.Month - 1) / 3 + 1}"),
        PeriodType.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Periods.YearLabel(type, start.Year),
    };
}
