namespace Together.Statistics;

/// <summary>Standard populations for direct standardisation.</summary>
public static class StandardPopulations
{
    /// <summary>Age band labels for <see cref="EuropeanStandardPopulation2013"/>: 0–4, 5–9, …, 85–89, 90+.</summary>
    public static IReadOnlyList<string> EuropeanStandardPopulation2013Bands { get; } =
    [
        "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
        "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+",
    ];

    /// <summary>
    /// European Standard Population 2013 in the 19 five-year bands used by PHE/OHID (90+ combines 90–94 and 95+),
    /// totalling 100,000 (Eurostat, "Revision of the European Standard Population", 2013).
    /// </summary>
    public static IReadOnlyList<double> EuropeanStandardPopulation2013 { get; } =
    [
        5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000,
        7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000,
    ];
}
