using Together.Statistics;
using Together.Web.Features.Outcomes;
using Together.Web.Features.Outcomes.TurnTheCurve;

namespace Together.Tests.Outcomes;

public sealed class CurveForecastTests
{
    private static Indicator Proportion(PeriodType type = PeriodType.FinancialYear) =>
        new() { Code = "T", ValueType = IndicatorValueType.Proportion, Multiplier = 100, PeriodType = type, Polarity = Polarity.HighIsGood };

    private static (string, DateOnly, DateOnly, double?) Year(int first, double? value)
    {
        var label = Periods.YearLabel(PeriodType.FinancialYear, first);
        Periods.TryParse(PeriodType.FinancialYear, label, out var start, out var end);
        return (label, start, end, value);
    }

    [Fact]
    public void A_straight_line_is_continued_through_the_next_three_periods()
    {
        // 50, 52, 54, 56, 58: two points a year, so the forecast is 60, 62, 64 (to within the leap days).
        var series = Enumerable.Range(0, 7).Select(k => Year(2018 + k, k < 2 ? 10 : 50 + 2 * (k - 2))).ToList();

        var projection = CurveForecast.Project(Proportion(), series);

        Assert.NotNull(projection.Line);
        Assert.Equal(5, projection.PointsUsed);
        Assert.Equal(10, projection.Rows.Count);
        Assert.Equal(["2025/26", "2026/27", "2027/28"], projection.Rows.Skip(7).Select(r => r.Period));
        Assert.Equal([60, 62, 64], projection.Rows.Skip(7).Select(r => Math.Round(r.Forecast!.Value, 1)));
        Assert.Equal("2024/25", projection.Baseline!.Period);
        Assert.Equal(58, projection.Rows[6].Forecast!.Value, 1);
        Assert.Null(projection.Rows[5].Forecast);
    }

    [Fact]
    public void A_proportion_is_never_forecast_beyond_0_to_100_percent()
    {
        var series = Enumerable.Range(0, 5).Select(k => Year(2020 + k, 60 + 10 * k)).ToList();

        var projection = CurveForecast.Project(Proportion(), series);

        Assert.All(projection.Rows.Where(r => r.Forecast is not null), r => Assert.InRange(r.Forecast!.Value, 0, 100));
        Assert.Equal(100, projection.Rows[^1].Forecast);
    }

    [Fact]
    public void Fewer_than_three_figures_give_no_forecast_and_say_why()
    {
        var projection = CurveForecast.Project(Proportion(), [Year(2023, 50), Year(2024, null), Year(2025, 55)]);

        Assert.Null(projection.Line);
        Assert.Equal("a forecast needs at least 3 figures and there are 2", projection.NotCalculatedReason);
        Assert.All(projection.Rows, r => Assert.Null(r.Forecast));
    }

    [Theory]
    [InlineData(PeriodType.Quarter, "2025-10-01", "2026 Q1", "2026-03-31")]
    [InlineData(PeriodType.Month, "2025-12-01", "2026-01", "2026-01-31")]
    [InlineData(PeriodType.AcademicYear, "2024-09-01", "2025/26", "2026-08-31")]
    [InlineData(PeriodType.CalendarYear, "2025-01-01", "2026", "2026-12-31")]
    public void The_next_period_has_the_label_figures_are_sent_with(PeriodType type, string start, string label, string end)
    {
        var (nextStart, nextEnd) = CurveForecast.Next(type, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(label, CurveForecast.Label(type, nextStart));
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), nextEnd);
        Assert.True(Periods.TryParse(type, label, out var parsedStart, out _) && parsedStart == nextStart);
    }
}
