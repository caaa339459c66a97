using Together.Screening;
using Xunit;
using Xunit.Abstractions;

namespace Together.Screening.Tests;

public class ScreenerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? ...")]
    public void Empty_text_is_clear(string text)
    {
        var result = Screener.Default.Screen(text);
        Assert.False(result.Flagged);
        Assert.Equal(0, result.Severity);
        Assert.Empty(result.Categories);
        Assert.Empty(result.MatchedPhrases);
    }

    [Theory]
    [InlineData("i dont want to go home", Category.AbuseAndHarm)]
    [InlineData("he said its our secret", Category.SexualHarm)]
    [InlineData("someone online keeps asking for pics", Category.ExploitationAndGrooming)]
    [InlineData("mum hasnt been home for days and theres no food", Category.Neglect)]
    [InlineData("i want to end it", Category.SelfHarmAndSuicide)]
    [InlineData("i cut myself", Category.SelfHarmAndSuicide)]
    [InlineData("my dad hits my mum", Category.DomesticAbuse)]
    [InlineData("i get bullied every day", Category.Bullying)]
    [InlineData("someone said they are going to stab me", Category.CrimeAndWeapons)]
    public void Flags_indirect_and_direct_disclosures(string text, Category category)
    {
        var result = Screener.Default.Screen(text);
        Assert.True(result.Flagged, result.Reason);
        Assert.Contains(category, result.Categories);
        Assert.StartsWith("Possible disclosure", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_reflects_the_most_serious_match_and_categories_are_most_severe_first()
    {
        var result = Screener.Default.Screen("they call me names at school and i want to kill myself");
        Assert.Equal(5, result.Severity);
        Assert.Equal(Category.SelfHarmAndSuicide, result.Categories[0]);
        Assert.Contains(Category.Bullying, result.Categories);
    }

    [Fact]
    public void Threshold_is_configurable()
    {
        var strict = new Screener(Lexicon.Default, new ScreeningOptions { FlagThreshold = 5 });
        Assert.False(strict.Screen("i get bullied").Flagged);
        Assert.True(strict.Screen("i want to kill myself").Flagged);
    }

    [Fact]
    public void Screening_is_deterministic()
    {
        const string text = "my step dad hits me and says dont tell anyone, i want to die";
        var a = Screener.Default.Screen(text);
        var b = new Screener(Lexicon.Parse(Lexicon.DefaultSource)).Screen(text);
        Assert.Equal(a.Flagged, b.Flagged);
        Assert.Equal(a.Severity, b.Severity);
        Assert.Equal(a.Categories, b.Categories);
        Assert.Equal(a.MatchedPhrases.Select(m => (m.Start, m.Length, m.Category, m.Severity)), b.MatchedPhrases.Select(m => (m.Start, m.Length, m.Category, m.Severity)));
        Assert.Equal(a.Reason, b.Reason);
    }
}
