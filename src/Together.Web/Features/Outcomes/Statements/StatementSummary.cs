using System.Globalization;
using Together.Statistics;

namespace Together.Web.Features.Outcomes.Statements;

/// <summary>Whether the public can see a measure's latest figure.</summary>
public enum MeasureFigure
{
    /// <summary>The latest figure is shown.</summary>
    Shown,

    /// <summary>The latest figure is held back to protect children's privacy (disclosure control).</summary>
    Suppressed,

    /// <summary>No figure is held yet.</summary>
    Missing,
}

/// <summary>What the summary needs to know about one measure: its recent trend, its latest figure and its target.</summary>
public sealed record MeasureState(TrendOutcome Trend, MeasureFigure Figure, TargetStatus? Target = null);

/// <summary>
/// Plain words for a "how we'll know" statement, derived only from the statistics of its measures. It never says a measure
/// is getting better unless the recent-trend test found a significant change in the good direction (the Fingertips test:
/// beyond 99.8% and stable when any one point is left out); "no significant change" is said as such, and a measure whose
/// trend cannot be tested is counted as one we cannot yet say about. The word "improving" is never used: the trend test
/// says "getting better", and the summary keeps to its words.
/// </summary>
public static class StatementSummary
{
    public static IReadOnlyList<string> Describe(IReadOnlyList<MeasureState> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        if (measures.Count == 0)
        {
            return ["No measures are linked to this statement yet, so we cannot yet say whether we are making a difference here."];
        }

        var sentences = new List<string>();
        var groups = new (int Count, string One, string Many)[]
        {
            (measures.Count(m => m.Trend is TrendOutcome.IncreasingAndGettingBetter or TrendOutcome.DecreasingAndGettingBetter), "is getting better", "are getting better"),
            (measures.Count(m => m.Trend is TrendOutcome.IncreasingAndGettingWorse or TrendOutcome.DecreasingAndGettingWorse), "is getting worse", "are getting worse"),
            (measures.Count(m => m.Trend == TrendOutcome.Increasing), "is increasing (neither better nor worse)", "are increasing (neither better nor worse)"),
            (measures.Count(m => m.Trend == TrendOutcome.Decreasing), "is decreasing (neither better nor worse)", "are decreasing (neither better nor worse)"),
            (measures.Count(m => m.Trend == TrendOutcome.NoSignificantChange), "shows no significant change", "show no significant change"),
        };
        var unknown = measures.Count(m => m.Trend == TrendOutcome.CannotBeCalculated);
        var parts = new List<string>();
        foreach (var (count, one, many) in groups.Where(g => g.Count > 0))
        {
            var verb = count == 1 ? one : many;
            parts.Add(parts.Count == 0 ? $"{Of(count, measures.Count)} {verb}" : $"{count} {verb}");
        }

        if (unknown > 0)
        {
            parts.Add(parts.Count == 0
                ? unknown == 1 ? "We cannot yet say whether its one measure is changing" : $"We cannot yet say whether any of its {unknown} measures are changing"
                : $"we cannot yet say for {unknown}");
        }

        sentences.Add(string.Join("; ", parts) + ".");

        var missing = measures.Count(m => m.Figure == MeasureFigure.Missing);
        if (missing > 0)
        {
            sentences.Add(missing == 1 ? "1 measure has no figures yet." : $"{missing} measures have no figures yet.");
        }

        var suppressed = measures.Count(m => m.Figure == MeasureFigure.Suppressed);
        if (suppressed > 0)
        {
            sentences.Add(suppressed == 1
                ? "The latest figure for 1 measure is not shown because it is about fewer than 5 children, to protect their privacy."
                : $"The latest figures for {suppressed} measures are not shown because they are about fewer than 5 children, to protect their privacy.");
        }

        var withTarget = measures.Where(m => m.Target is not null).ToList();
        if (withTarget.Count > 0)
        {
            var targetParts = new (int Count, string Words)[]
            {
                (withTarget.Count(m => m.Target == TargetStatus.Met), "met"),
                (withTarget.Count(m => m.Target == TargetStatus.OnTrack), "on track"),
                (withTarget.Count(m => m.Target == TargetStatus.OffTrack), "off track"),
                (withTarget.Count(m => m.Target == TargetStatus.NotAssessable), "not yet possible to judge"),
            }.Where(t => t.Count > 0).Select(t => $"{t.Count} {t.Words}");
            sentences.Add(withTarget.Count == 1
                ? $"1 measure has a target: {string.Join(", ", targetParts)}."
                : $"{withTarget.Count} measures have a target: {string.Join(", ", targetParts)}.");
        }

        return sentences;
    }

    private static string Of(int count, int total) => total == 1
        ? "Its one measure"
        : count == total
            ? string.Create(CultureInfo.InvariantCulture, $"All {total} measures")
            : string.Create(CultureInfo.InvariantCulture, $"{count} of {total} measures");
}
