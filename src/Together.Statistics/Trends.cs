using MathNet.Numerics.Distributions;

namespace Together.Statistics;

/// <summary>
/// One point of a time series for trend testing. For proportions supply <see cref="Numerator"/> and <see cref="Denominator"/>;
/// for every other value type supply <see cref="Lower"/> and <see cref="Upper"/> at <see cref="IntervalLevel"/>.
/// </summary>
public sealed record TrendPoint(DateOnly PeriodStart, DateOnly PeriodEnd, double? Value)
{
    /// <summary>Lower confidence limit of the value.</summary>
    public double? Lower { get; init; }

    /// <summary>Upper confidence limit of the value.</summary>
    public double? Upper { get; init; }

    /// <summary>The level of <see cref="Lower"/>/<see cref="Upper"/> (95% unless stated).</summary>
    public ConfidenceLevel IntervalLevel { get; init; } = ConfidenceLevel.NinetyFive;

    /// <summary>Count of events (proportions).</summary>
    public int? Numerator { get; init; }

    /// <summary>Denominator (proportions).</summary>
    public int? Denominator { get; init; }
}

/// <summary>Which trend test applies.</summary>
public enum TrendValueType
{
    /// <summary>A proportion: chi-squared test for linear trend on numerators and denominators.</summary>
    Proportion,

    /// <summary>Any other value with confidence intervals: weighted linear regression.</summary>
    Other,
}

/// <summary>The recent trend, in the words Fingertips uses.</summary>
public enum TrendOutcome
{
    /// <summary>Significant increase (no polarity).</summary>
    Increasing,

    /// <summary>Significant decrease (no polarity).</summary>
    Decreasing,

    /// <summary>Significant increase where high is good.</summary>
    IncreasingAndGettingBetter,

    /// <summary>Significant increase where low is good.</summary>
    IncreasingAndGettingWorse,

    /// <summary>Significant decrease where low is good.</summary>
    DecreasingAndGettingBetter,

    /// <summary>Significant decrease where high is good.</summary>
    DecreasingAndGettingWorse,

    /// <summary>No significant change.</summary>
    NoSignificantChange,

    /// <summary>The trend cannot be calculated (see the reason).</summary>
    CannotBeCalculated,
}

/// <summary>Options for <see cref="Trends.RecentTrend"/>.</summary>
public sealed record TrendOptions
{
    /// <summary>Number of most recent non-overlapping points tested (Fingertips: 5).</summary>
    public int Points { get; init; } = 5;

    /// <summary>Each point's numerator must be at least this (proportions); 0 means no minimum.</summary>
    public int MinimumCount { get; init; }

    /// <summary>Two-sided level the test must pass (Fingertips: 99.8%).</summary>
    public ConfidenceLevel SignificanceLevel { get; init; } = ConfidenceLevel.NinetyNinePointEight;
}

/// <summary>The result of a recent-trend test.</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="Reason">Why it cannot be calculated, or why a significant test was not accepted; otherwise null.</param>
/// <param name="Slope">Change per year (for proportions, of the proportion as a fraction); null when not calculated.</param>
/// <param name="ChiSquared">The 1-degree-of-freedom test statistic; null when not calculated.</param>
/// <param name="PValue">Two-sided p-value; null when not calculated.</param>
/// <param name="PointsUsed">The points tested, oldest first.</param>
public sealed record TrendResult(
    TrendOutcome Outcome,
    string? Reason,
    double? Slope,
    double? ChiSquared,
    double? PValue,
    IReadOnlyList<TrendPoint> PointsUsed)
{
    /// <summary>Plain words, e.g. "Increasing and getting better" or "Cannot be calculated: fewer than 5 data points".</summary>
    public string Sentence => Outcome switch
    {
        TrendOutcome.Increasing => "Increasing",
        TrendOutcome.Decreasing => "Decreasing",
        TrendOutcome.IncreasingAndGettingBetter => "Increasing and getting better",
        TrendOutcome.IncreasingAndGettingWorse => "Increasing and getting worse",
        TrendOutcome.DecreasingAndGettingBetter => "Decreasing and getting better",
        TrendOutcome.DecreasingAndGettingWorse => "Decreasing and getting worse",
        TrendOutcome.NoSignificantChange => "No significant change",
        _ => $"Cannot be calculated: {Reason}",
    };
}

