using Together.Screening;
using Together.Web.Features.Safeguarding;

namespace Together.Tests.Safeguarding;

public sealed class LexiconCheckTests
{
    [Fact]
    public void The_built_in_lexicon_passes_the_starter_sentences()
    {
        var outcome = LexiconCheck.Check(Lexicon.DefaultSource, LexiconTestSentenceSeeder.Starters);
        Assert.True(outcome.Passed, string.Join("\n", outcome.Failures));
    }

    [Fact]
    public void A_lexicon_that_does_not_parse_is_refused_with_its_line_numbers()
    {
        var outcome = LexiconCheck.Check(Lexicon.DefaultSource + "\nthis line is not a lexicon entry\n", []);
        Assert.False(outcome.Passed);
        Assert.Null(outcome.Lexicon);
        Assert.Contains(outcome.Failures, f => f.StartsWith("Line ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lexicon_that_stops_flagging_a_must_flag_sentence_is_refused()
    {
        // A valid lexicon that knows one unrelated phrase.
        var outcome = LexiconCheck.Check("Bullying | 3 | zorblax\n", [new LexiconTestCase("my dad hits me", true), new LexiconTestCase("the park is nice", false)]);
        Assert.False(outcome.Passed);
        Assert.Equal(["No longer flags a sentence it must flag: \"my dad hits me\""], outcome.Failures);
    }

    [Fact]
    public void A_lexicon_that_starts_flagging_a_must_not_flag_sentence_is_refused()
    {
        var outcome = LexiconCheck.Check(Lexicon.DefaultSource, [new LexiconTestCase("I want to kill myself", false)]);
        Assert.False(outcome.Passed);
        Assert.Single(outcome.Failures);
        Assert.StartsWith("Now flags a sentence it must not flag", outcome.Failures[0], StringComparison.Ordinal);
    }
}
