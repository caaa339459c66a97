using Together.Statistics;

namespace Together.Statistics.Tests;

public class DisclosureTests
{
    /// <summary>
    /// An independent attacker: knows every published cell and every group equation, and that counts are whole numbers
    /// from 0 to the largest total. Enumerates every assignment to the suppressed cells and returns the possible values of each.
    /// </summary>
    private static Dictionary<string, SortedSet<long>> Attack(DisclosureTable table, DisclosureResult result)
    {
        Dictionary<string, long> published = table.Cells.Where(c => !result.IsSuppressed(c.Id)).ToDictionary(c => c.Id, c => c.Count);
        string[] unknown = table.Cells.Where(c => result.IsSuppressed(c.Id)).Select(c => c.Id).ToArray();
        long max = table.Cells.Max(c => c.Count);
        var possible = unknown.ToDictionary(id => id, _ => new SortedSet<long>());
        var guess = new Dictionary<string, long>();

        bool Consistent()
        {
            foreach (DisclosureGroup g in table.Groups)
            {
                string[] members = g.PartIds.Append(g.TotalId).ToArray();
                if (members.Any(m => !published.ContainsKey(m) && !guess.ContainsKey(m)))
                {
                    continue;
                }

                long Value(string id) => published.TryGetValue(id, out long v) ? v : guess[id];
                if (Value(g.TotalId) != g.PartIds.Sum(Value))
                {
                    return false;
                }
            }

            return true;
        }

        void Search(int i)
        {
            if (i == unknown.Length)
            {
                foreach (string id in unknown)
                {
                    possible[id].Add(guess[id]);
                }

                return;
            }

            for (long v = 0; v <= max; v++)
            {
                guess[unknown[i]] = v;
                if (Consistent())
                {
                    Search(i + 1);
                }
            }

            guess.Remove(unknown[i]);
        }

        Search(0);
        return possible;
    }

    private static void AssertNoPrimaryCellCanBeRecovered(DisclosureTable table, DisclosureResult result)
    {
        Dictionary<string, SortedSet<long>> possible = Attack(table, result);
        foreach ((string id, SuppressionDecision d) in result.Suppressed)
        {
            if (d.Reason == SuppressionReason.Primary && possible.TryGetValue(id, out SortedSet<long>? values))
            {
                Assert.True(values.Count > 1, $"'{id}' can be recovered as {string.Join(",", values)}");
            }
        }
    }

    private static DisclosureTable Table(IEnumerable<(string Id, long Count)> cells, params DisclosureGroup[] groups) =>
        new(cells.Select(c => new DisclosureCell(c.Id, c.Count)).ToArray(), groups);

    [Fact]
    public void Small_part_and_its_complement_are_both_suppressed()
    {
        // Total 20, male 17, female 3: publishing 20 and 17 would reveal 3.
        DisclosureTable table = Table([("All", 20), ("Male", 17), ("Female", 3)], new DisclosureGroup("Sex", "All", ["Male", "Female"]));
        DisclosureResult result = DisclosureControl.Apply(table);
        Assert.Equal(SuppressionReason.Primary, result.Suppressed["Female"].Reason);
        Assert.Equal(SuppressionReason.Secondary, result.Suppressed["Male"].Reason);
        Assert.False(result.IsSuppressed("All"));
        Assert.Contains("subtraction", result.Suppressed["Male"].Explanation, StringComparison.Ordinal);
        AssertNoPrimaryCellCanBeRecovered(table, result);
    }

