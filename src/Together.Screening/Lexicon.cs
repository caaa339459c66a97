using System.Globalization;
using System.Reflection;

namespace Together.Screening;

/// <summary>
/// The phrases and context cues the screen looks for, compiled for fast matching.
/// Load the built-in list with <see cref="Default"/> or an edited copy with <see cref="Parse(string)"/>.
/// </summary>
/// <remarks>
/// Text format, one item a line (blank lines and lines starting with <c>#</c> are ignored):
/// <code>
/// @name = alternative, alternative, ...          a named list usable in patterns as @name
/// Category | severity | pattern                    a phrase, severity 1–5
/// Cue:Kind | weight | pattern [| Category, ...]    a context cue, weight −5..+5
/// </code>
/// Pattern syntax: words separated by spaces; <c>word~</c> also accepts inflections (hits, hitting, hitted…);
/// <c>(a|b c)</c> one of several alternatives; <c>[a|b]</c> optional alternatives; <c>*</c> a gap of up to
/// 3 words, <c>*N</c> up to N words; <c>#</c> any number; <c>@name</c> a named list.
/// The special list <c>@not-misspellings</c> names real words that must never be read as a misspelling
/// of a lexicon word.
/// </remarks>
public sealed class Lexicon
{
    private const string ResourceName = "Together.Screening.lexicon.txt";
    private static readonly Lazy<string> DefaultText = new(LoadDefaultText);
    private static readonly Lazy<Lexicon> DefaultLexicon = new(() => Parse(DefaultText.Value));

    private Lexicon(
        List<LexiconEntry> entries,
        List<CompiledPattern> entryPatterns,
        List<LexiconCue> cues,
        List<CompiledPattern> cuePatterns,
        HashSet<string> notMisspellings)
    {
        Entries = entries;
        Cues = cues;
        EntryPatterns = entryPatterns;
        CuePatterns = cuePatterns;
        NotMisspellings = notMisspellings;

        // Index every pattern (entries first, then cues) by the keys its first word can take.
        int total = entryPatterns.Count + cuePatterns.Count;
        for (int i = 0; i < total; i++)
        {
            var p = PatternAt(i);
            Vocabulary.UnionWith(p.AllKeys());
            if (p.AnyFirst)
            {
                AnyFirstPatterns.Add(i);
                continue;
            }

            foreach (var key in p.FirstKeys)
            {
                if (!Index.TryGetValue(key, out var list))
                {
                    Index[key] = list = [];
                }

                list.Add(i);
            }
        }

        foreach (var word in Vocabulary.Where(w => w.Length >= Screener.MinimumMisspellingLength))
        {
            foreach (var variant in Deletions(word).Append(word))
            {
                if (!DeletionIndex.TryGetValue(variant, out var list))
                {
                    DeletionIndex[variant] = list = [];
                }

                list.Add(word);
            }
        }
    }

    /// <summary>The built-in lexicon, read from the embedded <c>lexicon.txt</c>.</summary>
    public static Lexicon Default => DefaultLexicon.Value;

    /// <summary>The text of the built-in lexicon, e.g. to seed an editable copy.</summary>
    public static string DefaultSource => DefaultText.Value;

    /// <summary>The phrase entries, in file order.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>The context cues, in file order.</summary>
    public IReadOnlyList<LexiconCue> Cues { get; }

    internal List<CompiledPattern> EntryPatterns { get; }

    internal List<CompiledPattern> CuePatterns { get; }

    internal HashSet<string> NotMisspellings { get; }

    /// <summary>Pattern indexes (entries then cues) by possible first-word key.</summary>
    internal Dictionary<string, List<int>> Index { get; } = new(StringComparer.Ordinal);

    /// <summary>Patterns whose first word cannot be indexed.</summary>
    internal List<int> AnyFirstPatterns { get; } = [];

    /// <summary>Every word key used by any pattern.</summary>
    internal HashSet<string> Vocabulary { get; } = new(StringComparer.Ordinal);

