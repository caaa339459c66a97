namespace Together.Statistics;

/// <summary>The method used to produce a confidence interval.</summary>
public enum IntervalMethod
{
    /// <summary>Wilson score interval for a proportion.</summary>
    WilsonScore,

    /// <summary>Byar's approximation to the exact Poisson interval (counts of 10 or more).</summary>
    Byar,

    /// <summary>Exact Poisson interval from the chi-squared distribution (counts under 10).</summary>
    ExactPoisson,

    /// <summary>Dobson's method for a directly standardised rate.</summary>
    Dobson,

    /// <summary>Normal approximation for a mean: mean ± z·SD/√n.</summary>
    NormalMean,

    /// <summary>Student's t interval for a mean: mean ± t(n−1)·SD/√n.</summary>
    StudentTMean,
}

/// <summary>
/// A value with its confidence interval, or a clear statement that it cannot be calculated.
/// Never carries NaN or infinity: when something cannot be calculated the numbers are null and
/// <see cref="NotCalculatedReason"/> says why.
/// </summary>
public sealed record IntervalEstimate
{
    /// <summary>The point estimate on the output scale (e.g. percent, rate per 100,000); null when it cannot be calculated.</summary>
    public double? Value { get; init; }

    /// <summary>Lower confidence limit; null when it cannot be calculated.</summary>
    public double? Lower { get; init; }

    /// <summary>Upper confidence limit; null when it cannot be calculated.</summary>
    public double? Upper { get; init; }

    /// <summary>The confidence level of the interval.</summary>
    public required ConfidenceLevel Level { get; init; }

    /// <summary>The method used (or that would have been used).</summary>
    public required IntervalMethod Method { get; init; }

    /// <summary>Why the value or interval could not be calculated; null when it was.</summary>
    public string? NotCalculatedReason { get; init; }

    /// <summary>True when value and both limits are present.</summary>
    public bool HasInterval => Value is not null && Lower is not null && Upper is not null;

    internal static IntervalEstimate Calculated(double value, double lower, double upper, ConfidenceLevel level, IntervalMethod method) =>
        new() { Value = value, Lower = lower, Upper = upper, Level = level, Method = method };

    internal static IntervalEstimate NotCalculated(string reason, ConfidenceLevel level, IntervalMethod method, double? value = null) =>
        new() { Value = value, Level = level, Method = method, NotCalculatedReason = reason };

    /// <summary>
    /// Builds an estimate from figures published elsewhere (e.g. a value and limits from Fingertips).
    /// Missing, non-finite or inconsistent limits (lower above value or value above upper) give an estimate without an interval.
    /// </summary>
    public static IntervalEstimate FromPublished(double? value, double? lower, double? upper, ConfidenceLevel level, IntervalMethod method)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return NotCalculated("no value was published", level, method);
        }

        if (lower is not { } l || upper is not { } u || !double.IsFinite(l) || !double.IsFinite(u))
        {
            return NotCalculated("no confidence interval was published", level, method, v);
        }

        return l <= v && v <= u
            ? Calculated(v, l, u, level, method)
            : NotCalculated("the published confidence interval does not contain the value", level, method, v);
    }
}
