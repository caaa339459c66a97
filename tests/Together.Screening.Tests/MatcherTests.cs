using Together.Screening;
using Xunit;

namespace Together.Screening.Tests;

public class MatcherTests
{
    private static Screener With(string lexicon) => new(Lexicon.Parse(lexicon));

    [Theory]
    [InlineData("i have great skills")]
    [InlineData("he is so skilled")]
    [InlineData("killer whales are amazing")]
    public void Words_match_whole_words_only(string text)
    {
        var screener = With("SelfHarmAndSuicide | 4 | kill");
        Assert.Empty(screener.Screen(text).MatchedPhrases);
    }

    [Fact]
    public void Therapist_does_not_match_rapist()
    {
        Assert.Empty(Screener.Default.Screen("the therapist was really helpful").MatchedPhrases);
        Assert.True(Screener.Default.Screen("he is a rapist").MatchedPhrases.Count > 0);
    }

    [Theory]
    [InlineData("hits me", true)]
    [InlineData("he hits me", true)]
    [InlineData("he hit me", true)]
    [InlineData("he keeps hitting me", true)]
    [InlineData("my dad hits my mum", false)]
    [InlineData("hit the ball", false)]
    public void Inflections_match_with_a_tilde(string text, bool expected)
    {
        var screener = With("AbuseAndHarm | 3 | hit~ me");
        Assert.Equal(expected, screener.Screen(text).MatchedPhrases.Count > 0);
    }

    [Fact]
    public void Inflections_cover_e_endings_and_ie_endings()
    {
        var keys = Lexicon.Inflections("rape");
        Assert.Contains(TextNormaliser.Squeeze("raped"), keys);
        Assert.Contains(TextNormaliser.Squeeze("raping"), keys);
        Assert.Contains(TextNormaliser.Squeeze("dying"), Lexicon.Inflections("die"));
        Assert.Contains(TextNormaliser.Squeeze("cries"), Lexicon.Inflections("cry"));
    }

    [Theory]
    [InlineData("he hits me", true)]
    [InlineData("he hits me and my sister", true)]
    [InlineData("he hits my little sister", true)]
    [InlineData("he hits my very little sister", false)]
    public void Optional_words_and_alternatives(string text, bool expected)
    {
        var screener = With("AbuseAndHarm | 3 | hit~ (me|my [little] (brother|sister))");
        Assert.Equal(expected, screener.Screen(text).MatchedPhrases.Count > 0);
    }

    [Theory]
    [InlineData("my dad hits me", true)]
    [InlineData("my dad always hits me", true)]
    [InlineData("my dad gets really angry and hits me", true)]
    [InlineData("my dad said that when he is angry he always hits me", false)]
    public void Gaps_allow_up_to_n_words(string text, bool expected)
    {
        var screener = With("AbuseAndHarm | 3 | dad *4 hit~ me");
        Assert.Equal(expected, screener.Screen(text).MatchedPhrases.Count > 0);
    }

    [Fact]
    public void Default_gap_is_three_words()
    {
        var screener = With("AbuseAndHarm | 3 | dad * hit~ me");
        Assert.NotEmpty(screener.Screen("dad one two three hits me").MatchedPhrases);
        Assert.Empty(screener.Screen("dad one two three four hits me").MatchedPhrases);
    }

    [Fact]
    public void Matches_do_not_cross_sentences()
    {
        var screener = With("AbuseAndHarm | 3 | dad * hit~ me");
        Assert.Empty(screener.Screen("I love my dad. Hit me up later").MatchedPhrases);
    }

    [Fact]
    public void Named_lists_expand_to_alternatives()
    {
        var screener = With("@adult = dad, step dad, mums boyfriend\nAbuseAndHarm | 3 | @adult hit~ me");
        Assert.NotEmpty(screener.Screen("my step-dad hits me").MatchedPhrases);
        Assert.NotEmpty(screener.Screen("my mum's boyfriend hit me").MatchedPhrases);
        Assert.Empty(screener.Screen("my teacher hit me").MatchedPhrases);
    }

