using Together.Screening;
using Xunit;

namespace Together.Screening.Tests;

public class CueTests
{
    private static ScreeningResult Screen(string text) => Screener.Default.Screen(text);

    [Fact]
    public void First_person_raises_the_score()
    {
        var screener = new Screener(Lexicon.Parse("AbuseAndHarm | 3 | hit~ (me|her)\nCue:FirstPerson | 1 | (i|me|my)"));
        var own = screener.Screen("he hits me");
        var other = screener.Screen("he hits her");
        Assert.Equal(4, own.Severity);
        Assert.Equal(3, other.Severity);
        Assert.Contains(own.MatchedPhrases[0].Adjustments, a => a.StartsWith("first person +1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("my dad does not hit me")]
    [InlineData("my dad doesn't hit me, he is lovely")]
    [InlineData("my parents never hit me")]
    [InlineData("no one at home hits me")]
    [InlineData("nobody hurts me at home")]
    [InlineData("i would never hurt myself")]
    public void Negation_before_a_phrase_lowers_it_below_the_threshold(string text)
    {
        var result = Screen(text);
        Assert.False(result.Flagged, result.Reason);
        Assert.Contains(result.MatchedPhrases.SelectMany(m => m.Adjustments), a => a.StartsWith("negation", StringComparison.Ordinal));
    }

    [Fact]
    public void Negation_inside_a_gap_lowers_the_phrase()
    {
        var screener = new Screener(Lexicon.Parse("AbuseAndHarm | 3 | dad * hit~ me\nCue:Negation | -3 | not"));
        Assert.Equal(3, screener.Screen("my dad hits me").Severity);
        Assert.Equal(0, screener.Screen("my dad does not hit me").Severity);
    }

    [Fact]
    public void Negation_in_another_clause_does_not_lower()
    {
        var result = Screen("i did not want to say it, but my dad hits me");
        Assert.True(result.Flagged, result.Reason);
    }

    [Theory]
    [InlineData("no one cares about me")]
    [InlineData("nobody would notice if i disappeared")]
    [InlineData("i dont want to go home")]
    [InlineData("i dont want to be alive anymore")]
    [InlineData("mum hasnt been home for days and theres no food")]
    public void Negation_that_is_part_of_the_phrase_is_a_concern_not_a_denial(string text)
    {
        var result = Screen(text);
        Assert.True(result.Flagged, result.Reason);
    }

    [Theory]
    [InlineData("this survey is killing me")]
    [InlineData("my legs are killing me after cross country")]
    [InlineData("she was killing it at the talent show")]
    [InlineData("id die for a pizza")]
    [InlineData("we were dying of laughter")]
    [InlineData("can you kill the lights")]
    [InlineData("my brother hits the ball hard")]
    [InlineData("my dad beat me at chess again")]
    [InlineData("hit me up if you want to join")]
    [InlineData("my mum would kill me if i got a tattoo")]
    [InlineData("the youth club was abusive of my time")]
    [InlineData("i want to die my hair pink")]
    public void Figurative_and_look_alike_uses_are_not_flagged(string text)
    {
        var result = Screen(text);
        Assert.False(result.Flagged, result.Reason);
    }

    [Fact]
    public void A_figurative_cue_reports_why_it_lowered_a_match()
    {
        var result = Screen("the youth club was abusive of my time");
        Assert.Contains("figurative", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("in the film the bad guy stabs someone")]
    [InlineData("the zombies in the game keep killing me")]
    [InlineData("we learnt about knife crime at school")]
    [InlineData("as a teacher i would like more training on spotting neglect")]
    [InlineData("please add information about suicide prevention training for staff")]
    public void Fiction_games_and_lessons_lower_the_score(string text)
    {
        var result = Screen(text);
        Assert.False(result.Flagged, result.Reason);
    }

    [Fact]
    public void Distancing_is_moderate_and_cancels_the_first_person_cue()
    {
        var screener = new Screener(Lexicon.Parse(
            "CrimeAndWeapons | 4 | stab~ (me|someone)\nCue:FirstPerson | 1 | (me|someone)\nCue:Distancing | -2 | in the film"));
        var film = screener.Screen("in the film someone stabs someone");
        Assert.Equal(2, film.Severity);
        Assert.DoesNotContain(film.MatchedPhrases[0].Adjustments, a => a.StartsWith("first person", StringComparison.Ordinal));
    }

    [Fact]
    public void Distancing_cues_can_be_limited_to_categories()
    {
        var screener = new Screener(Lexicon.Parse(
            "Bullying | 3 | hit~ me\nExploitationAndGrooming | 3 | asked for pictures\nCue:Distancing | -3 | game | Bullying"));
        Assert.Equal(0, screener.Screen("in the game he hit me").Severity);
        Assert.Equal(3, screener.Screen("in the game he asked for pictures").Severity);
    }

    [Theory]
    [InlineData("he said he will kill me if i tell")]
    [InlineData("he said its our secret and i mustnt tell mum")]
    [InlineData("Dad hit me again. Please help.")]
    public void Secrecy_and_urgency_keep_or_raise_a_flag(string text)
    {
        var result = Screen(text);
        Assert.True(result.Flagged, result.Reason);
        Assert.True(result.Severity >= 4, result.Reason);
    }

    [Fact]
    public void Raise_cues_add_up_to_at_most_two()
    {
        var screener = new Screener(Lexicon.Parse(
            "Bullying | 1 | pick~ on me\nCue:Raise | 1 | again\nCue:Raise | 1 | every day\nCue:Raise | 1 | please help"));
        Assert.Equal(3, screener.Screen("they pick on me again every day please help").Severity);
    }

    [Fact]
    public void Joking_markers_lower_but_do_not_cancel_a_severe_phrase()
    {
        Assert.True(Screen("i want to die lol").Flagged);
        Assert.False(Screen("my dad will kill me if im late again lol").Flagged);
    }

    [Fact]
    public void Cues_apply_per_sentence()
    {
        var result = Screen("In the film someone got hurt. He hits me when I get home.");
        Assert.True(result.Flagged, result.Reason);
    }
}