/// <summary>Recent trend as Fingertips calculates it.</summary>
public static class Trends
{
    /// <summary>
    /// Tests the most recent five non-overlapping points. Proportions use the chi-squared test for linear trend
    /// (Cochran–Armitage); other values a linear regression of value on time weighted by 1/variance, with the variance
    /// taken from the confidence interval width. A trend is significant only beyond the two-sided 99.8% level and only
    /// when every leave-one-out slope has the same sign as the full slope.
    /// </summary>
    public static TrendResult RecentTrend(IReadOnlyList<TrendPoint> series, TrendValueType valueType, Polarity polarity, TrendOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= new TrendOptions();
        int wanted = Math.Max(3, options.Points);

        List<TrendPoint> chosen = SelectNonOverlapping(series, wanted);
        if (chosen.Count < wanted)
        {
            return CannotCalculate($"fewer than {wanted} data points", chosen);
        }

        double[] t = chosen.Select(p => (p.PeriodStart.DayNumber + p.PeriodEnd.DayNumber) / 2.0 / 365.25).ToArray();
        double tOrigin = t[0];
        t = t.Select(x => x - tOrigin).ToArray();

        double[] y;
        double[] w;
        if (valueType == TrendValueType.Proportion)
        {
            if (chosen.Any(p => p.Numerator is null || p.Denominator is null))
            {
                return CannotCalculate("a numerator or denominator is missing", chosen);
            }

            if (chosen.Any(p => p.Denominator <= 0))
            {
                return CannotCalculate("a denominator is zero", chosen);
            }

            if (chosen.Any(p => p.Numerator < 0 || p.Numerator > p.Denominator))
            {
                return CannotCalculate("a numerator is negative or larger than its denominator", chosen);
            }

            if (options.MinimumCount > 0 && chosen.Any(p => p.Numerator < options.MinimumCount))
            {
                return CannotCalculate($"a count is under the minimum of {options.MinimumCount}", chosen);
            }

            double events = chosen.Sum(p => (double)p.Numerator!.Value);
            double total = chosen.Sum(p => (double)p.Denominator!.Value);
            if (events == 0 || events == total)
            {
                return CannotCalculate(events == 0 ? "there are no events in the period" : "every case is an event in the period", chosen);
            }

            y = chosen.Select(p => (double)p.Numerator!.Value / p.Denominator!.Value).ToArray();
            w = chosen.Select(p => (double)p.Denominator!.Value).ToArray();
            double pBar = events / total;
            // Cochran–Armitage: weighted slope of proportion on time (weights n), variance p̄(1−p̄)/Sxx.
            (double slope, double sxx) = WeightedSlope(t, y, w);
            double chi = slope * slope * sxx / (pBar * (1 - pBar));
            return Decide(slope, chi, t, y, w, polarity, options, chosen);
        }
        else
        {
            if (chosen.Any(p => p.Value is not { } v || !double.IsFinite(v)))
            {
                return CannotCalculate("a value is missing", chosen);
            }

            if (chosen.Any(p => p.Lower is null || p.Upper is null))
            {
                return CannotCalculate("a confidence interval is missing", chosen);
            }

            if (chosen.Any(p => !(p.Upper > p.Lower)))
            {
                return CannotCalculate("a confidence interval has no width", chosen);
            }

            y = chosen.Select(p => p.Value!.Value).ToArray();
            w = chosen.Select(p =>
            {
                double se = (p.Upper!.Value - p.Lower!.Value) / (2 * p.IntervalLevel.Z());
                return 1 / (se * se);
            }).ToArray();
            (double slope, double sxx) = WeightedSlope(t, y, w);
            double chi = slope * slope * sxx;
            return Decide(slope, chi, t, y, w, polarity, options, chosen);
        }
    }

    private static TrendResult Decide(double slope, double chi, double[] t, double[] y, double[] w, Polarity polarity, TrendOptions options, List<TrendPoint> chosen)
    {
        if (!double.IsFinite(chi) || !double.IsFinite(slope))
        {
            return CannotCalculate("the test statistic could not be calculated", chosen);
        }

        double p = 1 - ChiSquared.CDF(1, chi);
        double critical = options.SignificanceLevel.Z();
        if (chi <= critical * critical || slope == 0)
        {
            return new TrendResult(TrendOutcome.NoSignificantChange, null, slope, chi, p, chosen);
        }

        for (int drop = 0; drop < t.Length; drop++)
        {
            double[] t1 = t.Where((_, i) => i != drop).ToArray();
            double[] y1 = y.Where((_, i) => i != drop).ToArray();
            double[] w1 = w.Where((_, i) => i != drop).ToArray();
            (double s, _) = WeightedSlope(t1, y1, w1);
            if (Math.Sign(s) != Math.Sign(slope))
            {
                return new TrendResult(TrendOutcome.NoSignificantChange,
                    "the direction of the trend depends on a single data point", slope, chi, p, chosen);
            }
        }

        bool up = slope > 0;
        TrendOutcome outcome = (up, polarity) switch
        {
            (true, Polarity.HighIsGood) => TrendOutcome.IncreasingAndGettingBetter,
            (true, Polarity.LowIsGood) => TrendOutcome.IncreasingAndGettingWorse,
            (true, _) => TrendOutcome.Increasing,
            (false, Polarity.HighIsGood) => TrendOutcome.DecreasingAndGettingWorse,
            (false, Polarity.LowIsGood) => TrendOutcome.DecreasingAndGettingBetter,
            _ => TrendOutcome.Decreasing,
        };
        return new TrendResult(outcome, null, slope, chi, p, chosen);
    }

    /// <summary>Weighted least-squares slope of y on t and the weighted sum of squares of t about its weighted mean.</summary>
    internal static (double Slope, double Sxx) WeightedSlope(double[] t, double[] y, double[] w)
    {
        double sw = w.Sum();
        double tBar = t.Zip(w, (a, b) => a * b).Sum() / sw;
        double yBar = y.Zip(w, (a, b) => a * b).Sum() / sw;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < t.Length; i++)
        {
            sxx += w[i] * (t[i] - tBar) * (t[i] - tBar);
            sxy += w[i] * (t[i] - tBar) * (y[i] - yBar);
        }

        return (sxx > 0 ? sxy / sxx : double.NaN, sxx);
    }

    /// <summary>Walks back from the latest period taking each point that ends before the previously taken one starts.</summary>
    internal static List<TrendPoint> SelectNonOverlapping(IReadOnlyList<TrendPoint> series, int wanted)
    {
        var chosen = new List<TrendPoint>();
        DateOnly? earliestStart = null;
        foreach (TrendPoint point in series.OrderByDescending(p => p.PeriodEnd).ThenByDescending(p => p.PeriodStart))
        {
            if (chosen.Count == wanted)
            {
                break;
            }

            if (earliestStart is { } s && point.PeriodEnd >= s)
            {
                continue;
            }

            chosen.Add(point);
            earliestStart = point.PeriodStart;
        }

        chosen.Reverse();
        return chosen;
    }

    private static TrendResult CannotCalculate(string reason, IReadOnlyList<TrendPoint> points) =>
        new(TrendOutcome.CannotBeCalculated, reason, null, null, null, points);
}
