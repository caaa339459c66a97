using Together.Screening;

namespace Together.Web.Features.Safeguarding;

public sealed record LexiconTestCase(string Text, bool MustFlag);

/// <summary>
/// Guards edits to the screening lexicon: a new lexicon is accepted only if it parses and still gets every
/// saved test sentence right, so an edit can never quietly stop the screen catching a known disclosure.
/// </summary>
public static class LexiconCheck
{
    public sealed record Outcome(Lexicon? Lexicon, IReadOnlyList<string> Failures)
    {
        public bool Passed => Lexicon is not null && Failures.Count == 0;
    }

    public static Outcome Check(string source, IEnumerable<LexiconTestCase> sentences)
    {
        Lexicon lexicon;
        try
        {
            lexicon = Lexicon.Parse(source);
        }
        catch (LexiconParseException e)
        {
            return new Outcome(null, e.Errors.Select(x => $"Line {x.LineNumber}: {x.Message}").ToList());
        }

        var screener = new Screener(lexicon);
        var failures = new List<string>();
        foreach (var sentence in sentences)
        {
            var result = screener.Screen(sentence.Text);
            if (sentence.MustFlag && !result.Flagged)
            {
                failures.Add($"No longer flags a sentence it must flag: \"{sentence.Text}\"");
            }
            else if (!sentence.MustFlag && result.Flagged)
            {
                failures.Add($"Now flags a sentence it must not flag: \"{sentence.Text}\" ({result.Reason})");
            }
        }

        return new Outcome(lexicon, failures);
    }
}
