using System.Globalization;
using System.Text;

namespace Together.Screening;

/// <summary>
/// Turns free text into a sequence of normalised words. The same normaliser is used for the text being
/// screened and for the words of lexicon phrases, so both sides always agree.
/// </summary>
/// <remarks>
/// Steps: lower case; accents removed; letter-for-number/symbol swaps inside words ("h1t5" → "hits");
/// runs of three or more identical letters collapsed ("hiiiits" → "hits", "killlll" → "kill");
/// punctuation becomes a word break; common misspellings and text-speak expanded ("im" → "i am",
/// "u" → "you", "dont" → "do not"). For matching, every word also gets a <em>squeezed key</em> in which
/// every run of a repeated letter counts once ("kill" → "kil", "hitting" → "hiting"), so doubled-letter
/// misspellings ("kil", "hitt") meet the correct spelling.
/// </remarks>
public static class TextNormaliser
{
    private static readonly Dictionary<string, string> Replacements = BuildReplacements();

    private static readonly Dictionary<(string, string), string> Merges = new()
    {
        [("my", "self")] = "myself",
        [("him", "self")] = "himself",
        [("her", "self")] = "herself",
        [("some", "one")] = "someone",
        [("any", "one")] = "anyone",
        [("every", "one")] = "everyone",
        [("no", "body")] = "nobody",
        [("some", "body")] = "somebody",
    };

