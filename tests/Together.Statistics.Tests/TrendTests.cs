using MathNet.Numerics.LinearAlgebra;
using Together.Statistics;

namespace Together.Statistics.Tests;

public class TrendTests
{
    private static TrendPoint Year(int year, double? value) =>
        new(new DateOnly(year, 4, 1), new DateOnly(year + 1, 3, 31), value);

    private static TrendPoint[] Proportions(int firstYear, params (int Numerator, int Denominator)[] data) =>
        data.Select((d, i) => Year(firstYear + i, (double)d.Numerator / d.Denominator) with { Numerator = d.Numerator, Denominator = d.Denominator }).ToArray();

    private static TrendPoint[] WithIntervals(int firstYear, double halfWidth, params double[] values) =>
        values.Select((v, i) => Year(firstYear + i, v) with { Lower = v - halfWidth, Upper = v + halfWidth }).ToArray();

    [Fact]
    public void Chi_squared_for_trend_matches_published_example()
    {
        // MRC CBU statistics wiki, "Chi-square test for trend": correct 3, 6, 10 of 12 each; linear-by-linear chi-square 7.96
        // (SPSS reports (N−1)/N × the Cochran–Armitage statistic; N = 36). Independent Python evaluation of T²/Var: 8.1920.
        TrendPoint[] series = Proportions(2020, (3, 12), (6, 12), (10, 12));
        TrendResult result = Trends.RecentTrend(series, TrendValueType.Proportion, Polarity.HighIsGood, new TrendOptions { Points = 3 });
        Assert.Equal(8.192, result.ChiSquared!.Value, 0.01);
        Assert.Equal(7.96, result.ChiSquared.Value * 35 / 36, 0.01);
        // p ≈ 0.004: significant at 95% but not beyond 99.8%, so no significant change by the Fingertips rule.
        Assert.Equal(TrendOutcome.NoSignificantChange, result.Outcome);
    }

    [Theory]
    [InlineData(Polarity.HighIsGood, TrendOutcome.IncreasingAndGettingBetter, "Increasing and getting better")]
    [InlineData(Polarity.LowIsGood, TrendOutcome.IncreasingAndGettingWorse, "Increasing and getting worse")]
    [InlineData(Polarity.NoJudgement, TrendOutcome.Increasing, "Increasing")]
    public void Clear_increase_in_a_proportion_is_significant(Polarity polarity, TrendOutcome expected, string sentence)
    {
        // 5%, 6%, 7%, 8%, 9% of 1,000 each year: Cochran–Armitage chi-squared 15.36 (independent Python evaluation) > 3.0902².
        TrendPoint[] series = Proportions(2018, (50, 1000), (60, 1000), (70, 1000), (80, 1000), (90, 1000));
        TrendResult result = Trends.RecentTrend(series, TrendValueType.Proportion, polarity);
        Assert.Equal(15.361, result.ChiSquared!.Value, 0.01);
        Assert.Equal(expected, result.Outcome);
        Assert.Equal(sentence, result.Sentence);
        Assert.True(result.Slope > 0);
        Assert.True(result.PValue < 0.002);
    }

    [Theory]
    [InlineData(Polarity.HighIsGood, "Decreasing and getting worse")]
    [InlineData(Polarity.LowIsGood, "Decreasing and getting better")]
    [InlineData(Polarity.NoJudgement, "Decreasing")]
    public void Clear_decrease_is_reported_with_polarity(Polarity polarity, string sentence)
    {
        TrendPoint[] series = Proportions(2018, (90, 1000), (80, 1000), (70, 1000), (60, 1000), (50, 1000));
        Assert.Equal(sentence, Trends.RecentTrend(series, TrendValueType.Proportion, polarity).Sentence);
    }

    [Fact]
    public void Noisy_proportion_shows_no_significant_change()
    {
        TrendPoint[] series = Proportions(2018, (50, 1000), (52, 1000), (49, 1000), (51, 1000), (50, 1000));
        TrendResult result = Trends.RecentTrend(series, TrendValueType.Proportion, Polarity.HighIsGood);
        Assert.Equal(TrendOutcome.NoSignificantChange, result.Outcome);
        Assert.Equal("No significant change", result.Sentence);
        Assert.Equal(0.0021, result.ChiSquared!.Value, 0.001); // independent Python evaluation: 0.00209
    }

    [Fact]
    public void Only_the_last_five_points_are_used()
    {
        // A big early fall followed by five flat years: the fall is outside the window.
        TrendPoint[] series = Proportions(2014, (300, 1000), (200, 1000), (50, 1000), (52, 1000), (49, 1000), (51, 1000), (50, 1000));
        TrendResult result = Trends.RecentTrend(series, TrendValueType.Proportion, Polarity.LowIsGood);
        Assert.Equal(TrendOutcome.NoSignificantChange, result.Outcome);
        Assert.Equal(5, result.PointsUsed.Count);
        Assert.Equal(new DateOnly(2016, 4, 1), result.PointsUsed[0].PeriodStart);
    }

