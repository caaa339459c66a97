using System.Globalization;
using System.Text;

namespace Together.Web.Features.Voice.Analysis;

public sealed record TextAnswer(Guid Id, string Text);

/// <summary>An answer that looks as if it belongs to a theme, and the words that matched.</summary>
public sealed record AnswerSuggestion(Guid AnswerId, IReadOnlyList<string> Matched);

/// <summary>A word or two-word phrase used in many answers that no theme covers yet: a candidate theme.</summary>
public sealed record TermSuggestion(string Term, int Answers, IReadOnlyList<Guid> Examples);

/// <summary>
/// Keyword suggestions for the codebook. Pure: no web, no database. Words are compared after lower-casing, removing
/// accents and a light stemming ("buses", "bus"; "waiting", "wait"), so a theme's keywords find the answers that use them
/// in any of their common forms. Suggestions are only suggestions: a person tags.
/// </summary>
public static class ThemeSuggestions
{
    /// <summary>Common words that say nothing about a theme.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being",
        "but", "by", "can", "cant", "could", "did", "do", "does", "dont", "doing", "down", "each", "even", "every", "few", "for", "from", "get",
        "got", "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "i", "id", "if", "im", "in", "into", "is", "isnt",
        "it", "its", "ive", "just", "know", "like", "lot", "lots", "make", "me", "more", "most", "much", "my", "need", "no", "not", "nothing",
        "now", "of", "off", "on", "one", "only", "or", "other", "our", "out", "over", "people", "really", "same", "she", "should", "so",
        "some", "something", "such", "than", "that", "thats", "the", "their", "them", "then", "there", "these", "they", "thing", "things",
        "think", "this", "those", "through", "to", "too", "up", "us", "very", "want", "was", "we", "well", "were", "what", "when", "where",
        "which", "while", "who", "why", "will", "with", "would", "you", "your", "actually", "better", "good", "bit", "way", "go", "going",
        "use", "used", "many", "still", "yes", "ok", "okay", "maybe", "sometimes", "always", "never", "ever", "feel", "around", "isn", "aren",
        "doesn", "don", "won", "t", "s", "d", "ll", "re", "ve", "m",
    };

    /// <summary>Normalised, stemmed words of a text, in order, stop words removed.</summary>
    public static IReadOnlyList<string> Terms(string text) => Words(text).Select(w => w.Stem).ToList();

    /// <summary>Each word kept, stemmed, with the word as written (lower case), so suggestions can show real words.</summary>
    private static List<(string Stem, string Word)> Words(string text)
    {
        var words = new List<(string Stem, string Word)>();
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var current = new StringBuilder();
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark || ch is '\'' or '’')
            {
                continue;
            }

            if (char.IsLetterOrDigit(ch))
            {
                current.Append(ch);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length == 0)
            {
                return;
            }

            var word = current.ToString();
            current.Clear();
            if (!StopWords.Contains(word) && word.Length > 1)
            {
                words.Add((Stem(word), word));
            }
        }
    }

    /// <summary>A deliberately light stemmer: plurals and -ing/-ed endings, enough to match a keyword's everyday forms.</summary>
    public static string Stem(string word)
    {
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            word = word[..^3];
            return word.Length > 3 && word[^1] == word[^2] && word[^1] is not ('l' or 's' or 'z') ? word[..^1] : word;
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 4 && (word.EndsWith("ses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)))
        {
            return word[..^2];
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal))
        {
            word = word[..^2];
            return word.Length > 3 && word[^1] == word[^2] && word[^1] is not ('l' or 's' or 'z') ? word[..^1] : word;
        }

        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }

    /// <summary>
    /// Answers not yet tagged with the theme that use any of its keywords (or, with no keywords, the words of its name).
    /// A keyword of several words matches only as a phrase. Best matches (most keywords) first.
    /// </summary>
    public static IReadOnlyList<AnswerSuggestion> SuggestAnswers(string themeName, IReadOnlyList<string> keywords, IEnumerable<TextAnswer> answers, IReadOnlySet<Guid> alreadyTagged)
    {
        var phrases = (keywords.Count > 0 ? keywords : [themeName])
            .Select(k => (Keyword: k.Trim(), Terms: Terms(k)))
            .Where(k => k.Terms.Count > 0)
            .ToList();
        if (keywords.Count == 0)
        {
            // With only a name, each of its words is a keyword on its own ("Transport and buses" finds "bus").
            phrases = phrases.SelectMany(p => p.Terms.Select(t => (Keyword: t, Terms: (IReadOnlyList<string>)[t]))).DistinctBy(p => p.Keyword).ToList();
        }

        var suggestions = new List<AnswerSuggestion>();
        foreach (var answer in answers)
        {
            if (alreadyTagged.Contains(answer.Id))
            {
                continue;
            }

            var terms = Terms(answer.Text);
            var matched = phrases.Where(p => ContainsPhrase(terms, p.Terms)).Select(p => p.Keyword).ToList();
            if (matched.Count > 0)
            {
                suggestions.Add(new AnswerSuggestion(answer.Id, matched));
            }
        }

        return suggestions.OrderByDescending(s => s.Matched.Count).ToList();
    }

    private static bool ContainsPhrase(IReadOnlyList<string> terms, IReadOnlyList<string> phrase)
    {
        for (var i = 0; i + phrase.Count <= terms.Count; i++)
        {
            var all = true;
            for (var j = 0; j < phrase.Count && all; j++)
            {
                all = terms[i + j] == phrase[j];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Words and two-word phrases that many answers use and no theme's name or keywords cover: candidates for new themes.
    /// A term counts once per answer; it must appear in at least <paramref name="minimumAnswers"/> answers, and a term in
    /// nearly every answer (more than 60%) says nothing distinctive. Phrases are preferred to their single words when
    /// they are nearly as common. Most common first.
    /// </summary>
    public static IReadOnlyList<TermSuggestion> SuggestThemes(IReadOnlyList<TextAnswer> answers, IEnumerable<string> covered, int minimumAnswers = 3, int take = 10)
    {
        var coveredTerms = covered.SelectMany(Terms).ToHashSet(StringComparer.Ordinal);
        var documents = new Dictionary<string, List<Guid>>(StringComparer.Ordinal);
        var surface = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            var words = Words(answer.Text);
            foreach (var (stem, word) in words)
            {
                if (!surface.TryGetValue(stem, out var forms))
                {
                    surface[stem] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                forms[word] = forms.GetValueOrDefault(word) + 1;
            }

            var terms = words.Select(w => w.Stem).ToList();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < terms.Count; i++)
            {
                seen.Add(terms[i]);
                if (i + 1 < terms.Count && terms[i] != terms[i + 1])
                {
                    seen.Add(terms[i] + " " + terms[i + 1]);
                }
            }

            foreach (var term in seen)
            {
                if (!documents.TryGetValue(term, out var ids))
                {
                    documents[term] = ids = [];
                }

                ids.Add(answer.Id);
            }
        }

        var ceiling = Math.Max(minimumAnswers, (int)(answers.Count * 0.6));
        var candidates = documents
            .Where(d => d.Value.Count >= minimumAnswers && d.Value.Count <= ceiling && !d.Key.Split(' ').Any(coveredTerms.Contains) && !d.Key.All(char.IsDigit))
            .ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);

        // A word that mostly appears inside one phrase is shown as the phrase ("youth club" rather than "club").
        foreach (var phrase in candidates.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).ToList())
        {
            foreach (var word in phrase.Split(' '))
            {
                if (candidates.TryGetValue(word, out var wordIds) && candidates[phrase].Count >= wordIds.Count * 0.7)
                {
                    candidates.Remove(word);
                }
            }
        }

        foreach (var phrase in candidates.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).ToList())
        {
            // A phrase much rarer than its words adds nothing the words do not already say.
            if (phrase.Split(' ').Any(w => candidates[phrase].Count < documents[w].Count * 0.7))
            {
                candidates.Remove(phrase);
            }
        }

        return candidates
            .OrderByDescending(c => c.Value.Count).ThenByDescending(c => c.Key.Contains(' ', StringComparison.Ordinal)).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(take)
            .Select(c => new TermSuggestion(string.Join(' ', c.Key.Split(' ').Select(stem => surface[stem].OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key)), c.Value.Count, c.Value.Take(3).ToList()))
            .ToList();
    }
}
