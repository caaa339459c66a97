using MathNet.Numerics.Distributions;

namespace Together.Statistics;

/// <summary>One standardisation category (usually an age band) for a directly standardised rate.</summary>
/// <param name="Count">Observed events in the band for the local area.</param>
/// <param name="Population">Local population (person-years) in the band.</param>
/// <param name="StandardPopulation">Weight of the band in the standard population (e.g. ESP 2013).</param>
public sealed record StandardisationBand(int Count, double Population, double StandardPopulation);

/// <summary>
/// Confidence intervals as published in the PHE "Technical Guide: Confidence Intervals" and used by OHID Fingertips.
/// All methods return an <see cref="IntervalEstimate"/> and never throw for bad data: they say why instead.
/// </summary>
public static class ConfidenceIntervals
{
    /// <summary>Counts at or above this use Byar's method; below it the exact Poisson method.</summary>
    public const int ByarThreshold = 10;

    /// <summary>Directly standardised rates are not calculated when the total count is below this (PHE guidance).</summary>
    public const int DsrMinimumCount = 10;

    /// <summary>
    /// Wilson score interval for a proportion <paramref name="numerator"/> / <paramref name="denominator"/>,
    /// returned on the multiplier scale (100 gives a percentage).
    /// </summary>
    public static IntervalEstimate Proportion(int numerator, int denominator, ConfidenceLevel level, double multiplier = 100)
    {
        const IntervalMethod method = IntervalMethod.WilsonScore;
        if (denominator <= 0)
        {
            return IntervalEstimate.NotCalculated("Cannot be calculated: the denominator is zero", level, method);
        }

        if (numerator < 0)
        {
            return IntervalEstimate.NotCalculated("Cannot be calculated: the numerator is negative", level, method);
        }

        if (numerator > denominator)
        {
            return IntervalEstimate.NotCalculated("Cannot be calculated: the numerator is larger than the denominator", level, method);
        }

        if (!IsUsableMultiplier(multiplier))
        {
            return IntervalEstimate.NotCalculated("Cannot be calculated: the multiplier must be a positive number", level, method);
        }

        double z = level.Z();
        double n = denominator;
        double o = numerator;
        double p = o / n;
        double centre = 2 * o + z * z;
        double spread = z * Math.Sqrt(z * z + 4 * o * (1 - p));
        double divisor = 2 * (n + z * z);
        // Exact ends at 0 of n and n of n (the formula gives them up to rounding).
        double lower = numerator == 0 ? 0 : (centre - spread) / divisor;
        double upper = numerator == denominator ? 1 : (centre + spread) / divisor;
        return IntervalEstimate.Calculated(p * multiplier, lower * multiplier, upper * multiplier, level, method);
    }

    /// <summary>
    /// Confidence interval for a count of events (Poisson): Byar's method for counts of 10 or more,
    /// the exact chi-squared method for counts under 10.
    /// </summary>
    public static IntervalEstimate Count(int count, ConfidenceLevel level) => CrudeRate(count, 1, 1, level);

    /// <summary>
    /// A crude rate count / denominator × multiplier (e.g. per 10,000) with a Poisson confidence interval:
    /// Byar's method for counts of 10 or more, the exact chi-squared method for counts under 10.
    /// </summary>
    public static IntervalEstimate CrudeRate(int count, double denominator, double multiplier, ConfidenceLevel level)
    {
        IntervalMethod method = count >= ByarThreshold ? IntervalMethod.Byar : IntervalMethod.ExactPoisson;
        if (count < 0)
        {
            return IntervalEstimate.NotCalculated("Cannot be calculated: the count is negative", level, method);
        }

        if (!(denominator > 0) || double.IsInfinity(denominator))
        {
            return IntervalEstimate.NotCalculated("Cannot be calculated: the denominator is zero or missing", level, method);
        }

        if (!IsUsableMultiplier(multiplier))
        {
            return IntervalEstimate.NotCalculated("Cannot be calculated: the multiplier must be a positive number", level, method);
        }

        (double lowerCount, double upperCount) = PoissonCountLimits(count, level);
        double scale = multiplier / denominator;
        return IntervalEstimate.Calculated(count * scale, lowerCount * scale, upperCount * scale, level, method);
    }

    /// <summary>
    /// A mean (e.g. Attainment 8 score) with its confidence interval from the standard deviation and number of values.
    /// The default is the normal approximation mean ± z·SD/√n; <paramref name="useStudentT"/> uses t with n−1 degrees of freedom,
    /// which is what PHEindicatormethods does and matters only for small n.
    /// </summary>
    public static IntervalEstimate Mean(double mean, double standardDeviation, int n, ConfidenceLevel level, bool useStudentT = false)
    {
        IntervalMethod method = useStudentT ? IntervalMethod.StudentTMean : IntervalMethod.NormalMean;
        if (!double.IsFinite(mean))
        {
            return IntervalEstimate.NotCalculated("Cannot be calculated: the mean is missing", level, method);
        }

        if (n <= 0)
        {
            return IntervalEstimate.NotCalculated("Cannot be calculated: there are no values (n is zero)", level, method);
        }

        if (!double.IsFinite(standardDeviation) || standardDeviation < 0)
        {
            return IntervalEstimate.NotCalculated("Cannot be calculated: the standard deviation is missing or negative", level, method, mean);
        }

        if (useStudentT && n < 2)
        {
            return IntervalEstimate.NotCalculated("Cannot be calculated: at least 2 values are needed for a t interval", level, method, mean);
        }

        double critical = useStudentT
            ? StudentT.InvCDF(0, 1, n - 1, 1 - (1 - level.Confidence()) / 2)
            : level.Z();
        double half = critical * standardDeviation / Math.Sqrt(n);
        return IntervalEstimate.Calculated(mean, mean - half, mean + half, level, method);
    }