    /// <summary>Returns the normalised words of <paramref name="text"/> joined by single spaces.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', Tokenise(text).Select(t => t.Text));
    }

    /// <summary>The squeezed matching key of one already-normalised word: each run of a letter counts once.</summary>
    public static string Squeeze(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 2)
        {
            return word;
        }

        var sb = new StringBuilder(word.Length);
        char previous = '\0';
        foreach (var c in word)
        {
            if (c != previous || char.IsDigit(c))
            {
                sb.Append(c);
            }

            previous = c;
        }

        return sb.ToString();
    }

    /// <summary>Splits and normalises text into tokens with their original spans.</summary>
    internal static List<Token> Tokenise(string text)
    {
        var raw = SplitWords(text);
        var tokens = new List<Token>(raw.Count + 4);
        foreach (var w in raw)
        {
            foreach (var (word, isNumber) in NormaliseWord(w.Text))
            {
                tokens.Add(new Token(word, KeysFor(word), w.Start, w.Length, w.Sentence, w.Clause, isNumber));
            }
        }

        // Join split words such as "my self" → "myself".
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Clause == tokens[i + 1].Clause
                && Merges.TryGetValue((tokens[i].Text, tokens[i + 1].Text), out var merged))
            {
                var a = tokens[i];
                var b = tokens[i + 1];
                tokens[i] = new Token(merged, KeysFor(merged), a.Start, b.Start + b.Length - a.Start, a.Sentence, a.Clause, false);
                tokens.RemoveAt(i + 1);
            }
        }

        return tokens;
    }

    /// <summary>The matching keys for one normalised word: its squeezed form, then alternates.</summary>
    internal static string[] KeysFor(string word)
    {
        var key = Squeeze(word);

        // Dropped final g: "hurtin" → "hurting", "cuttin" → "cutting".
        if (key.Length >= 5 && key.EndsWith("in", StringComparison.Ordinal))
        {
            return [key, key + "g"];
        }

        return [key];
    }

    /// <summary>Normalises one raw word into zero or more normalised words.</summary>
    internal static IEnumerable<(string Word, bool IsNumber)> NormaliseWord(string raw)
    {
        var lower = StripAccents(raw.ToLowerInvariant());
        bool hasLetter = lower.Any(char.IsLetter);
        bool hasDigit = lower.Any(char.IsDigit);
        if (!hasLetter && !hasDigit)
        {
            yield break;
        }

        if (Replacements.TryGetValue(lower, out var direct))
        {
            foreach (var part in direct.Split(' '))
            {
                yield return (part, false);
            }

            yield break;
        }

        if (!hasLetter)
        {
            yield return (lower, true);
            yield break;
        }

        var word = CollapseRuns(Unleet(lower));
        if (Replacements.TryGetValue(word, out var replaced) || Replacements.TryGetValue(Squeeze(word), out replaced))
        {
            foreach (var part in replaced.Split(' '))
            {
                yield return (part, false);
            }

            yield break;
        }

        yield return (word, false);
    }

    /// <summary>Replaces look-alike digits and symbols with letters, only in words that contain a letter.</summary>
    internal static string Unleet(string word)
    {
        if (!word.Any(char.IsLetter))
        {
            return word;
        }

        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            sb.Append(c switch
            {
                '0' => 'o',
                '1' => 'i',
                '3' => 'e',
                '4' => 'a',
                '5' => 's',
                '7' => 't',
                '@' => 'a',
                '$' => 's',
                '!' => 'i',
                _ => c,
            });
        }

        return sb.ToString();
    }

    /// <summary>
    /// Collapses runs of three or more identical characters: vowels to one ("hiiiits" → "hits",
    /// "pleeease" → "please"), consonants to two ("killlll" → "kill"). Runs of two are kept, so
    /// "kill", "hitting" and "good" survive unchanged.
    /// </summary>
    internal static string CollapseRuns(string word)
    {
        var sb = new StringBuilder(word.Length);
        int i = 0;
        while (i < word.Length)
        {
            int j = i;
            while (j < word.Length && word[j] == word[i])
            {
                j++;
            }

            int run = j - i;
            int keep = run < 3 || char.IsDigit(word[i]) ? run : IsVowel(word[i]) ? 1 : 2;
            sb.Append(word[i], keep);
            i = j;
        }

        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string StripAccents(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private readonly record struct RawWord(string Text, int Start, int Length, int Sentence, int Clause);

    private static List<RawWord> SplitWords(string text)
    {
        var words = new List<RawWord>();
        int sentence = 0;
        int clause = 0;
        bool pendingSentence = false;
        bool pendingClause = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsWordChar(text, i))
            {
                int start = i;
                var sb = new StringBuilder();
                while (i < text.Length && (IsWordChar(text, i) || IsInnerApostrophe(text, i)))
                {
                    if (!IsApostrophe(text[i]))
                    {
                        sb.Append(text[i]);
                    }

                    i++;
                }

                if (pendingSentence && words.Count > 0)
                {
                    sentence++;
                    clause++;
                }
                else if (pendingClause && words.Count > 0)
                {
                    clause++;
                }

                pendingSentence = false;
                pendingClause = false;
                var word = sb.ToString();
                if (word.Equals("but", StringComparison.OrdinalIgnoreCase) && words.Count > 0)
                {
                    clause++;
                }

                words.Add(new RawWord(word, start, i - start, sentence, clause));
                continue;
            }

            if (c is '.' or '!' or '?' or ';' or '\n' or '\r')
            {
                pendingSentence = true;
            }
            else if (c is ',' or ':' or '(' or ')' or '"' or '\u2014' or '\u2013' || (c == '-' && i > 0 && text[i - 1] == ' '))
            {
                pendingClause = true;
            }

            i++;
        }

        return words;
    }

    private static bool IsWordChar(string text, int i)
    {
        char c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        // "@" and "$" stand for letters only when attached to a word ("r@ped", "$ex").
        if (c is '@' or '$' or '!')
        {
            bool before = i > 0 && char.IsLetterOrDigit(text[i - 1]);
            bool after = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            return c == '!' ? before && after : before || after;
        }

        return false;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018';

    private static bool IsInnerApostrophe(string text, int i) =>
        IsApostrophe(text[i]) && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    private static Dictionary<string, string> BuildReplacements()
    {
        // Common misspellings, contractions without apostrophes and text-speak. Keys are lower case
        // words as typed (after look-alike swaps and run collapsing); values are one or more words.
        var pairs = new (string From, string To)[]
        {
            ("u", "you"), ("ya", "you"), ("ur", "your"), ("r", "are"), ("n", "and"), ("nd", "and"),
            ("2", "to"), ("4", "for"), ("b4", "before"),
            ("im", "i am"), ("ive", "i have"), ("id", "i would"), ("iam", "i am"),
            ("dont", "do not"), ("didnt", "did not"), ("doesnt", "does not"), ("dosnt", "does not"),
            ("cant", "can not"), ("cannot", "can not"), ("carnt", "can not"), ("wont", "will not"),
            ("isnt", "is not"), ("wasnt", "was not"), ("werent", "were not"), ("arent", "are not"),
            ("havent", "have not"), ("hasnt", "has not"), ("hadnt", "had not"), ("aint", "is not"),
            ("wouldnt", "would not"), ("couldnt", "could not"), ("shouldnt", "should not"), ("mustnt", "must not"),
            ("theyre", "they are"), ("theyll", "they will"), ("theyd", "they would"), ("theyve", "they have"),
            ("theres", "there is"), ("thats", "that is"), ("whats", "what is"),
            ("hes", "he is"), ("shes", "she is"), ("youre", "you are"), ("youll", "you will"),
            ("wanna", "want to"), ("wana", "want to"), ("gonna", "going to"), ("gona", "going to"), ("gotta", "got to"),
            ("dunno", "do not know"), ("idk", "i do not know"),
            ("bcoz", "because"), ("bcos", "because"), ("bc", "because"), ("becoz", "because"), ("becuz", "because"),
            ("cuz", "because"), ("coz", "because"), ("cos", "because"), ("cause", "because"),
            ("ppl", "people"), ("pple", "people"), ("peeps", "people"),
            ("wen", "when"), ("wat", "what"), ("wot", "what"), ("wiv", "with"), ("wit", "with"), ("ova", "over"),
            ("pls", "please"), ("plz", "please"), ("plez", "please"),
            ("sum1", "someone"), ("some1", "someone"), ("sumone", "someone"), ("sumbody", "somebody"),
            ("no1", "no one"), ("noone", "no one"), ("nobdy", "nobody"),
            ("evry1", "everyone"), ("every1", "everyone"), ("evryone", "everyone"), ("evry", "every"), ("evrything", "everything"),
            ("any1", "anyone"), ("ne1", "anyone"),
            ("skool", "school"), ("skl", "school"), ("luv", "love"), ("h8", "hate"), ("h8s", "hates"), ("gr8", "great"),
            ("nite", "night"), ("tonite", "tonight"), ("2nite", "tonight"), ("2day", "today"), ("2moro", "tomorrow"), ("2morrow", "tomorrow"),
            ("kms", "kill myself"), ("kys", "kill yourself"),
            ("myslf", "myself"), ("meself", "myself"), ("mysef", "myself"),
            ("pic", "picture"), ("pics", "pictures"), ("pix", "pictures"), ("piks", "pictures"), ("picz", "pictures"),
            ("photo", "picture"), ("photos", "pictures"), ("foto", "picture"), ("fotos", "pictures"), ("selfies", "pictures"),
            ("nudez", "nudes"), ("noodz", "nudes"), ("nudez", "nudes"),
            ("bf", "boyfriend"), ("gf", "girlfriend"),
            ("stepdad", "step dad"), ("stepdads", "step dads"), ("stepmum", "step mum"), ("stepmom", "step mum"),
            ("stepfather", "step father"), ("stepmother", "step mother"), ("stepbrother", "step brother"), ("stepsister", "step sister"),
            ("mom", "mum"), ("mam", "mum"), ("moms", "mums"), ("mams", "mums"), ("mummy", "mum"), ("mommy", "mum"), ("mammy", "mum"),
            ("daddy", "dad"), ("da", "dad"),
            ("touchd", "touched"), ("tuched", "touched"), ("toched", "touched"), ("tuches", "touches"),
            ("hurtd", "hurt"), ("hitt", "hit"), ("kil", "kill"), ("kiled", "killed"), ("di", "die"),
            ("bulied", "bullied"), ("bullyed", "bullied"), ("bullyd", "bullied"), ("bulyed", "bullied"),
            ("agen", "again"), ("agin", "again"), ("alwys", "always"), ("nuthin", "nothing"), ("nothin", "nothing"),
            ("sumthin", "something"), ("smth", "something"), ("tbh", "to be honest"),
            ("lyk", "like"), ("bin", "been"), ("bein", "being"), ("gettin", "getting"),
            ("wnt", "want"), ("wnat", "want"), ("wan", "want"), ("scard", "scared"), ("skared", "scared"),
            ("hme", "home"), ("hom", "home"), ("frend", "friend"), ("frends", "friends"), ("freind", "friend"), ("freinds", "friends"),
        };

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (from, to) in pairs)
        {
            map[from] = to;
        }

        return map;
    }
}
