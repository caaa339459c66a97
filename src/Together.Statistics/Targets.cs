using MathNet.Numerics;

namespace Together.Statistics;

/// <summary>A dated value of a time series; a null value means missing.</summary>
public sealed record SeriesPoint(DateOnly Date, double? Value);

/// <summary>A least-squares straight line through a series, used for "turn the curve" baselines and forecasts.</summary>
/// <param name="Origin">The date at which time is zero.</param>
/// <param name="Intercept">The fitted value at <paramref name="Origin"/>.</param>
/// <param name="SlopePerYear">Change per year (365.25 days).</param>
/// <param name="PointsUsed">How many points were fitted.</param>
public sealed record LinearForecast(DateOnly Origin, double Intercept, double SlopePerYear, int PointsUsed)
{
    /// <summary>The value of the line on <paramref name="date"/>.</summary>
    public double ValueAt(DateOnly date) => Intercept + SlopePerYear * ((date.DayNumber - Origin.DayNumber) / 365.25);

    /// <summary>The line's values on each date, e.g. to draw a forecast.</summary>
    public IReadOnlyList<SeriesPoint> Project(IEnumerable<DateOnly> dates) =>
        dates.Select(d => new SeriesPoint(d, ValueAt(d))).ToList();
}

/// <summary>A fitted line or the reason there is none.</summary>
public sealed record ForecastResult(LinearForecast? Line, string? NotCalculatedReason);

/// <summary>Whether a target is met, on track or off track.</summary>
public enum TargetStatus
{
    /// <summary>The latest value meets the target.</summary>
    Met,

    /// <summary>Not met yet, but the forecast line meets it by the target date.</summary>
    OnTrack,

    /// <summary>Not met, and the forecast line does not meet it by the target date (or the date has passed).</summary>
    OffTrack,

    /// <summary>Cannot be judged (see the reason).</summary>
    NotAssessable,
}

/// <summary>The result of assessing a target.</summary>
public sealed record TargetAssessment(
    TargetStatus Status,
    string? Reason,
    double? LatestValue,
    double? ForecastAtTargetDate,
    LinearForecast? Forecast)
{
    /// <summary>Plain words, e.g. "On track to meet the target".</summary>
    public string Sentence => Status switch
    {
        TargetStatus.Met => "Target met",
        TargetStatus.OnTrack => "On track to meet the target",
        TargetStatus.OffTrack => Reason is null ? "Off track: not forecast to meet the target" : $"Off track: {Reason}",
        _ => $"Cannot be assessed: {Reason}",
    };
}

/// <summary>Forecasts and target status.</summary>
public static class Targets
{
    /// <summary>Fits an ordinary least-squares line of value on time; needs at least two dated values on different dates.</summary>
    public static ForecastResult Forecast(IReadOnlyList<SeriesPoint> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        SeriesPoint[] present = Present(series);
        if (present.Length < 2)
        {
            return new ForecastResult(null, "fewer than 2 data points");
        }

        if (present.Select(p => p.Date).Distinct().Count() < 2)
        {
            return new ForecastResult(null, "all data points have the same date");
        }

        DateOnly origin = present[0].Date;
        double[] x = present.Select(p => (p.Date.DayNumber - origin.DayNumber) / 365.25).ToArray();
        double[] y = present.Select(p => p.Value!.Value).ToArray();
        (double intercept, double slope) = Fit.Line(x, y);
        return new ForecastResult(new LinearForecast(origin, intercept, slope, present.Length), null);
    }

    /// <summary>
    /// Met when the latest value meets the target (≥ for HighIsGood, ≤ for LowIsGood); otherwise OnTrack when the
    /// least-squares line through the series meets it by <paramref name="targetDate"/>; otherwise OffTrack.
    /// NotAssessable without polarity, without data, or with fewer than <paramref name="minimumPointsForForecast"/> points.
    /// </summary>
    public static TargetAssessment Assess(IReadOnlyList<SeriesPoint> series, double target, DateOnly targetDate, Polarity polarity, int minimumPointsForForecast = 3)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (polarity == Polarity.NoJudgement)
        {
            return new TargetAssessment(TargetStatus.NotAssessable, "the indicator has no polarity, so meeting a target cannot be judged", null, null, null);
        }

        if (!double.IsFinite(target))
        {
            return new TargetAssessment(TargetStatus.NotAssessable, "the target has no value", null, null, null);
        }

        SeriesPoint[] present = Present(series);
        if (present.Length == 0)
        {
            return new TargetAssessment(TargetStatus.NotAssessable, "there are no data", null, null, null);
        }

        double latest = present[^1].Value!.Value;
        LinearForecast? line = Forecast(present).Line;
        if (Meets(latest, target, polarity))
        {
            return new TargetAssessment(TargetStatus.Met, null, latest, line?.ValueAt(targetDate), line);
        }

        if (targetDate <= present[^1].Date)
        {
            return new TargetAssessment(TargetStatus.OffTrack, "the target date has passed without the target being met", latest, line?.ValueAt(targetDate), line);
        }

        int needed = Math.Max(2, minimumPointsForForecast);
        if (present.Length < needed || line is null)
        {
            return new TargetAssessment(TargetStatus.NotAssessable, $"fewer than {needed} data points to forecast from", latest, null, line);
        }

        double forecast = line.ValueAt(targetDate);
        return Meets(forecast, target, polarity)
            ? new TargetAssessment(TargetStatus.OnTrack, null, latest, forecast, line)
            : new TargetAssessment(TargetStatus.OffTrack, null, latest, forecast, line);
    }

    private static bool Meets(double value, double target, Polarity polarity) =>
        polarity == Polarity.HighIsGood ? value >= target : value <= target;

    private static SeriesPoint[] Present(IReadOnlyList<SeriesPoint> series) =>
        series.Where(p => p.Value is { } v && double.IsFinite(v)).OrderBy(p => p.Date).ToArray();
}