    /// <summary>
    /// Directly standardised rate with Dobson's confidence interval, as PHE: DSR = Σ(wᵢ·Oᵢ/nᵢ)/Σwᵢ × multiplier;
    /// limits DSR + √(Var(DSR)/O)·(O_L − O) and DSR + √(Var(DSR)/O)·(O_U − O), where O_L and O_U are Byar's limits for the total count O.
    /// Not calculated for a total count under 10 (PHE guidance).
    /// </summary>
    public static IntervalEstimate DirectlyStandardisedRate(IReadOnlyList<StandardisationBand> bands, double multiplier, ConfidenceLevel level)
    {
        const IntervalMethod method = IntervalMethod.Dobson;
        if (bands is null || bands.Count == 0)
        {
            return IntervalEstimate.NotCalculated("Cannot be calculated: no age bands were supplied", level, method);
        }

        if (!IsUsableMultiplier(multiplier))
        {
            return IntervalEstimate.NotCalculated("Cannot be calculated: the multiplier must be a positive number", level, method);
        }

        foreach (StandardisationBand band in bands)
        {
            if (band.Count < 0)
            {
                return IntervalEstimate.NotCalculated("Cannot be calculated: an age band has a negative count", level, method);
            }

            if (!(band.Population > 0) || double.IsInfinity(band.Population))
            {
                return IntervalEstimate.NotCalculated("Cannot be calculated: an age band has a zero or missing population", level, method);
            }

            if (!(band.StandardPopulation >= 0) || double.IsInfinity(band.StandardPopulation))
            {
                return IntervalEstimate.NotCalculated("Cannot be calculated: an age band has a negative or missing standard population", level, method);
            }
        }

        double totalWeight = bands.Sum(b => b.StandardPopulation);
        if (totalWeight <= 0)
        {
            return IntervalEstimate.NotCalculated("Cannot be calculated: the standard population is zero", level, method);
        }

        long total = bands.Sum(b => (long)b.Count);
        if (total < DsrMinimumCount)
        {
            return IntervalEstimate.NotCalculated(
                $"Cannot be calculated: fewer than {DsrMinimumCount} events in total ({total})", level, method);
        }

        double dsr = bands.Sum(b => b.StandardPopulation * b.Count / b.Population) / totalWeight * multiplier;
        double variance = bands.Sum(b => b.StandardPopulation * b.StandardPopulation * b.Count / (b.Population * b.Population))
                          / (totalWeight * totalWeight) * multiplier * multiplier;
        (double lowerCount, double upperCount) = ByarLimits(total, level.Z());
        double factor = Math.Sqrt(variance / total);
        return IntervalEstimate.Calculated(dsr, dsr + factor * (lowerCount - total), dsr + factor * (upperCount - total), level, method);
    }

    /// <summary>Poisson limits for a count: Byar's method at 10 or more, exact chi-squared below.</summary>
    internal static (double Lower, double Upper) PoissonCountLimits(long count, ConfidenceLevel level) =>
        count >= ByarThreshold ? ByarLimits(count, level.Z()) : ExactPoissonLimits(count, level.Confidence());

    /// <summary>Byar's approximation (Breslow &amp; Day 1987) to the exact Poisson limits.</summary>
    internal static (double Lower, double Upper) ByarLimits(double o, double z)
    {
        double lower = o * Math.Pow(1 - 1 / (9 * o) - z / (3 * Math.Sqrt(o)), 3);
        double o1 = o + 1;
        double upper = o1 * Math.Pow(1 - 1 / (9 * o1) + z / (3 * Math.Sqrt(o1)), 3);
        return (lower, upper);
    }

    /// <summary>Exact Poisson limits from the chi-squared distribution: χ²(α/2, 2O)/2 and χ²(1−α/2, 2O+2)/2.</summary>
    internal static (double Lower, double Upper) ExactPoissonLimits(long o, double confidence)
    {
        double alpha = 1 - confidence;
        double lower = o == 0 ? 0 : ChiSquared.InvCDF(2.0 * o, alpha / 2) / 2;
        double upper = ChiSquared.InvCDF(2.0 * o + 2, 1 - alpha / 2) / 2;
        return (lower, upper);
    }

    private static bool IsUsableMultiplier(double multiplier) => multiplier > 0 && double.IsFinite(multiplier);
}