    [Fact]
    public void Numbers_match_hash()
    {
        var screener = With("ExploitationAndGrooming | 3 | boyfriend is #");
        Assert.NotEmpty(screener.Screen("my online boyfriend is 25").MatchedPhrases);
        Assert.Empty(screener.Screen("my online boyfriend is nice").MatchedPhrases);
    }

    [Theory]
    [InlineData("he tuches me")]
    [InlineData("he touhces me")]
    [InlineData("he touchs me")]
    public void Long_words_match_one_edit_away(string text)
    {
        var screener = With("SexualHarm | 4 | touches me");
        Assert.NotEmpty(screener.Screen(text).MatchedPhrases);
    }

    [Fact]
    public void Short_words_do_not_match_one_edit_away()
    {
        var screener = With("AbuseAndHarm | 3 | hit~ me");
        Assert.Empty(screener.Screen("he bit me").MatchedPhrases);
        Assert.Empty(screener.Screen("he sat me down").MatchedPhrases);
    }

    [Fact]
    public void Listed_real_words_are_never_read_as_misspellings()
    {
        var screener = With("@not-misspellings = hating\nBullying | 2 | hitting me");
        Assert.Empty(screener.Screen("they keep hating me").MatchedPhrases);
        Assert.NotEmpty(screener.Screen("they keep hittting me").MatchedPhrases);
    }

    [Fact]
    public void Misspellings_can_be_switched_off()
    {
        var screener = new Screener(Lexicon.Parse("SexualHarm | 4 | touches me"), new ScreeningOptions { MatchMisspellings = false });
        Assert.Empty(screener.Screen("he touchse me").MatchedPhrases);
        Assert.NotEmpty(Screener.Default.Screen("he touchse me").MatchedPhrases);
    }

    [Theory]
    [InlineData("my d4d h1t5 m3")]
    [InlineData("MY DAD HITS ME")]
    [InlineData("my dad hiiiiits me!!!")]
    [InlineData("mydad... hits me")]
    public void Leetspeak_capitals_and_repeated_letters_still_match(string text)
    {
        var screener = With("AbuseAndHarm | 3 | hit~ me");
        Assert.NotEmpty(screener.Screen(text).MatchedPhrases);
    }

    [Theory]
    [InlineData("i wanna kil myself")]
    [InlineData("i want 2 kill my self")]
    [InlineData("i want to k1ll myself")]
    [InlineData("im gonna kill myself")]
    [InlineData("kms")]
    public void Default_lexicon_catches_text_speak_forms_of_severe_phrases(string text)
    {
        var result = Screener.Default.Screen(text);
        Assert.True(result.Flagged, result.Reason);
        Assert.Equal(5, result.Severity);
        Assert.Contains(Category.SelfHarmAndSuicide, result.Categories);
    }

    [Fact]
    public void Matched_phrases_report_the_original_span()
    {
        const string text = "Honestly... my D4D h1ts me.";
        var result = Screener.Default.Screen(text);
        var match = Assert.Single(result.MatchedPhrases, m => m.Category == Category.AbuseAndHarm);
        Assert.Equal("h1ts me", match.Text);
        Assert.Equal(text.IndexOf("h1ts", StringComparison.Ordinal), match.Start);
        Assert.Equal("h1ts me", text.Substring(match.Start, match.Length));
    }

    [Fact]
    public void One_edit_apart_covers_insert_delete_substitute_and_swap()
    {
        Assert.True(Screener.IsOneEditApart("touches", "touchs"));
        Assert.True(Screener.IsOneEditApart("touchs", "touches"));
        Assert.True(Screener.IsOneEditApart("touches", "tauches"));
        Assert.True(Screener.IsOneEditApart("touches", "touhces"));
        Assert.False(Screener.IsOneEditApart("touches", "touches"));
        Assert.False(Screener.IsOneEditApart("touches", "tuchs"));
    }
}
