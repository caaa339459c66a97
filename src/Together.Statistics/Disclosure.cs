using MathNet.Numerics.LinearAlgebra;

namespace Together.Statistics;

/// <summary>A count that may be published, e.g. "Girls, Year 6" or "Population, boys".</summary>
public sealed record DisclosureCell(string Id, long Count);

/// <summary>
/// An additive relationship a reader can use: the total equals the sum of the parts (e.g. all pupils = boys + girls).
/// Pass one group per breakdown dimension; groups may share cells (the same total, or cross-tabulated cells).
/// </summary>
public sealed record DisclosureGroup(string Name, string TotalId, IReadOnlyList<string> PartIds);

/// <summary>A published value calculated from cells, e.g. a percentage = numerator / denominator.</summary>
public sealed record DisclosureValue(string Id, string NumeratorId, string? DenominatorId);

/// <summary>The whole table to protect.</summary>
public sealed record DisclosureTable(
    IReadOnlyList<DisclosureCell> Cells,
    IReadOnlyList<DisclosureGroup> Groups,
    IReadOnlyList<DisclosureValue>? Values = null);

/// <summary>Rules for small-number suppression.</summary>
public sealed record DisclosureOptions
{
    /// <summary>Smallest count that is disclosive (default 1: zero is allowed).</summary>
    public long SmallestDisclosive { get; init; } = 1;

    /// <summary>Largest count that is disclosive (default 4: counts 1–4 are suppressed).</summary>
    public long LargestDisclosive { get; init; } = 4;

    /// <summary>Also suppress counts of zero.</summary>
    public bool SuppressZeros { get; init; }
}

/// <summary>Why a cell or value is suppressed.</summary>
public enum SuppressionReason
{
    /// <summary>The count itself is small.</summary>
    Primary,

    /// <summary>Suppressed so a primary-suppressed number cannot be worked out from what is published.</summary>
    Secondary,
}

/// <summary>A suppressed cell or value and the reason.</summary>
public sealed record SuppressionDecision(string Id, SuppressionReason Reason, string Explanation);

/// <summary>The cells and values to suppress.</summary>
public sealed record DisclosureResult(IReadOnlyDictionary<string, SuppressionDecision> Suppressed)
{
    /// <summary>True when the cell or value with this id must not be published.</summary>
    public bool IsSuppressed(string id) => Suppressed.ContainsKey(id);
}

/// <summary>
/// Disclosure control for public outputs: primary suppression of small counts, then secondary suppression so that no
/// suppressed count can be recovered by subtraction from totals, across every breakdown, until stable.
/// </summary>
public static class DisclosureControl
{
    /// <summary>The text shown in place of a suppressed number.</summary>
    public const string SuppressedMarker = "*";

    /// <summary>
    /// Decides what to suppress. Primary: counts in the disclosive range (1–4 by default). Secondary, repeated until
    /// nothing changes: (1) in any group where exactly one cell is suppressed, the smallest non-zero unsuppressed part
    /// is suppressed too (zeros protect nothing; the total only as a last resort); (2) where the total is published and the
    /// suppressed parts add up to a disclosive number, another part is suppressed; (3) a check over all groups together
    /// (linear algebra) finds any suppressed cell still determined by the published figures, and suppresses another cell
    /// in a group containing it. Finally any value whose numerator or denominator is suppressed is suppressed.
    /// </summary>
    public static DisclosureResult Apply(DisclosureTable table, DisclosureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= new DisclosureOptions();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (DisclosureCell cell in table.Cells)
        {
            if (!counts.TryAdd(cell.Id, cell.Count))
            {
                throw new ArgumentException($"Cell '{cell.Id}' appears more than once.", nameof(table));
            }
        }

        foreach (DisclosureGroup group in table.Groups)
        {
            foreach (string id in group.PartIds.Append(group.TotalId))
            {
                if (!counts.ContainsKey(id))
                {
                    throw new ArgumentException($"Group '{group.Name}' refers to unknown cell '{id}'.", nameof(table));
                }
            }
        }

        var suppressed = new Dictionary<string, SuppressionDecision>(StringComparer.Ordinal);
        foreach (DisclosureCell cell in table.Cells)
        {
            if (IsDisclosive(cell.Count, options))
            {
                string why = cell.Count == 0
                    ? "count is zero and zeros are suppressed"
                    : $"count is between {options.SmallestDisclosive} and {options.LargestDisclosive}";
                suppressed[cell.Id] = new SuppressionDecision(cell.Id, SuppressionReason.Primary, why);
            }
        }

        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (DisclosureGroup group in table.Groups)
            {
                while (NeedsMore(group, counts, suppressed, options, out string? why))
                {
                    string? pick = PickComplement(group, counts, suppressed);
                    if (pick is null)
                    {
                        break;
                    }

                    suppressed[pick] = new SuppressionDecision(pick, SuppressionReason.Secondary, $"{why} in '{group.Name}'");
                    changed = true;
                }
            }

            if (!changed)
            {
                changed = ProtectDeterminedCells(table.Groups, counts, suppressed);
            }
        }

