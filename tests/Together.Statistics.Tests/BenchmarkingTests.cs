using Together.Statistics;

namespace Together.Statistics.Tests;

public class BenchmarkingTests
{
    private static AreaBenchmark Of(IReadOnlyList<AreaBenchmark> list, string code) => list.Single(b => b.AreaCode == code);

    [Fact]
    public void Lait_bands_for_152_authorities_follow_published_cut_points()
    {
        // DfE Local Authority Interactive Tool: with 152 authorities, band A = ranks 1–38, B = 39–76, C = 77–114, D = 115–152.
        AreaValue[] areas = Enumerable.Range(1, 152).Select(i => new AreaValue($"LA{i}", 1000 - i)).ToArray(); // LA1 highest
        IReadOnlyList<AreaBenchmark> b = Benchmarking.Benchmark(areas, Polarity.HighIsGood);
        Assert.Equal(38, Of(b, "LA38").Rank);
        Assert.Equal(QuartileBand.A, Of(b, "LA1").Band);
        Assert.Equal(QuartileBand.A, Of(b, "LA38").Band);
        Assert.Equal(QuartileBand.B, Of(b, "LA39").Band);
        Assert.Equal(QuartileBand.B, Of(b, "LA76").Band);
        Assert.Equal(QuartileBand.C, Of(b, "LA77").Band);
        Assert.Equal(QuartileBand.C, Of(b, "LA114").Band);
        Assert.Equal(QuartileBand.D, Of(b, "LA115").Band);
        Assert.Equal(QuartileBand.D, Of(b, "LA152").Band);
    }

    [Fact]
    public void Ties_share_rank_and_band()
    {
        AreaValue[] areas = [new("W", 10), new("X", 20), new("Y", 20), new("Z", 30)];
        IReadOnlyList<AreaBenchmark> b = Benchmarking.Benchmark(areas, Polarity.HighIsGood);
        Assert.Equal(1, Of(b, "Z").Rank);
        Assert.Equal(2, Of(b, "X").Rank);
        Assert.Equal(2, Of(b, "Y").Rank);
        Assert.Equal(4, Of(b, "W").Rank); // competition ranking: 1, 2, 2, 4
        Assert.Equal(QuartileBand.A, Of(b, "Z").Band);
        Assert.Equal(QuartileBand.B, Of(b, "X").Band);
        Assert.Equal(QuartileBand.B, Of(b, "Y").Band);
        Assert.Equal(QuartileBand.D, Of(b, "W").Band);
    }

    [Fact]
    public void Low_is_good_puts_lowest_in_band_A_and_rank_1()
    {
        AreaValue[] areas = [new("W", 10), new("X", 20), new("Y", 25), new("Z", 30)];
        IReadOnlyList<AreaBenchmark> b = Benchmarking.Benchmark(areas, Polarity.LowIsGood);
        Assert.Equal(1, Of(b, "W").Rank);
        Assert.Equal(QuartileBand.A, Of(b, "W").Band);
        Assert.Equal(4, Of(b, "Z").Rank);
        Assert.Equal(QuartileBand.D, Of(b, "Z").Band);
    }

    [Fact]
    public void No_judgement_puts_highest_in_band_A()
    {
        AreaValue[] areas = [new("W", 10), new("X", 20), new("Y", 25), new("Z", 30), new("V", 15)];
        IReadOnlyList<AreaBenchmark> b = Benchmarking.Benchmark(areas, Polarity.NoJudgement);
        Assert.Equal(QuartileBand.A, Of(b, "Z").Band);
        Assert.Equal(1, Of(b, "Z").Rank);
        Assert.Equal(QuartileBand.D, Of(b, "W").Band);
        Assert.Equal("Highest", Of(b, "Z").QuintileLabel);
        Assert.Equal("Lowest", Of(b, "W").QuintileLabel);
    }

    [Fact]
    public void Quintiles_split_ten_areas_into_pairs_and_label_by_polarity()
    {
        AreaValue[] areas = Enumerable.Range(1, 10).Select(i => new AreaValue($"A{i}", i)).ToArray();
        IReadOnlyList<AreaBenchmark> high = Benchmarking.Benchmark(areas, Polarity.HighIsGood);
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], high.Select(x => x.Quintile!.Value).ToArray());
        Assert.Equal("Worst", Of(high, "A1").QuintileLabel);
        Assert.Equal("Best", Of(high, "A10").QuintileLabel);
        IReadOnlyList<AreaBenchmark> low = Benchmarking.Benchmark(areas, Polarity.LowIsGood);
        Assert.Equal("Best", Of(low, "A1").QuintileLabel);
        Assert.Equal("Middle", Of(low, "A5").QuintileLabel);
        Assert.Equal("Worst", Of(low, "A10").QuintileLabel);
    }

    [Fact]
    public void Quintile_ties_share_a_quintile()
    {
        AreaValue[] areas = [new("A", 1), new("B", 2), new("C", 2), new("D", 2), new("E", 5)];
        IReadOnlyList<AreaBenchmark> b = Benchmarking.Benchmark(areas, Polarity.HighIsGood);
        Assert.Equal(1, Of(b, "A").Quintile);
        Assert.Equal(2, Of(b, "B").Quintile);
        Assert.Equal(2, Of(b, "D").Quintile);
        Assert.Equal(5, Of(b, "E").Quintile);
    }

    [Fact]
    public void Missing_values_get_nothing_and_do_not_count()
    {
        AreaValue[] areas = [new("A", 10), new("B", null), new("C", 30), new("D", double.NaN)];
        IReadOnlyList<AreaBenchmark> b = Benchmarking.Benchmark(areas, Polarity.HighIsGood);
        Assert.Null(Of(b, "B").Rank);
        Assert.Null(Of(b, "B").Band);
        Assert.Null(Of(b, "D").Quintile);
        Assert.Equal(2, Of(b, "A").Rank);
        Assert.Equal(QuartileBand.C, Of(b, "A").Band); // n = 2: rank 2 → floor(4·1/2) = 2 → C
    }

    [Fact]
    public void Neighbour_mean_ignores_missing()
    {
        Assert.Equal(15, Benchmarking.MeanOfPresent([10, null, 20, double.NaN]));
        Assert.Null(Benchmarking.MeanOfPresent([null, null]));
        Assert.Null(Benchmarking.MeanOfPresent([]));
    }
}
