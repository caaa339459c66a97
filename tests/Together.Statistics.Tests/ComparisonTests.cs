using Together.Statistics;

namespace Together.Statistics.Tests;

public class ComparisonTests
{
    private static IntervalEstimate Area(double value, double lower, double upper, ConfidenceLevel level = ConfidenceLevel.NinetyFive) =>
        IntervalEstimate.FromPublished(value, lower, upper, level, IntervalMethod.WilsonScore);

    [Theory]
    // Fingertips: comparator value outside the area's interval → significantly different; polarity decides better/worse.
    [InlineData(30.0, Polarity.HighIsGood, ComparisonOutcome.Better)]
    [InlineData(30.0, Polarity.LowIsGood, ComparisonOutcome.Worse)]
    [InlineData(30.0, Polarity.NoJudgement, ComparisonOutcome.Higher)]
    [InlineData(60.0, Polarity.HighIsGood, ComparisonOutcome.Worse)]
    [InlineData(60.0, Polarity.LowIsGood, ComparisonOutcome.Better)]
    [InlineData(60.0, Polarity.NoJudgement, ComparisonOutcome.Lower)]
    [InlineData(45.0, Polarity.HighIsGood, ComparisonOutcome.Similar)]
    [InlineData(45.0, Polarity.LowIsGood, ComparisonOutcome.Similar)]
    [InlineData(45.0, Polarity.NoJudgement, ComparisonOutcome.Similar)]
    // Limits are inclusive: a comparator exactly on a limit is similar.
    [InlineData(40.0, Polarity.HighIsGood, ComparisonOutcome.Similar)]
    [InlineData(50.0, Polarity.LowIsGood, ComparisonOutcome.Similar)]
    [InlineData(39.99, Polarity.HighIsGood, ComparisonOutcome.Better)]
    [InlineData(50.01, Polarity.HighIsGood, ComparisonOutcome.Worse)]
    public void Comparison_matrix(double comparator, Polarity polarity, ComparisonOutcome expected)
    {
        ComparisonResult result = Comparisons.Compare(Area(45, 40, 50), comparator, polarity);
        Assert.Equal(expected, result.Outcome);
        Assert.Null(result.NotComparedReason);
    }

    [Fact]
    public void Level_matters_better_at_95_but_similar_at_99_8()
    {
        // 81 of 100: 95% (72.2, 87.5), 99.8% (66.4, 90.2). England at 70%: better at 95%, similar at 99.8%.
        IntervalEstimate ci95 = ConfidenceIntervals.Proportion(81, 100, ConfidenceLevel.NinetyFive);
        IntervalEstimate ci998 = ConfidenceIntervals.Proportion(81, 100, ConfidenceLevel.NinetyNinePointEight);
        ComparisonSummary summary = Comparisons.Compare(ci95, ci998, 70, Polarity.HighIsGood);
        Assert.Equal(ComparisonOutcome.Better, summary.At95.Outcome);
        Assert.Equal(ComparisonOutcome.Similar, summary.At998!.Outcome);
        Assert.Equal("Better than England (95%)", summary.At95.Describe("England"));
        Assert.Equal("Similar to England (99.8%)", summary.At998.Describe("England"));
    }

    [Fact]
    public void Without_99_8_interval_only_95_is_reported()
    {
        ComparisonSummary summary = Comparisons.Compare(Area(45, 40, 50), null, 30, Polarity.LowIsGood);
        Assert.Equal(ComparisonOutcome.Worse, summary.At95.Outcome);
        Assert.Null(summary.At998);
    }

    [Fact]
    public void Not_compared_when_area_has_no_interval()
    {
        IntervalEstimate none = ConfidenceIntervals.Proportion(0, 0, ConfidenceLevel.NinetyFive);
        ComparisonResult result = Comparisons.Compare(none, 50, Polarity.HighIsGood);
        Assert.Equal(ComparisonOutcome.NotCompared, result.Outcome);
        Assert.Contains("no confidence interval", result.NotComparedReason, StringComparison.Ordinal);
        Assert.Contains("denominator is zero", result.NotComparedReason, StringComparison.Ordinal);
        Assert.StartsWith("Not compared:", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Published_figures_without_a_usable_interval_are_not_compared()
    {
        Assert.Equal(ComparisonOutcome.NotCompared,
            Comparisons.Compare(IntervalEstimate.FromPublished(45, null, 50, ConfidenceLevel.NinetyFive, IntervalMethod.Byar), 30, Polarity.HighIsGood).Outcome);
        Assert.Equal(ComparisonOutcome.NotCompared,
            Comparisons.Compare(IntervalEstimate.FromPublished(45, double.NaN, 50, ConfidenceLevel.NinetyFive, IntervalMethod.Byar), 30, Polarity.HighIsGood).Outcome);
        IntervalEstimate inverted = IntervalEstimate.FromPublished(45, 50, 40, ConfidenceLevel.NinetyFive, IntervalMethod.Byar);
        Assert.False(inverted.HasInterval);
        Assert.Contains("does not contain", inverted.NotCalculatedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_compared_when_comparator_missing()
    {
        ComparisonResult result = Comparisons.Compare(Area(45, 40, 50), null, Polarity.HighIsGood);
        Assert.Equal(ComparisonOutcome.NotCompared, result.Outcome);
        Assert.Contains("comparator", result.NotComparedReason, StringComparison.Ordinal);
        Assert.Equal(ComparisonOutcome.NotCompared, Comparisons.Compare(Area(45, 40, 50), double.NaN, Polarity.HighIsGood).Outcome);
    }
}