    /// <summary>Single-deletion neighbourhood of long vocabulary words, for edit-distance-1 lookups.</summary>
    internal Dictionary<string, List<string>> DeletionIndex { get; } = new(StringComparer.Ordinal);

    internal CompiledPattern PatternAt(int index) =>
        index < EntryPatterns.Count ? EntryPatterns[index] : CuePatterns[index - EntryPatterns.Count];

    /// <summary>Reads lexicon text; throws <see cref="LexiconParseException"/> listing every line-numbered error.</summary>
    public static Lexicon Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<LexiconError>();
        var definitions = new Dictionary<string, ChoiceNode>(StringComparer.Ordinal);
        var entries = new List<LexiconEntry>();
        var entryPatterns = new List<CompiledPattern>();
        var cues = new List<LexiconCue>();
        var cuePatterns = new List<CompiledPattern>();
        var notMisspellings = new HashSet<string>(StringComparer.Ordinal);

        var lines = text.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            int lineNumber = n + 1;
            var line = lines[n].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            try
            {
                if (line.StartsWith('@'))
                {
                    ParseDefinition(line, definitions, notMisspellings);
                    continue;
                }

                var fields = SplitTopLevel(line, '|').Select(f => f.Trim()).ToList();
                if (fields.Count < 3)
                {
                    throw new PatternException("expected 'Category | severity | pattern' or 'Cue:Kind | weight | pattern'.");
                }

                if (fields[0].StartsWith("Cue:", StringComparison.OrdinalIgnoreCase))
                {
                    var kindText = fields[0][4..].Trim();
                    if (!Enum.TryParse<CueKind>(kindText, ignoreCase: true, out var kind) || int.TryParse(kindText, out _))
                    {
                        throw new PatternException($"unknown cue kind '{kindText}'. Use one of: {string.Join(", ", Enum.GetNames<CueKind>())}.");
                    }

                    if (!int.TryParse(fields[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var weight) || weight < -5 || weight > 5)
                    {
                        throw new PatternException($"cue weight '{fields[1]}' must be a whole number from -5 to +5.");
                    }

                    if (fields.Count > 4)
                    {
                        throw new PatternException("too many '|' separated fields for a cue.");
                    }

                    var applies = fields.Count == 4 ? ParseCategories(fields[3]) : [];
                    var compiled = CompilePattern(fields[2], definitions);
                    cues.Add(new LexiconCue(kind, weight, fields[2], applies, lineNumber));
                    cuePatterns.Add(compiled);
                }
                else
                {
                    if (fields.Count > 3)
                    {
                        throw new PatternException("too many '|' separated fields; a phrase line is 'Category | severity | pattern'.");
                    }

                    var category = ParseCategory(fields[0]);
                    if (!int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var severity) || severity < 1 || severity > 5)
                    {
                        throw new PatternException($"severity '{fields[1]}' must be a whole number from 1 to 5.");
                    }

                    var compiled = CompilePattern(fields[2], definitions);
                    entries.Add(new LexiconEntry(category, severity, fields[2], lineNumber));
                    entryPatterns.Add(compiled);
                }
            }
            catch (PatternException ex)
            {
                errors.Add(new LexiconError(lineNumber, ex.Message));
            }
        }

        if (errors.Count > 0)
        {
            throw new LexiconParseException(errors);
        }

        if (entries.Count == 0)
        {
            throw new LexiconParseException([new LexiconError(Math.Max(1, lines.Length), "the lexicon has no phrase lines.")]);
        }

        return new Lexicon(entries, entryPatterns, cues, cuePatterns, notMisspellings);
    }

    private static void ParseDefinition(string line, Dictionary<string, ChoiceNode> definitions, HashSet<string> notMisspellings)
    {
        int eq = line.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0)
        {
            throw new PatternException("a list definition needs '=', e.g. '@adult = dad, mum, step dad'.");
        }

        var name = line[1..eq].Trim();
        if (name.Length == 0 || !name.All(c => char.IsLetterOrDigit(c) || c == '-' || c == '_'))
        {
            throw new PatternException($"'{name}' is not a valid list name (letters, digits, '-' and '_' only).");
        }

        var items = SplitTopLevel(line[(eq + 1)..], ',').Select(s => s.Trim()).ToList();
        if (items.Count == 0 || items.Any(s => s.Length == 0))
        {
            throw new PatternException($"list @{name} has an empty item; separate items with single commas.");
        }

        if (name == "not-misspellings")
        {
            foreach (var item in items)
            {
                foreach (var t in TextNormaliser.Tokenise(item))
                {
                    notMisspellings.Add(t.Keys[0]);
                }
            }

            return;
        }

        if (definitions.ContainsKey(name))
        {
            throw new PatternException($"list @{name} is defined twice.");
        }

        var options = items.Select(i => Parser.ParseSequence(i, definitions)).ToList();
        definitions[name] = new ChoiceNode(options, optional: false);
    }

    private static Category ParseCategory(string text)
    {
        if (Enum.TryParse<Category>(text, ignoreCase: true, out var category) && !int.TryParse(text, out _))
        {
            return category;
        }

        throw new PatternException($"unknown category '{text}'. Use one of: {string.Join(", ", Enum.GetNames<Category>())}, or 'Cue:Kind' for a cue.");
    }

    private static List<Category> ParseCategories(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseCategory).ToList();

    private static CompiledPattern CompilePattern(string source, Dictionary<string, ChoiceNode> definitions)
    {
        if (source.Length == 0)
        {
            throw new PatternException("the pattern is empty.");
        }

        var nodes = Parser.ParseSequence(source, definitions);
        if (nodes.Length == 0 || nodes.All(n => n.CanBeEmpty))
        {
            throw new PatternException($"pattern '{source}' must contain at least one required word.");
        }

        if (nodes[0] is GapNode || nodes[^1] is GapNode)
        {
            throw new PatternException($"pattern '{source}' cannot start or end with a '*' gap.");
        }

        return new CompiledPattern(source, nodes);
    }

    /// <summary>Splits on a separator that is not inside brackets.</summary>
    internal static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth--;
            }
            else if (c == separator && depth == 0)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    private static IEnumerable<string> Deletions(string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
        }
    }

    private static string LoadDefaultText()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A problem with one line; turned into a <see cref="LexiconError"/>.</summary>
    internal sealed class PatternException(string message) : Exception(message);

    /// <summary>Recursive-descent parser for the pattern syntax.</summary>
    private sealed class Parser
    {
        private readonly string _text;
        private readonly Dictionary<string, ChoiceNode> _definitions;
        private int _pos;

        private Parser(string text, Dictionary<string, ChoiceNode> definitions)
        {
            _text = text;
            _definitions = definitions;
        }

        public static PatternNode[] ParseSequence(string text, Dictionary<string, ChoiceNode> definitions)
        {
            var parser = new Parser(text, definitions);
            var nodes = parser.Sequence(closing: null);
            if (parser._pos < text.Length)
            {
                throw new PatternException($"unexpected '{text[parser._pos]}' at column {parser._pos + 1} of '{text}'.");
            }

            return nodes;
        }

        private PatternNode[] Sequence(char? closing)
        {
            var nodes = new List<PatternNode>();
            while (true)
            {
                SkipSpaces();
                if (_pos >= _text.Length)
                {
                    if (closing is not null)
                    {
                        throw new PatternException($"missing '{closing}' in '{_text}'.");
                    }

                    return [.. nodes];
                }

                char c = _text[_pos];
                if (c == '|' || c == ')' || c == ']')
                {
                    if (closing is null)
                    {
                        throw new PatternException($"unexpected '{c}' at column {_pos + 1} of '{_text}' (alternatives must be inside ( ) or [ ]).");
                    }

                    return [.. nodes];
                }

                if (c is '(' or '[')
                {
                    _pos++;
                    char close = c == '(' ? ')' : ']';
                    var options = new List<PatternNode[]>();
                    while (true)
                    {
                        var option = Sequence(close);
                        if (option.Length == 0)
                        {
                            throw new PatternException($"empty alternative in '{_text}'.");
                        }

                        options.Add(option);
                        if (_text[_pos] == '|')
                        {
                            _pos++;
                            continue;
                        }

                        if (_text[_pos] != close)
                        {
                            throw new PatternException($"'{_text[_pos]}' at column {_pos + 1} does not close '{c}' in '{_text}'.");
                        }

                        _pos++;
                        break;
                    }

                    nodes.Add(new ChoiceNode(options, optional: c == '['));
                    continue;
                }

                if (c == '*')
                {
                    _pos++;
                    int start = _pos;
                    while (_pos < _text.Length && char.IsDigit(_text[_pos]))
                    {
                        _pos++;
                    }

                    int max = 3;
                    if (_pos > start && (!int.TryParse(_text[start.._pos], CultureInfo.InvariantCulture, out max) || max < 1 || max > 8))
                    {
                        throw new PatternException($"gap '*{_text[start.._pos]}' must allow 1 to 8 words.");
                    }

                    if (nodes.Count > 0 && nodes[^1] is GapNode)
                    {
                        throw new PatternException($"two gaps in a row in '{_text}'.");
                    }

                    nodes.Add(new GapNode(max));
                    continue;
                }

                if (c == '#')
                {
                    _pos++;
                    nodes.Add(new NumberNode());
                    continue;
                }

                if (c == '@')
                {
                    _pos++;
                    int start = _pos;
                    while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '-' or '_'))
                    {
                        _pos++;
                    }

                    var name = _text[start.._pos];
                    if (!_definitions.TryGetValue(name, out var list))
                    {
                        throw new PatternException($"unknown list '@{name}'; define it above with '@{name} = ...'.");
                    }

                    nodes.Add(list);
                    continue;
                }

                if (c == '~')
                {
                    throw new PatternException($"'~' must follow a word, at column {_pos + 1} of '{_text}'.");
                }

                if (char.IsLetterOrDigit(c) || c is '\'' or '-')
                {
                    int start = _pos;
                    while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '\'' or '-'))
                    {
                        _pos++;
                    }

                    var word = _text[start.._pos];
                    bool inflect = _pos < _text.Length && _text[_pos] == '~';
                    if (inflect)
                    {
                        _pos++;
                    }

                    var words = TextNormaliser.Tokenise(word).Select(t => t.Text).ToList();
                    if (words.Count == 0)
                    {
                        throw new PatternException($"'{word}' is not a word.");
                    }

                    for (int i = 0; i < words.Count; i++)
                    {
                        bool last = i == words.Count - 1;
                        var keys = last && inflect ? Inflections(words[i]) : [TextNormaliser.Squeeze(words[i])];
                        nodes.Add(new WordNode(new HashSet<string>(keys, StringComparer.Ordinal), words[i] + (last && inflect ? "~" : "")));
                    }

                    continue;
                }

                throw new PatternException($"unexpected '{c}' at column {_pos + 1} of '{_text}'.");
            }
        }

        private void SkipSpaces()
        {
            while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
            {
                _pos++;
            }
        }
    }

    /// <summary>Squeezed keys for a word and its regular inflections: hit → hits, hitting, hitter...; rape → raped, raping.</summary>
    internal static List<string> Inflections(string stem)
    {
        var forms = new List<string> { stem, stem + "s", stem + "es", stem + "ed", stem + "ing", stem + "er", stem + "ers", stem + "en" };
        if (stem.EndsWith('e'))
        {
            var cut = stem[..^1];
            forms.AddRange([stem + "d", stem + "r", stem + "rs", cut + "ing"]);
            if (stem.EndsWith("ie", StringComparison.Ordinal))
            {
                forms.Add(stem[..^2] + "ying");
            }
        }

        if (stem.Length > 2 && stem.EndsWith('y') && !"aeiou".Contains(stem[^2], StringComparison.Ordinal))
        {
            var cut = stem[..^1];
            forms.AddRange([cut + "ies", cut + "ied"]);
        }

        return forms.Select(TextNormaliser.Squeeze).Distinct().ToList();
    }
}
