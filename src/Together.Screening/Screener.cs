using System.Globalization;
using System.Text.Json;

namespace Together.Screening;

/// <summary>
/// Screens free text for possible safeguarding disclosures. Thread-safe and deterministic; create one per
/// lexicon and reuse it.
/// </summary>
public sealed class Screener
{
    /// <summary>Words shorter than this are never matched as misspellings.</summary>
    internal const int MinimumMisspellingLength = 5;

    private const int MaxRaise = 2;

    private static readonly Lazy<Screener> DefaultScreener = new(() => new Screener(Lexicon.Default));

    private readonly Lexicon _lexicon;
    private readonly ScreeningOptions _options;

    /// <summary>Creates a screener for a lexicon.</summary>
    public Screener(Lexicon lexicon, ScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _options = options ?? new ScreeningOptions();
    }

    /// <summary>A screener using <see cref="Lexicon.Default"/> and default options.</summary>
    public static Screener Default => DefaultScreener.Value;

    /// <summary>The lexicon in use.</summary>
    public Lexicon Lexicon => _lexicon;

    /// <summary>Screens one piece of text.</summary>
    public ScreeningResult Screen(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ScreeningResult.Clear;
        }

        var tokens = TextNormaliser.Tokenise(text);
        if (tokens.Count == 0)
        {
            return ScreeningResult.Clear;
        }

        ResolveMisspellings(tokens);
        var (entryMatches, cueMatches) = FindMatches(tokens);
        if (entryMatches.Count == 0)
        {
            return ScreeningResult.Clear;
        }

        var phrases = new List<MatchedPhrase>();
        foreach (var (entryIndex, match) in entryMatches)
        {
            phrases.Add(Score(text, tokens, entryIndex, match, cueMatches));
        }

        // Where matches of one category overlap, keep the most severe (then the longest).
        var kept = new List<MatchedPhrase>();
        foreach (var p in phrases.OrderByDescending(p => p.Severity).ThenByDescending(p => p.Length).ThenBy(p => p.Start))
        {
            bool overlaps = kept.Any(k => k.Category == p.Category && k.Start < p.Start + p.Length && p.Start < k.Start + k.Length);
            if (!overlaps)
            {
                kept.Add(p);
            }
        }

