using MathNet.Numerics.Distributions;

namespace Together.Statistics;

/// <summary>The two confidence levels used by OHID Fingertips: 95% and 99.8% (two-sided).</summary>
public enum ConfidenceLevel
{
    /// <summary>95% two-sided (z ≈ 1.959964).</summary>
    NinetyFive,

    /// <summary>99.8% two-sided (z ≈ 3.090232).</summary>
    NinetyNinePointEight,
}

/// <summary>Helpers for <see cref="ConfidenceLevel"/>.</summary>
public static class ConfidenceLevelExtensions
{
    private static readonly double Z95 = Normal.InvCDF(0, 1, 0.975);
    private static readonly double Z998 = Normal.InvCDF(0, 1, 0.999);

    /// <summary>The confidence as a fraction, e.g. 0.95.</summary>
    public static double Confidence(this ConfidenceLevel level) => level switch
    {
        ConfidenceLevel.NinetyFive => 0.95,
        ConfidenceLevel.NinetyNinePointEight => 0.998,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>The two-sided standard normal quantile, e.g. 1.959964 for 95%.</summary>
    public static double Z(this ConfidenceLevel level) => level switch
    {
        ConfidenceLevel.NinetyFive => Z95,
        ConfidenceLevel.NinetyNinePointEight => Z998,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>A label such as "95%" or "99.8%".</summary>
    public static string Label(this ConfidenceLevel level) => level == ConfidenceLevel.NinetyFive ? "95%" : "99.8%";
}
