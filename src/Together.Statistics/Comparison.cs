namespace Together.Statistics;

/// <summary>How an area compares with a comparator (e.g. England), as Fingertips shows it.</summary>
public enum ComparisonOutcome
{
    /// <summary>Significantly better than the comparator.</summary>
    Better,

    /// <summary>Not significantly different from the comparator.</summary>
    Similar,

    /// <summary>Significantly worse than the comparator.</summary>
    Worse,

    /// <summary>Significantly higher (no polarity).</summary>
    Higher,

    /// <summary>Significantly lower (no polarity).</summary>
    Lower,

    /// <summary>No comparison was made (see the reason).</summary>
    NotCompared,
}

/// <summary>The result of comparing an area's interval with a comparator value at one confidence level.</summary>
public sealed record ComparisonResult(ComparisonOutcome Outcome, ConfidenceLevel Level, string? NotComparedReason)
{
    /// <summary>Plain words, e.g. "Better than comparator (95%)" or "Not compared: no confidence interval".</summary>
    public string Describe(string comparatorName = "comparator") => Outcome switch
    {
        ComparisonOutcome.NotCompared => $"Not compared: {NotComparedReason}",
        ComparisonOutcome.Similar => $"Similar to {comparatorName} ({Level.Label()})",
        ComparisonOutcome.Better => $"Better than {comparatorName} ({Level.Label()})",
        ComparisonOutcome.Worse => $"Worse than {comparatorName} ({Level.Label()})",
        ComparisonOutcome.Higher => $"Higher than {comparatorName} ({Level.Label()})",
        ComparisonOutcome.Lower => $"Lower than {comparatorName} ({Level.Label()})",
        _ => Outcome.ToString(),
    };
}

/// <summary>Comparison at 95% and, when supplied, 99.8%.</summary>
public sealed record ComparisonSummary(ComparisonResult At95, ComparisonResult? At998);

/// <summary>Fingertips-style comparison: is the comparator's value outside the area's confidence interval?</summary>
public static class Comparisons
{
    /// <summary>
    /// Compares an area with a comparator value. If the comparator value lies inside the area's interval (limits included)
    /// the area is Similar; if the area's lower limit is above it the area is higher; if the upper limit is below it, lower.
    /// Higher/lower become Better/Worse according to <paramref name="polarity"/>.
    /// </summary>
    public static ComparisonResult Compare(IntervalEstimate area, double? comparatorValue, Polarity polarity)
    {
        ArgumentNullException.ThrowIfNull(area);
        if (!area.HasInterval)
        {
            string reason = area.NotCalculatedReason is null
                ? "the area has no confidence interval"
                : $"the area has no confidence interval ({area.NotCalculatedReason})";
            return new ComparisonResult(ComparisonOutcome.NotCompared, area.Level, reason);
        }

        if (comparatorValue is not { } comparator || !double.IsFinite(comparator))
        {
            return new ComparisonResult(ComparisonOutcome.NotCompared, area.Level, "the comparator has no value");
        }

        int direction = area.Lower!.Value > comparator ? 1 : area.Upper!.Value < comparator ? -1 : 0;
        ComparisonOutcome outcome = (direction, polarity) switch
        {
            (0, _) => ComparisonOutcome.Similar,
            (1, Polarity.HighIsGood) => ComparisonOutcome.Better,
            (1, Polarity.LowIsGood) => ComparisonOutcome.Worse,
            (1, _) => ComparisonOutcome.Higher,
            (_, Polarity.HighIsGood) => ComparisonOutcome.Worse,
            (_, Polarity.LowIsGood) => ComparisonOutcome.Better,
            _ => ComparisonOutcome.Lower,
        };
        return new ComparisonResult(outcome, area.Level, null);
    }

    /// <summary>Compares at 95% and, if a 99.8% interval is supplied, at 99.8% too.</summary>
    public static ComparisonSummary Compare(IntervalEstimate area95, IntervalEstimate? area998, double? comparatorValue, Polarity polarity) =>
        new(Compare(area95, comparatorValue, polarity), area998 is null ? null : Compare(area998, comparatorValue, polarity));
}