    [Fact]
    public void Nothing_is_suppressed_when_nothing_is_small()
    {
        DisclosureTable table = Table([("All", 20), ("Male", 10), ("Female", 10), ("None", 0)],
            new DisclosureGroup("Sex", "All", ["Male", "Female", "None"]));
        Assert.Empty(DisclosureControl.Apply(table).Suppressed);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Primary_suppression_covers_one_to_four(long count, bool suppressed)
    {
        DisclosureTable table = new([new DisclosureCell("X", count)], []);
        Assert.Equal(suppressed, DisclosureControl.Apply(table).IsSuppressed("X"));
    }

    [Fact]
    public void Two_dimensions_sharing_the_total_are_each_protected()
    {
        DisclosureTable table = Table(
            [("All", 50), ("Male", 47), ("Female", 3), ("White", 40), ("Mixed", 6), ("Asian", 4)],
            new DisclosureGroup("Sex", "All", ["Male", "Female"]),
            new DisclosureGroup("Ethnicity", "All", ["White", "Mixed", "Asian"]));
        DisclosureResult result = DisclosureControl.Apply(table);
        Assert.Equal(["Asian", "Female", "Male", "Mixed"], result.Suppressed.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(SuppressionReason.Secondary, result.Suppressed["Mixed"].Reason); // smallest other part, not White
        AssertNoPrimaryCellCanBeRecovered(table, result);
    }

    [Fact]
    public void A_zero_cell_is_not_chosen_as_the_complement()
    {
        // Total 20 = 3 + 0 + 17. Suppressing the zero alongside the 3 would leave "3 + 0 = 3" visible by subtraction.
        DisclosureTable table = Table([("All", 20), ("A", 3), ("B", 0), ("C", 17)], new DisclosureGroup("G", "All", ["A", "B", "C"]));
        DisclosureResult result = DisclosureControl.Apply(table);
        Assert.True(result.IsSuppressed("A"));
        Assert.True(result.IsSuppressed("C"));
        Assert.False(result.IsSuppressed("B"));
        AssertNoPrimaryCellCanBeRecovered(table, result);
    }

    [Fact]
    public void Suppressed_zeros_still_need_a_real_complement()
    {
        DisclosureTable table = Table([("All", 20), ("A", 3), ("B", 0), ("C", 17)], new DisclosureGroup("G", "All", ["A", "B", "C"]));
        DisclosureResult result = DisclosureControl.Apply(table, new DisclosureOptions { SuppressZeros = true });
        Assert.Equal(SuppressionReason.Primary, result.Suppressed["B"].Reason);
        Assert.Equal(SuppressionReason.Secondary, result.Suppressed["C"].Reason);
        AssertNoPrimaryCellCanBeRecovered(table, result);
    }

    [Fact]
    public void Suppressed_parts_must_not_add_up_to_a_small_number()
    {
        // 30 = 2 + 2 + 26: hiding only the two 2s still shows they add up to 4.
        DisclosureTable table = Table([("All", 30), ("A", 2), ("B", 2), ("C", 26)], new DisclosureGroup("G", "All", ["A", "B", "C"]));
        DisclosureResult result = DisclosureControl.Apply(table);
        Assert.True(result.IsSuppressed("C"));
        Assert.Contains("add up to a small number", result.Suppressed["C"].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Complement_chosen_in_one_dimension_is_protected_in_the_other()
    {
        // Sex × age cross-table. Girls aged under 11 = 3. Protecting the girls' row hides girls 11+ (10); protecting the
        // under-11 column hides boys under 11 (22). A single pass stops there, but then the 11+ column has one hidden cell:
        // girls 11+ = 28 − 18, and girls under 11 = 13 − 10 = 3. Iterating must also hide boys 11+.
        DisclosureTable table = Table(
            [("All", 53), ("Boys", 40), ("Girls", 13), ("Under11", 25), ("Over11", 28),
             ("BoysUnder11", 22), ("BoysOver11", 18), ("GirlsUnder11", 3), ("GirlsOver11", 10)],
            new DisclosureGroup("Sex", "All", ["Boys", "Girls"]),
            new DisclosureGroup("Age", "All", ["Under11", "Over11"]),
            new DisclosureGroup("Boys by age", "Boys", ["BoysUnder11", "BoysOver11"]),
            new DisclosureGroup("Girls by age", "Girls", ["GirlsUnder11", "GirlsOver11"]),
            new DisclosureGroup("Under 11 by sex", "Under11", ["BoysUnder11", "GirlsUnder11"]),
            new DisclosureGroup("11+ by sex", "Over11", ["BoysOver11", "GirlsOver11"]));
        DisclosureResult result = DisclosureControl.Apply(table);
        Assert.Equal(["BoysOver11", "BoysUnder11", "GirlsOver11", "GirlsUnder11"], result.Suppressed.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.False(result.IsSuppressed("Girls"));
        AssertNoPrimaryCellCanBeRecovered(table, result);
    }

    [Fact]
    public void Cells_recoverable_only_by_combining_several_groups_are_protected()
    {
        // Three overlapping groups each hide two cells, so no group alone reveals anything, but together
        // A + B, B + C and A + C are known, which solves A. The combined check must add another suppression.
        DisclosureTable table = Table(
            [("T1", 30), ("T2", 40), ("T3", 35), ("A", 2), ("B", 8), ("C", 9), ("X", 20), ("Y", 23), ("Z", 24)],
            new DisclosureGroup("G1", "T1", ["A", "B", "X"]),
            new DisclosureGroup("G2", "T2", ["B", "C", "Y"]),
            new DisclosureGroup("G3", "T3", ["A", "C", "Z"]));
        DisclosureResult result = DisclosureControl.Apply(table);
        Assert.True(result.IsSuppressed("A"));
        Assert.True(result.IsSuppressed("B"));
        Assert.True(result.IsSuppressed("C"));
        Assert.True(result.IsSuppressed("X") || result.IsSuppressed("Z") || result.IsSuppressed("Y"));
        Assert.Contains(result.Suppressed.Values, d => d.Explanation.Contains("combining several breakdowns", StringComparison.Ordinal));
        AssertNoPrimaryCellCanBeRecovered(table, result);
    }

    [Fact]
    public void The_attacker_really_finds_the_leak_without_protection()
    {
        // Guard for the tests above: with only A, B and C hidden the attacker pins A at 2.
        DisclosureTable table = Table(
            [("T1", 30), ("T2", 40), ("T3", 35), ("A", 2), ("B", 8), ("C", 9), ("X", 20), ("Y", 23), ("Z", 24)],
            new DisclosureGroup("G1", "T1", ["A", "B", "X"]),
            new DisclosureGroup("G2", "T2", ["B", "C", "Y"]),
            new DisclosureGroup("G3", "T3", ["A", "C", "Z"]));
        var naive = new DisclosureResult(new Dictionary<string, SuppressionDecision>
        {
            ["A"] = new("A", SuppressionReason.Primary, ""),
            ["B"] = new("B", SuppressionReason.Secondary, ""),
            ["C"] = new("C", SuppressionReason.Secondary, ""),
        });
        Assert.Equal([2L], Attack(table, naive)["A"].ToArray());
    }

    [Fact]
    public void Values_with_a_suppressed_numerator_or_denominator_are_suppressed()
    {
        // Girls' population 3 is small; boys' population is then suppressed as its complement. The boys' rate must go too:
        // rate and numerator would give the boys' population, and 100 − that gives the girls'.
        var table = new DisclosureTable(
            [new("PopAll", 100), new("PopBoys", 97), new("PopGirls", 3), new("CasesAll", 12), new("CasesBoys", 12), new("CasesGirls", 0)],
            [new DisclosureGroup("Population by sex", "PopAll", ["PopBoys", "PopGirls"]),
             new DisclosureGroup("Cases by sex", "CasesAll", ["CasesBoys", "CasesGirls"])],
            [new DisclosureValue("RateAll", "CasesAll", "PopAll"),
             new DisclosureValue("RateBoys", "CasesBoys", "PopBoys"),
             new DisclosureValue("RateGirls", "CasesGirls", "PopGirls")]);
        DisclosureResult result = DisclosureControl.Apply(table);
        Assert.True(result.IsSuppressed("PopGirls"));
        Assert.True(result.IsSuppressed("PopBoys"));
        Assert.False(result.IsSuppressed("CasesGirls")); // zero is allowed
        Assert.True(result.IsSuppressed("RateGirls"));   // 0 out of 3
        Assert.True(result.IsSuppressed("RateBoys"));
        Assert.Contains("denominator", result.Suppressed["RateBoys"].Explanation, StringComparison.Ordinal);
        Assert.False(result.IsSuppressed("RateAll"));
    }

    [Fact]
    public void Value_with_small_numerator_is_suppressed()
    {
        var table = new DisclosureTable([new("Num", 2), new("Den", 400)], [], [new DisclosureValue("Pct", "Num", "Den")]);
        DisclosureResult result = DisclosureControl.Apply(table);
        Assert.True(result.IsSuppressed("Pct"));
        Assert.Contains("numerator", result.Suppressed["Pct"].Explanation, StringComparison.Ordinal);
        Assert.False(result.IsSuppressed("Den"));
    }

    [Fact]
    public void Unknown_cell_in_a_group_is_a_programming_error()
    {
        DisclosureTable table = Table([("All", 20)], new DisclosureGroup("G", "All", ["Missing"]));
        Assert.Throws<ArgumentException>(() => DisclosureControl.Apply(table));
    }
}
