using Together.Statistics;

namespace Together.Statistics.Tests;

public class TargetTests
{
    private static SeriesPoint[] Yearly(int firstYear, params double[] values) =>
        values.Select((v, i) => new SeriesPoint(new DateOnly(firstYear + i, 7, 1), v)).ToArray();

    [Fact]
    public void Forecast_is_the_least_squares_line()
    {
        // 60, 62, 64, 66 one year apart: slope ≈ 2 a year (days/365.25), so about 72 three years after the last point.
        ForecastResult forecast = Targets.Forecast(Yearly(2020, 60, 62, 64, 66));
        Assert.NotNull(forecast.Line);
        Assert.Equal(2.0, forecast.Line!.SlopePerYear, 0.01);
        Assert.Equal(72.0, forecast.Line.ValueAt(new DateOnly(2026, 7, 1)), 0.05);
        Assert.Equal(4, forecast.Line.PointsUsed);
        IReadOnlyList<SeriesPoint> projected = forecast.Line.Project([new DateOnly(2024, 7, 1), new DateOnly(2025, 7, 1)]);
        Assert.Equal(68.0, projected[0].Value!.Value, 0.05);
        Assert.Equal(70.0, projected[1].Value!.Value, 0.05);
    }

    [Fact]
    public void Forecast_of_scattered_points_matches_hand_calculation()
    {
        // x = 0,1,2,3 (years), y = 1,3,2,5: slope = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = 5.5/5 = 1.1, intercept = 2.75 − 1.1·1.5 = 1.1.
        SeriesPoint[] s = [new(new DateOnly(2000, 1, 1), 1), new(new DateOnly(2000, 1, 1).AddDays(365), 3),
            new(new DateOnly(2000, 1, 1).AddDays(730), 2), new(new DateOnly(2000, 1, 1).AddDays(1096), 5)];
        LinearForecast line = Targets.Forecast(s).Line!;
        Assert.Equal(1.1, line.SlopePerYear, 0.01);
        Assert.Equal(1.1, line.Intercept, 0.01);
    }

    [Fact]
    public void Forecast_needs_two_dated_values()
    {
        Assert.Null(Targets.Forecast(Yearly(2020, 60)).Line);
        Assert.NotNull(Targets.Forecast(Yearly(2020, 60)).NotCalculatedReason);
        Assert.Null(Targets.Forecast([new SeriesPoint(new DateOnly(2020, 1, 1), 1), new SeriesPoint(new DateOnly(2020, 1, 1), 2)]).Line);
    }

    [Fact]
    public void Met_when_latest_value_meets_target()
    {
        TargetAssessment high = Targets.Assess(Yearly(2020, 60, 62, 71), 70, new DateOnly(2026, 1, 1), Polarity.HighIsGood);
        Assert.Equal(TargetStatus.Met, high.Status);
        Assert.Equal(71, high.LatestValue);
        TargetAssessment low = Targets.Assess(Yearly(2020, 20, 18, 15), 16, new DateOnly(2026, 1, 1), Polarity.LowIsGood);
        Assert.Equal(TargetStatus.Met, low.Status);
        Assert.Equal("Target met", low.Sentence);
    }

    [Fact]
    public void On_track_when_forecast_reaches_target_by_the_date()
    {
        TargetAssessment a = Targets.Assess(Yearly(2020, 60, 62, 64, 66), 70, new DateOnly(2026, 7, 1), Polarity.HighIsGood);
        Assert.Equal(TargetStatus.OnTrack, a.Status);
        Assert.Equal(72.0, a.ForecastAtTargetDate!.Value, 0.05);
        Assert.Equal("On track to meet the target", a.Sentence);
    }

    [Fact]
    public void Off_track_when_forecast_falls_short()
    {
        TargetAssessment a = Targets.Assess(Yearly(2020, 60, 62, 64, 66), 80, new DateOnly(2026, 7, 1), Polarity.HighIsGood);
        Assert.Equal(TargetStatus.OffTrack, a.Status);
        // Low is good, and the series is rising: moving away from a target of 50.
        TargetAssessment b = Targets.Assess(Yearly(2020, 60, 62, 64, 66), 50, new DateOnly(2026, 7, 1), Polarity.LowIsGood);
        Assert.Equal(TargetStatus.OffTrack, b.Status);
    }

    [Fact]
    public void Off_track_when_target_date_has_passed()
    {
        TargetAssessment a = Targets.Assess(Yearly(2020, 60, 62, 64, 66), 70, new DateOnly(2022, 1, 1), Polarity.HighIsGood);
        Assert.Equal(TargetStatus.OffTrack, a.Status);
        Assert.Contains("date has passed", a.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_assessable_cases_say_why()
    {
        DateOnly date = new(2026, 1, 1);
        Assert.Equal(TargetStatus.NotAssessable, Targets.Assess(Yearly(2020, 60, 62, 64), 70, date, Polarity.NoJudgement).Status);
        Assert.Equal(TargetStatus.NotAssessable, Targets.Assess([], 70, date, Polarity.HighIsGood).Status);
        TargetAssessment few = Targets.Assess(Yearly(2020, 60, 62), 70, date, Polarity.HighIsGood);
        Assert.Equal(TargetStatus.NotAssessable, few.Status);
        Assert.Equal("Cannot be assessed: fewer than 3 data points to forecast from", few.Sentence);
        SeriesPoint[] gaps = [new(new DateOnly(2020, 1, 1), null), new(new DateOnly(2021, 1, 1), 60), new(new DateOnly(2022, 1, 1), double.NaN)];
        Assert.Equal(TargetStatus.NotAssessable, Targets.Assess(gaps, 70, date, Polarity.HighIsGood).Status);
    }
}
