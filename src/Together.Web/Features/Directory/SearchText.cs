using System.Text;

namespace Together.Web.Features.ServiceDirectory;

/// <summary>Keyword handling that needs no database: tokenising, building a safe FTS5 query, and "did you mean" suggestions.</summary>
public static class SearchText
{
    public const int MaxLength = 200;

    /// <summary>Lower-case words of letters and digits; everything else separates words, so no query syntax gets through.</summary>
    public static IReadOnlyList<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in (text ?? "").ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens.Distinct().Take(12).ToList();
    }

    /// <summary>An FTS5 MATCH expression where every word must appear: each word quoted, so words like NOT or NEAR are just words.</summary>
    public static string Fts5Query(IReadOnlyList<string> tokens) => string.Join(' ', tokens.Select(t => "\"" + t + "\""));

    /// <summary>
    /// For each word not in the vocabulary, the closest vocabulary word within a small edit distance (one edit for
    /// short words, two for longer ones). Returns null when nothing would change.
    /// </summary>
    public static string? DidYouMean(IReadOnlyList<string> tokens, IReadOnlySet<string> vocabulary)
    {
        var changed = false;
        var result = new List<string>();
        foreach (var token in tokens)
        {
            if (token.Length < 3 || vocabulary.Contains(token) || token.All(char.IsDigit))
            {
                result.Add(token);
                continue;
            }

            var limit = token.Length <= 5 ? 1 : 2;
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var word in vocabulary)
            {
                if (Math.Abs(word.Length - token.Length) > limit)
                {
                    continue;
                }

                var distance = EditDistance(token, word, limit);
                if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(word, best) < 0))
                {
                    bestDistance = distance;
                    best = word;
                }
            }

            if (best is not null && bestDistance <= limit)
            {
                result.Add(best);
                changed = true;
            }
            else
            {
                result.Add(token);
            }
        }

        return changed ? string.Join(' ', result) : null;
    }

    /// <summary>Damerau–Levenshtein (optimal string alignment) distance, stopping early once it exceeds <paramref name="limit"/>.</summary>
    public static int EditDistance(string a, string b, int limit = int.MaxValue)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return rowMin;
            }
        }

        return d[a.Length, b.Length];
    }
}
