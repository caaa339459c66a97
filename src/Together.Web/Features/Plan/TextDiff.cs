using System.Text.RegularExpressions;

namespace Together.Web.Features.Plan;

public enum DiffOp
{
    Same,
    Added,
    Removed,
}

public sealed record DiffPart(DiffOp Op, string Text);

/// <summary>
/// A word-level difference between two texts (longest common subsequence), for showing what changed between
/// two versions. Very long texts that differ throughout fall back to whole lines so the work stays small.
/// </summary>
public static partial class TextDiff
{
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffPart> Words(string? before, string? after)
    {
        var a = Tokens(before ?? "");
        var b = Tokens(after ?? "");
        if ((long)a.Count * b.Count > MaxCells)
        {
            a = Lines(before ?? "");
            b = Lines(after ?? "");
        }

        if ((long)a.Count * b.Count > MaxCells)
        {
            // Too different to compare piece by piece in reasonable time: show the whole text replaced.
            return [.. new[] { new DiffPart(DiffOp.Removed, before ?? ""), new DiffPart(DiffOp.Added, after ?? "") }.Where(p => p.Text.Length > 0)];
        }

        return Merge(Diff(a, b));
    }

    public static bool Changed(string? before, string? after) => !string.Equals(before ?? "", after ?? "", StringComparison.Ordinal);

    private static List<string> Tokens(string text) => [.. TokenPattern().Matches(text).Select(m => m.Value)];

    private static List<string> Lines(string text) => [.. LinePattern().Matches(text).Select(m => m.Value)];

    private static List<DiffPart> Diff(List<string> a, List<string> b)
    {
        // Common ends are cheap to set aside and make the table small for the usual small edit.
        var start = 0;
        while (start < a.Count && start < b.Count && a[start] == b[start])
        {
            start++;
        }

        var endA = a.Count;
        var endB = b.Count;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var parts = new List<DiffPart>();
        parts.AddRange(a.Take(start).Select(t => new DiffPart(DiffOp.Same, t)));
        var n = endA - start;
        var m = endB - start;
        var lengths = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lengths[i, j] = a[start + i] == b[start + j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (a[start + x] == b[start + y])
            {
                parts.Add(new(DiffOp.Same, a[start + x]));
                x++;
                y++;
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                parts.Add(new(DiffOp.Removed, a[start + x++]));
            }
            else
            {
                parts.Add(new(DiffOp.Added, b[start + y++]));
            }
        }

        while (x < n)
        {
            parts.Add(new(DiffOp.Removed, a[start + x++]));
        }

        while (y < m)
        {
            parts.Add(new(DiffOp.Added, b[start + y++]));
        }

        parts.AddRange(a.Skip(endA).Select(t => new DiffPart(DiffOp.Same, t)));
        return parts;
    }

    /// <summary>Joins neighbouring parts of the same kind, so "two new words" reads as one insertion.</summary>
    private static List<DiffPart> Merge(List<DiffPart> parts)
    {
        var merged = new List<DiffPart>();
        foreach (var part in parts)
        {
            if (merged.Count > 0 && merged[^1].Op == part.Op)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + part.Text };
            }
            else
            {
                merged.Add(part);
            }
        }

        return merged;
    }

    [GeneratedRegex(@"\w+|\s+|[^\w\s]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"[^\n]*\n|[^\n]+", RegexOptions.CultureInvariant)]
    private static partial Regex LinePattern();
}