        foreach (DisclosureValue value in table.Values ?? [])
        {
            if (suppressed.ContainsKey(value.NumeratorId))
            {
                suppressed[value.Id] = new SuppressionDecision(value.Id, SuppressionReason.Secondary, $"its numerator '{value.NumeratorId}' is suppressed");
            }
            else if (value.DenominatorId is { } d && suppressed.ContainsKey(d))
            {
                suppressed[value.Id] = new SuppressionDecision(value.Id, SuppressionReason.Secondary, $"its denominator '{d}' is suppressed and could be worked out from the value");
            }
        }

        return new DisclosureResult(suppressed);
    }

    private static bool IsDisclosive(long count, DisclosureOptions options) =>
        (count >= options.SmallestDisclosive && count <= options.LargestDisclosive) || (count == 0 && options.SuppressZeros);

    private static bool NeedsMore(DisclosureGroup group, Dictionary<string, long> counts, Dictionary<string, SuppressionDecision> suppressed, DisclosureOptions options, out string? why)
    {
        string[] members = group.PartIds.Append(group.TotalId).Distinct(StringComparer.Ordinal).ToArray();
        int hidden = members.Count(suppressed.ContainsKey);
        why = null;
        if (hidden == 1)
        {
            why = "otherwise a suppressed number could be found by subtraction";
            return true;
        }

        if (hidden > 1 && !suppressed.ContainsKey(group.TotalId))
        {
            long hiddenSum = group.PartIds.Distinct(StringComparer.Ordinal).Where(suppressed.ContainsKey).Sum(id => counts[id]);
            if (hiddenSum >= options.SmallestDisclosive && hiddenSum <= options.LargestDisclosive)
            {
                why = "otherwise the suppressed numbers would add up to a small number";
                return true;
            }
        }

        return false;
    }

    private static string? PickComplement(DisclosureGroup group, Dictionary<string, long> counts, Dictionary<string, SuppressionDecision> suppressed)
    {
        List<string> open = group.PartIds.Distinct(StringComparer.Ordinal).Where(id => !suppressed.ContainsKey(id)).ToList();
        string? nonZero = open.Where(id => counts[id] > 0).OrderBy(id => counts[id]).FirstOrDefault();
        if (nonZero is not null)
        {
            return nonZero;
        }

        if (!suppressed.ContainsKey(group.TotalId) && counts[group.TotalId] > 0)
        {
            return group.TotalId;
        }

        return open.FirstOrDefault();
    }

    /// <summary>
    /// Treats every group as an equation total − Σ parts = 0 over the suppressed cells. A suppressed cell is determined
    /// when its unit vector lies in the row space, i.e. removing its column lowers the rank. Suppresses one more cell for
    /// the first determined cell found; returns whether anything changed.
    /// </summary>
    private static bool ProtectDeterminedCells(IReadOnlyList<DisclosureGroup> groups, Dictionary<string, long> counts, Dictionary<string, SuppressionDecision> suppressed)
    {
        List<string> unknowns = suppressed.Keys.Where(id => groups.Any(g => g.TotalId == id || g.PartIds.Contains(id))).OrderBy(id => id, StringComparer.Ordinal).ToList();
        if (unknowns.Count == 0)
        {
            return false;
        }

        var column = unknowns.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        List<DisclosureGroup> relevant = groups.Where(g => g.PartIds.Append(g.TotalId).Any(column.ContainsKey)).ToList();
        Matrix<double> a = Matrix<double>.Build.Dense(relevant.Count, unknowns.Count);
        for (int r = 0; r < relevant.Count; r++)
        {
            if (column.TryGetValue(relevant[r].TotalId, out int tc))
            {
                a[r, tc] += 1;
            }

            foreach (string part in relevant[r].PartIds.Distinct(StringComparer.Ordinal))
            {
                if (column.TryGetValue(part, out int pc))
                {
                    a[r, pc] -= 1;
                }
            }
        }

        int rank = a.Rank();
        foreach (string id in unknowns)
        {
            int c = column[id];
            Matrix<double> without = unknowns.Count == 1 ? Matrix<double>.Build.Dense(relevant.Count, 1) : a.RemoveColumn(c);
            if (without.Rank() >= rank)
            {
                continue;
            }

            foreach (DisclosureGroup group in relevant.Where(g => g.TotalId == id || g.PartIds.Contains(id)))
            {
                string? pick = PickComplement(group, counts, suppressed);
                if (pick is not null)
                {
                    suppressed[pick] = new SuppressionDecision(pick, SuppressionReason.Secondary,
                        $"otherwise '{id}' could be worked out by combining several breakdowns (via '{group.Name}')");
                    return true;
                }
            }
        }

        return false;
    }
}