    [Fact]
    public void Weighted_regression_matches_matrix_calculation()
    {
        // Second method: weighted least squares by matrices, slope and its standard error from (XᵀWX)⁻¹.
        TrendPoint[] series = WithIntervals(2018, 1.0, 10, 12.5, 13, 16, 18);
        TrendResult result = Trends.RecentTrend(series, TrendValueType.Other, Polarity.HighIsGood);

        double[] t = series.Select(p => (p.PeriodStart.DayNumber + p.PeriodEnd.DayNumber) / 2.0 / 365.25).ToArray();
        double se = 1.0 / ConfidenceLevel.NinetyFive.Z();
        Matrix<double> x = Matrix<double>.Build.Dense(5, 2, (r, c) => c == 0 ? 1 : t[r]);
        Matrix<double> w = Matrix<double>.Build.DenseDiagonal(5, 5, 1 / (se * se));
        Vector<double> y = Vector<double>.Build.DenseOfEnumerable(series.Select(p => p.Value!.Value));
        Matrix<double> inv = (x.Transpose() * w * x).Inverse();
        Vector<double> beta = inv * x.Transpose() * w * y;
        double z = beta[1] / Math.Sqrt(inv[1, 1]);

        Assert.Equal(beta[1], result.Slope!.Value, 1e-6);
        Assert.Equal(z * z, result.ChiSquared!.Value, 1e-4);
        Assert.Equal(TrendOutcome.IncreasingAndGettingBetter, result.Outcome);
    }

    [Fact]
    public void Noisy_values_with_wide_intervals_show_no_significant_change()
    {
        TrendPoint[] series = WithIntervals(2018, 3.0, 10, 12, 9, 11, 10.5);
        Assert.Equal(TrendOutcome.NoSignificantChange, Trends.RecentTrend(series, TrendValueType.Other, Polarity.LowIsGood).Outcome);
    }

    [Fact]
    public void A_trend_driven_by_one_point_is_not_significant()
    {
        // Four slightly falling precise values and one large jump: the full slope is hugely significant and positive,
        // but leaving out the last point gives a negative slope, so Fingertips would not call it a trend.
        TrendPoint[] series = WithIntervals(2018, 0.1, 10.2, 10.1, 10.0, 9.9, 20);
        TrendResult result = Trends.RecentTrend(series, TrendValueType.Other, Polarity.HighIsGood);
        Assert.True(result.ChiSquared > 9.55);
        Assert.True(result.Slope > 0);
        Assert.Equal(TrendOutcome.NoSignificantChange, result.Outcome);
        Assert.Contains("single data point", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fewer_than_five_points_cannot_be_calculated()
    {
        TrendPoint[] series = Proportions(2020, (50, 1000), (60, 1000), (70, 1000), (80, 1000));
        TrendResult result = Trends.RecentTrend(series, TrendValueType.Proportion, Polarity.HighIsGood);
        Assert.Equal(TrendOutcome.CannotBeCalculated, result.Outcome);
        Assert.Equal("Cannot be calculated: fewer than 5 data points", result.Sentence);
    }

    [Fact]
    public void Overlapping_rolling_periods_are_skipped()
    {
        // Seven rolling three-year periods 2015–17 … 2021–23 hold only three non-overlapping ones: 2021–23, 2018–20, 2015–17.
        TrendPoint[] series = Enumerable.Range(2015, 7)
            .Select(y => new TrendPoint(new DateOnly(y, 1, 1), new DateOnly(y + 2, 12, 31), 10 + y - 2015) { Lower = 9 + y - 2015, Upper = 11 + y - 2015 })
            .ToArray();
        TrendResult result = Trends.RecentTrend(series, TrendValueType.Other, Polarity.HighIsGood);
        Assert.Equal(TrendOutcome.CannotBeCalculated, result.Outcome);
        Assert.Equal(3, result.PointsUsed.Count);
        Assert.Equal([2015, 2018, 2021], result.PointsUsed.Select(p => p.PeriodStart.Year).ToArray());
    }

    [Fact]
    public void Missing_interval_or_counts_cannot_be_calculated()
    {
        TrendPoint[] series = WithIntervals(2018, 1.0, 10, 12, 14, 16, 18);
        series[2] = series[2] with { Lower = null };
        Assert.Equal("Cannot be calculated: a confidence interval is missing",
            Trends.RecentTrend(series, TrendValueType.Other, Polarity.HighIsGood).Sentence);

        TrendPoint[] props = Proportions(2018, (50, 1000), (60, 1000), (70, 1000), (80, 1000), (90, 1000));
        props[4] = props[4] with { Denominator = null };
        Assert.Contains("denominator is missing", Trends.RecentTrend(props, TrendValueType.Proportion, Polarity.HighIsGood).Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_under_minimum_cannot_be_calculated()
    {
        TrendPoint[] series = Proportions(2018, (3, 100), (6, 100), (9, 100), (12, 100), (15, 100));
        TrendResult strict = Trends.RecentTrend(series, TrendValueType.Proportion, Polarity.HighIsGood, new TrendOptions { MinimumCount = 5 });
        Assert.Equal(TrendOutcome.CannotBeCalculated, strict.Outcome);
        Assert.Contains("minimum of 5", strict.Reason, StringComparison.Ordinal);
        TrendResult lax = Trends.RecentTrend(series, TrendValueType.Proportion, Polarity.HighIsGood);
        Assert.NotEqual(TrendOutcome.CannotBeCalculated, lax.Outcome);
    }

    [Fact]
    public void No_events_at_all_cannot_be_calculated()
    {
        TrendPoint[] series = Proportions(2018, (0, 100), (0, 100), (0, 100), (0, 100), (0, 100));
        Assert.Equal(TrendOutcome.CannotBeCalculated, Trends.RecentTrend(series, TrendValueType.Proportion, Polarity.HighIsGood).Outcome);
    }
}
