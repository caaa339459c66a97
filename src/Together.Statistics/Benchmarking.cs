namespace Together.Statistics;

/// <summary>An area's value for benchmarking; a null value means missing.</summary>
public sealed record AreaValue(string AreaCode, double? Value);

/// <summary>LAIT-style quartile band: A is the best quarter, D the worst (A is highest when there is no polarity).</summary>
public enum QuartileBand
{
    /// <summary>Best quarter (highest when no polarity).</summary>
    A,

    /// <summary>Second quarter.</summary>
    B,

    /// <summary>Third quarter.</summary>
    C,

    /// <summary>Worst quarter (lowest when no polarity).</summary>
    D,
}

/// <summary>
/// Benchmark for one area. <see cref="Rank"/> 1 is best (highest when no polarity), ties share the better rank.
/// <see cref="Quintile"/> is on the value scale: 1 = lowest values, 5 = highest; <see cref="QuintileLabel"/> names it
/// with polarity ("Best" … "Worst") or without ("Lowest" … "Highest"). All are null when the value is missing.
/// </summary>
public sealed record AreaBenchmark(string AreaCode, double? Value, int? Rank, int? Quintile, string? QuintileLabel, QuartileBand? Band);

/// <summary>Ranks, quintiles and quartile bands across a set of areas (e.g. statistical neighbours).</summary>
public static class Benchmarking
{
    /// <summary>Benchmarks every area; areas with a missing value are returned with nulls and do not count towards n.</summary>
    public static IReadOnlyList<AreaBenchmark> Benchmark(IReadOnlyList<AreaValue> areas, Polarity polarity)
    {
        ArgumentNullException.ThrowIfNull(areas);
        double[] present = areas.Where(a => IsPresent(a.Value)).Select(a => a.Value!.Value).ToArray();
        int n = present.Length;
        var result = new List<AreaBenchmark>(areas.Count);
        foreach (AreaValue area in areas)
        {
            if (!IsPresent(area.Value))
            {
                result.Add(new AreaBenchmark(area.AreaCode, area.Value, null, null, null, null));
                continue;
            }

            double v = area.Value!.Value;
            // Competition ranking ("1224"): 1 + number of strictly better values.
            int rank = 1 + present.Count(x => polarity == Polarity.LowIsGood ? x < v : x > v);
            // Ascending position for quintiles: 1 + number of strictly lower values (ties share).
            int ascending = 1 + present.Count(x => x < v);
            int quintile = (int)Math.Floor(5.0 * (ascending - 1) / n) + 1;
            var band = (QuartileBand)(int)Math.Floor(4.0 * (rank - 1) / n);
            result.Add(new AreaBenchmark(area.AreaCode, v, rank, quintile, QuintileName(quintile, polarity), band));
        }

        return result;
    }

    /// <summary>The mean of the values present, ignoring missing ones; null when none is present.</summary>
    public static double? MeanOfPresent(IEnumerable<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double[] present = values.Where(IsPresent).Select(v => v!.Value).ToArray();
        return present.Length == 0 ? null : present.Average();
    }

    private static bool IsPresent(double? value) => value is { } v && double.IsFinite(v);

    private static string QuintileName(int quintile, Polarity polarity) => polarity switch
    {
        Polarity.HighIsGood => quintile switch { 1 => "Worst", 2 => "Worse", 3 => "Middle", 4 => "Better", _ => "Best" },
        Polarity.LowIsGood => quintile switch { 1 => "Best", 2 => "Better", 3 => "Middle", 4 => "Worse", _ => "Worst" },
        _ => quintile switch { 1 => "Lowest", 2 => "Low", 3 => "Middle", 4 => "High", _ => "Highest" },
    };
}
