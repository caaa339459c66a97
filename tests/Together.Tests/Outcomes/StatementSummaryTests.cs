using Together.Statistics;
using Together.Web.Features.Outcomes.Statements;

namespace Together.Tests.Outcomes;

/// <summary>The plain-words summary of a "how we'll know" statement says only what the trend tests found.</summary>
public sealed class StatementSummaryTests
{
    private static MeasureState M(TrendOutcome trend, MeasureFigure figure = MeasureFigure.Shown, TargetStatus? target = null) => new(trend, figure, target);

    [Fact]
    public void Counts_each_kind_of_trend_in_plain_words()
    {
        var text = StatementSummary.Describe(
        [
            M(TrendOutcome.IncreasingAndGettingBetter),
            M(TrendOutcome.DecreasingAndGettingBetter),
            M(TrendOutcome.NoSignificantChange),
            M(TrendOutcome.CannotBeCalculated),
        ]);

        Assert.Equal("2 of 4 measures are getting better; 1 shows no significant change; we cannot yet say for 1.", text[0]);
        Assert.Single(text);
    }

    [Fact]
    public void Never_says_better_or_improving_unless_a_trend_test_found_it()
    {
        var text = string.Join(" ", StatementSummary.Describe(
        [
            M(TrendOutcome.NoSignificantChange),
            M(TrendOutcome.NoSignificantChange),
            M(TrendOutcome.CannotBeCalculated),
            M(TrendOutcome.Increasing),
        ]));

        Assert.DoesNotContain("getting better", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("improv", text, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("1 of 4 measures is increasing (neither better nor worse); 2 show no significant change; we cannot yet say for 1.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Getting_worse_is_said_as_plainly_as_getting_better()
    {
        var text = StatementSummary.Describe([M(TrendOutcome.DecreasingAndGettingWorse), M(TrendOutcome.IncreasingAndGettingWorse), M(TrendOutcome.IncreasingAndGettingBetter)]);

        Assert.Equal("1 of 3 measures is getting better; 2 are getting worse.", text[0]);
    }

    [Fact]
    public void All_and_one_read_naturally()
    {
        Assert.Equal("All 2 measures are getting better.", StatementSummary.Describe([M(TrendOutcome.IncreasingAndGettingBetter), M(TrendOutcome.DecreasingAndGettingBetter)])[0]);
        Assert.Equal("Its one measure shows no significant change.", StatementSummary.Describe([M(TrendOutcome.NoSignificantChange)])[0]);
        Assert.Equal("We cannot yet say whether its one measure is changing.", StatementSummary.Describe([M(TrendOutcome.CannotBeCalculated, MeasureFigure.Missing)])[0]);
        Assert.Equal("We cannot yet say whether any of its 3 measures are changing.", StatementSummary.Describe([M(TrendOutcome.CannotBeCalculated), M(TrendOutcome.CannotBeCalculated), M(TrendOutcome.CannotBeCalculated)])[0]);
    }

    [Fact]
    public void Missing_and_suppressed_figures_are_said_plainly()
    {
        var text = StatementSummary.Describe(
        [
            M(TrendOutcome.CannotBeCalculated, MeasureFigure.Missing),
            M(TrendOutcome.CannotBeCalculated, MeasureFigure.Suppressed),
            M(TrendOutcome.CannotBeCalculated, MeasureFigure.Suppressed),
            M(TrendOutcome.NoSignificantChange),
        ]);

        Assert.Equal("1 of 4 measures shows no significant change; we cannot yet say for 3.", text[0]);
        Assert.Contains("1 measure has no figures yet.", text);
        Assert.Contains("The latest figures for 2 measures are not shown because they are about fewer than 5 children, to protect their privacy.", text);
    }

    [Fact]
    public void A_statement_with_no_measures_says_so()
    {
        var text = Assert.Single(StatementSummary.Describe([]));

        Assert.Equal("No measures are linked to this statement yet, so we cannot yet say whether we are making a difference here.", text);
    }

    [Fact]
    public void Targets_are_counted_by_status()
    {
        var text = StatementSummary.Describe(
        [
            M(TrendOutcome.NoSignificantChange, target: TargetStatus.Met),
            M(TrendOutcome.NoSignificantChange, target: TargetStatus.OffTrack),
            M(TrendOutcome.NoSignificantChange, target: TargetStatus.OffTrack),
            M(TrendOutcome.NoSignificantChange),
        ]);

        Assert.Equal("3 measures have a target: 1 met, 2 off track.", text[^1]);
    }
}
