using Together.Screening;
using Xunit;

namespace Together.Screening.Tests;

public class NormaliserTests
{
    [Theory]
    [InlineData("Dad HITS me", "dad hits me")]
    [InlineData("Mé, mÿ dåd", "me my dad")]
    [InlineData("he hiiiits me", "he hits me")]
    [InlineData("pleeeeease", "please")]
    [InlineData("killlll", "kill")]
    [InlineData("kill hitting good", "kill hitting good")]
    [InlineData("h1t5 m3", "hits me")]
    [InlineData("r@ped", "raped")]
    [InlineData("$cared", "scared")]
    [InlineData("k1ll", "kill")]
    [InlineData("it's 5-0 to us", "its 5 0 to us")]
    [InlineData("hello, world! how are you?", "hello world how are you")]
    public void Normalise_lowercases_strips_accents_collapses_runs_and_swaps_lookalikes(string input, string expected) =>
        Assert.Equal(expected, TextNormaliser.Normalise(input));

    [Theory]
    [InlineData("u r so mean 2 me", "you are so mean to me")]
    [InlineData("im scared", "i am scared")]
    [InlineData("I'm scared", "i am scared")]
    [InlineData("i dont want to", "i do not want to")]
    [InlineData("i don't want to", "i do not want to")]
    [InlineData("i wanna go", "i want to go")]
    [InlineData("bcoz ppl r mean", "because people are mean")]
    [InlineData("sum1 online", "someone online")]
    [InlineData("no1 cares", "no one cares")]
    [InlineData("he touchd me", "he touched me")]
    [InlineData("kms", "kill myself")]
    [InlineData("my self", "myself")]
    [InlineData("my step-dad", "my step dad")]
    [InlineData("my stepdad", "my step dad")]
    public void Normalise_expands_text_speak_and_common_misspellings(string input, string expected) =>
        Assert.Equal(expected, TextNormaliser.Normalise(input));

    [Fact]
    public void Plain_numbers_are_not_turned_into_letters() =>
        Assert.Equal("my online boyfriend is 25", TextNormaliser.Normalise("my online boyfriend is 25"));

    [Theory]
    [InlineData("kill", "kil")]
    [InlineData("hitting", "hiting")]
    [InlineData("hiits", "hits")]
    [InlineData("a", "a")]
    public void Squeeze_counts_each_run_of_a_letter_once(string word, string expected) =>
        Assert.Equal(expected, TextNormaliser.Squeeze(word));

    [Fact]
    public void Tokens_keep_their_original_spans()
    {
        const string text = "Dad  h1ts, me!";
        var tokens = TextNormaliser.Tokenise(text);
        Assert.Equal(["dad", "hits", "me"], tokens.Select(t => t.Text));
        Assert.Equal("h1ts", text.Substring(tokens[1].Start, tokens[1].Length));
        Assert.Equal("me", text.Substring(tokens[2].Start, tokens[2].Length));
    }

    [Fact]
    public void Expanded_words_share_the_span_of_the_word_they_came_from()
    {
        var tokens = TextNormaliser.Tokenise("im ok");
        Assert.Equal(["i", "am", "ok"], tokens.Select(t => t.Text));
        Assert.Equal(tokens[0].Start, tokens[1].Start);
        Assert.Equal(2, tokens[1].Length);
    }

    [Fact]
    public void Sentences_and_clauses_are_numbered()
    {
        var tokens = TextNormaliser.Tokenise("one two, three. four but five");
        Assert.Equal([0, 0, 0, 1, 1, 1], tokens.Select(t => t.Sentence));
        Assert.Equal(tokens[0].Clause, tokens[1].Clause);
        Assert.NotEqual(tokens[1].Clause, tokens[2].Clause);
        Assert.NotEqual(tokens[3].Clause, tokens[4].Clause);
        Assert.Equal(tokens[4].Clause, tokens[5].Clause);
    }

    [Fact]
    public void Dropped_final_g_gets_an_alternate_key()
    {
        var token = Assert.Single(TextNormaliser.Tokenise("hurtin"));
        Assert.Contains("hurting", token.Keys);
    }

    [Fact]
    public void Lexicon_words_and_text_go_through_the_same_normaliser()
    {
        var lexicon = Lexicon.Parse("AbuseAndHarm | 3 | dont want to go home");
        var screener = new Screener(lexicon);
        Assert.True(screener.Screen("i do not want to go home").Flagged);
        Assert.True(screener.Screen("I DON'T WANNA GO HOME").Flagged);
    }
}