        kept.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Severity.CompareTo(a.Severity));
        int severity = kept.Max(p => p.Severity);
        bool flagged = severity >= _options.FlagThreshold;
        var categories = kept.Where(p => p.Severity >= _options.FlagThreshold)
            .GroupBy(p => p.Category)
            .OrderByDescending(g => g.Max(p => p.Severity))
            .ThenBy(g => g.Key)
            .Select(g => g.Key)
            .ToList();
        return new ScreeningResult(flagged, severity, categories, kept, BuildReason(flagged, severity, kept));
    }

    /// <summary>
    /// The <c>screen</c> command-line verb: reads lines from <paramref name="input"/> and writes one JSON verdict a line,
    /// <c>{"flagged":..,"severity":..,"categories":[..],"matched":[..]}</c>. Returns the process exit code (0).
    /// </summary>
    public static int RunScreenVerb(TextReader input, TextWriter output, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(lexicon);
        var screener = ReferenceEquals(lexicon, Lexicon.Default) ? Default : new Screener(lexicon);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer);
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            var result = screener.Screen(line);
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            writer.WriteStartObject();
            writer.WriteBoolean("flagged", result.Flagged);
            writer.WriteNumber("severity", result.Severity);
            writer.WriteStartArray("categories");
            foreach (var c in result.Categories)
            {
                writer.WriteStringValue(c.ToString());
            }

            writer.WriteEndArray();
            writer.WriteStartArray("matched");
            foreach (var m in result.MatchedPhrases)
            {
                writer.WriteStartObject();
                writer.WriteString("text", m.Text);
                writer.WriteNumber("start", m.Start);
                writer.WriteNumber("length", m.Length);
                writer.WriteString("category", m.Category.ToString());
                writer.WriteNumber("severity", m.Severity);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("reason", result.Reason);
            writer.WriteEndObject();
            writer.Flush();
            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        output.Flush();
        return 0;
    }

    /// <summary>Adds the lexicon words that each long word is one edit away from.</summary>
    private void ResolveMisspellings(List<Token> tokens)
    {
        if (!_options.MatchMisspellings)
        {
            return;
        }

        foreach (var token in tokens)
        {
            var key = token.Keys[0];
            if (key.Length < MinimumMisspellingLength || token.IsNumber
                || token.Keys.Any(_lexicon.Vocabulary.Contains) || _lexicon.NotMisspellings.Contains(key))
            {
                continue;
            }

            HashSet<string>? found = null;
            foreach (var variant in Deletions(key).Append(key))
            {
                if (_lexicon.DeletionIndex.TryGetValue(variant, out var words))
                {
                    foreach (var w in words)
                    {
                        if (w[0] == key[0] && IsOneEditApart(key, w))
                        {
                            (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(w);
                        }
                    }
                }
            }

            if (found is not null)
            {
                token.Keys = [.. token.Keys, .. found.Order(StringComparer.Ordinal)];
            }
        }
    }

    private static IEnumerable<string> Deletions(string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
        }
    }

    /// <summary>True when a and b differ by one insertion, deletion, substitution or swap of neighbours.</summary>
    internal static bool IsOneEditApart(string a, string b)
    {
        if (a == b)
        {
            return false;
        }

        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)))
            {
                return true;
            }

            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
    }

    private static bool WordMatches(Token token, WordNode node)
    {
        foreach (var k in token.Keys)
        {
            if (node.Keys.Contains(k))
            {
                return true;
            }
        }

        return false;
    }

    private (List<(int Entry, PatternMatch Match)> Entries, List<(LexiconCue Cue, PatternMatch Match)> Cues) FindMatches(List<Token> tokens)
    {
        var entries = new List<(int, PatternMatch)>();
        var cues = new List<(LexiconCue, PatternMatch)>();
        int entryCount = _lexicon.EntryPatterns.Count;
        var candidates = new HashSet<int>();
        for (int pos = 0; pos < tokens.Count; pos++)
        {
            candidates.Clear();
            foreach (var key in tokens[pos].Keys)
            {
                if (_lexicon.Index.TryGetValue(key, out var list))
                {
                    candidates.UnionWith(list);
                }
            }

            candidates.UnionWith(_lexicon.AnyFirstPatterns);
            foreach (var index in candidates.Order())
            {
                var match = PatternMatcher.MatchAt(_lexicon.PatternAt(index), tokens, pos, WordMatches);
                if (match is null)
                {
                    continue;
                }

                if (index < entryCount)
                {
                    entries.Add((index, match.Value));
                }
                else
                {
                    cues.Add((_lexicon.Cues[index - entryCount], match.Value));
                }
            }
        }

        return (entries, cues);
    }

    private MatchedPhrase Score(string text, List<Token> tokens, int entryIndex, PatternMatch match, List<(LexiconCue Cue, PatternMatch Match)> cues)
    {
        var entry = _lexicon.Entries[entryIndex];
        int sentence = tokens[match.Start].Sentence;
        var clauses = new HashSet<int>(Enumerable.Range(match.Start, match.End - match.Start).Select(i => tokens[i].Clause));
        var notes = new List<string>();

        int firstPerson = 0;
        int raise = 0;
        int negation = 0;
        int figurative = 0;
        int distancing = 0;
        string? firstPersonWord = null;
        string? negationWord = null;
        string? figurativeWord = null;
        string? distancingWord = null;
        var raiseWords = new List<string>();

        foreach (var (cue, cm) in cues)
        {
            if (cue.AppliesTo.Count > 0 && !cue.AppliesTo.Contains(entry.Category))
            {
                continue;
            }

            bool sameSentence = tokens[cm.Start].Sentence == sentence;
            string Words() => Original(text, tokens, cm.Start, cm.End);
            switch (cue.Kind)
            {
                case CueKind.FirstPerson when sameSentence && cue.Weight > firstPerson:
                    firstPerson = cue.Weight;
                    firstPersonWord = Words();
                    break;
                case CueKind.Raise when sameSentence && !Overlaps(cm, match):
                    raise += cue.Weight;
                    raiseWords.Add(Words());
                    break;
                case CueKind.Negation when cue.Weight < negation && NegationApplies(tokens, cm, match):
                    negation = cue.Weight;
                    negationWord = Words();
                    break;
                case CueKind.Figurative when cue.Weight < figurative && (Overlaps(cm, match) || (sameSentence && clauses.Contains(tokens[cm.Start].Clause))):
                    figurative = cue.Weight;
                    figurativeWord = Words();
                    break;
                case CueKind.Distancing when sameSentence && cue.Weight < distancing:
                    distancing = cue.Weight;
                    distancingWord = Words();
                    break;
            }
        }

        if (distancing < 0)
        {
            firstPerson = 0;
        }

        raise = Math.Min(raise, MaxRaise);
        int score = entry.Severity + firstPerson + raise + negation + figurative + distancing;
        if (firstPerson != 0)
        {
            notes.Add(Note("first person", firstPerson, firstPersonWord));
        }

        if (raise != 0)
        {
            notes.Add(Note("raised", raise, string.Join("', '", raiseWords)));
        }

        if (negation != 0)
        {
            notes.Add(Note("negation", negation, negationWord));
        }

        if (figurative != 0)
        {
            notes.Add(Note("figurative", figurative, figurativeWord));
        }

        if (distancing != 0)
        {
            notes.Add(Note("distancing", distancing, distancingWord));
        }

        int start = tokens[match.Start].Start;
        int end = tokens[match.End - 1].Start + tokens[match.End - 1].Length;
        return new MatchedPhrase(text[start..end], start, end - start, entry.Category, entry.Severity, Math.Clamp(score, 0, 5), entry.Pattern, notes);
    }

    private static string Note(string what, int weight, string? words) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} {weight:+0;-0} ('{words}')");

    private static bool Overlaps(PatternMatch a, PatternMatch b) => a.Start < b.End && b.Start < a.End;

    /// <summary>A negation counts when it sits inside one of the phrase's gaps, or ends just before the phrase in the same clause.</summary>
    private bool NegationApplies(List<Token> tokens, PatternMatch negation, PatternMatch match)
    {
        if (match.GapTokens.Contains(negation.Start))
        {
            return true;
        }

        if (negation.End > match.Start || match.Start - negation.End >= _options.NegationWindow)
        {
            return false;
        }

        return tokens[negation.End - 1].Clause == tokens[match.Start].Clause;
    }

    private static string Original(string text, List<Token> tokens, int from, int to)
    {
        int start = tokens[from].Start;
        int end = tokens[to - 1].Start + tokens[to - 1].Length;
        return text[start..end];
    }

    private string BuildReason(bool flagged, int severity, List<MatchedPhrase> phrases)
    {
        var top = phrases.OrderByDescending(p => p.Severity).ThenBy(p => p.Start).First();
        if (flagged)
        {
            var cats = string.Join(", ", phrases.Where(p => p.Severity >= _options.FlagThreshold).Select(p => p.Category).Distinct());
            return string.Create(CultureInfo.InvariantCulture, $"Possible disclosure ({cats}), severity {severity}: \"{top.Text}\".");
        }

        var lowered = top.Adjustments.Where(a => !a.StartsWith("first person", StringComparison.Ordinal)).ToList();
        return lowered.Count > 0
            ? string.Create(CultureInfo.InvariantCulture, $"Not flagged: \"{top.Text}\" ({top.Category}) was lowered to severity {top.Severity} by {string.Join(", ", lowered)}.")
            : string.Create(CultureInfo.InvariantCulture, $"Not flagged: \"{top.Text}\" ({top.Category}) is severity {top.Severity}, below the threshold of {_options.FlagThreshold}.");
    }
}
