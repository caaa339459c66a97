using Together.Screening;
using Xunit;

namespace Together.Screening.Tests;

public class LexiconTests
{
    [Fact]
    public void Default_lexicon_loads_and_covers_every_category()
    {
        var lexicon = Lexicon.Default;
        foreach (var category in Enum.GetValues<Category>())
        {
            Assert.Contains(lexicon.Entries, e => e.Category == category);
        }

        Assert.All(lexicon.Entries, e => Assert.InRange(e.Severity, 1, 5));
        foreach (var kind in Enum.GetValues<CueKind>())
        {
            Assert.Contains(lexicon.Cues, c => c.Kind == kind);
        }
    }

    [Fact]
    public void Default_source_round_trips_through_parse()
    {
        var copy = Lexicon.Parse(Lexicon.DefaultSource);
        Assert.Equal(Lexicon.Default.Entries.Count, copy.Entries.Count);
        Assert.Equal(Lexicon.Default.Cues.Count, copy.Cues.Count);
    }

    [Fact]
    public void Parse_reads_entries_cues_comments_and_lists()
    {
        var lexicon = Lexicon.Parse("""
            # a comment

            @adult = dad, step dad
            AbuseAndHarm | 3 | @adult hit~ me
            Cue:Negation | -3 | not
            Cue:Distancing | -2 | in the film | AbuseAndHarm, Bullying
            """);
        var entry = Assert.Single(lexicon.Entries);
        Assert.Equal(Category.AbuseAndHarm, entry.Category);
        Assert.Equal(3, entry.Severity);
        Assert.Equal("@adult hit~ me", entry.Pattern);
        Assert.Equal(4, entry.LineNumber);
        Assert.Equal(2, lexicon.Cues.Count);
        Assert.Equal([Category.AbuseAndHarm, Category.Bullying], lexicon.Cues[1].AppliesTo);
        Assert.Equal(CueKind.Distancing, lexicon.Cues[1].Kind);
        Assert.Equal(-2, lexicon.Cues[1].Weight);
    }

    [Fact]
    public void Categories_and_cue_kinds_are_case_insensitive() =>
        Assert.Single(Lexicon.Parse("abuseandharm | 3 | hit me\ncue:negation | -3 | not").Entries);

    [Theory]
    [InlineData("Abuse | 3 | hit me", "unknown category 'Abuse'")]
    [InlineData("AbuseAndHarm | 6 | hit me", "severity '6' must be a whole number from 1 to 5")]
    [InlineData("AbuseAndHarm | x | hit me", "severity 'x'")]
    [InlineData("AbuseAndHarm | 3", "expected 'Category | severity | pattern'")]
    [InlineData("AbuseAndHarm | 3 | ", "the pattern is empty")]
    [InlineData("AbuseAndHarm | 3 | (hit|punch me", "missing ')'")]
    [InlineData("AbuseAndHarm | 3 | hit) me", "unexpected ')'")]
    [InlineData("AbuseAndHarm | 3 | hit [me", "missing ']'")]
    [InlineData("AbuseAndHarm | 3 | @nobody hit me", "unknown list '@nobody'")]
    [InlineData("AbuseAndHarm | 3 | * hit me", "cannot start or end with a '*' gap")]
    [InlineData("AbuseAndHarm | 3 | hit *9 me", "gap '*9' must allow 1 to 8 words")]
    [InlineData("AbuseAndHarm | 3 | [me]", "at least one required word")]
    [InlineData("AbuseAndHarm | 3 | hit ~me", "'~' must follow a word")]
    [InlineData("AbuseAndHarm | 3 | hit (me|) now", "empty alternative")]
    [InlineData("AbuseAndHarm | 3 | hit me?", "unexpected '?'")]
    [InlineData("AbuseAndHarm | 3 | hit me | extra", "too many '|'")]
    [InlineData("Cue:Sarcasm | -2 | lol", "unknown cue kind 'Sarcasm'")]
    [InlineData("Cue:Negation | -9 | not", "cue weight '-9' must be a whole number from -5 to +5")]
    [InlineData("Cue:Distancing | -2 | film | Films", "unknown category 'Films'")]
    [InlineData("@adult dad, mum", "needs '='")]
    [InlineData("@adult = dad,, mum", "empty item")]
    [InlineData("@bad name = dad", "not a valid list name")]
    public void Parse_errors_name_the_line_and_the_problem(string badLine, string expected)
    {
        var text = "# header\nBullying | 2 | bullied\n" + badLine + "\n";
        var ex = Assert.Throws<LexiconParseException>(() => Lexicon.Parse(text));
        var error = Assert.Single(ex.Errors);
        Assert.Equal(3, error.LineNumber);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("Line 3:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_reports_every_error_at_once()
    {
        var ex = Assert.Throws<LexiconParseException>(() => Lexicon.Parse("Abuse | 3 | hit me\nBullying | 2 | bullied\nBullying | 9 | x\n"));
        Assert.Equal([1, 3], ex.Errors.Select(e => e.LineNumber));
    }

    [Fact]
    public void A_list_defined_twice_is_an_error()
    {
        var ex = Assert.Throws<LexiconParseException>(() => Lexicon.Parse("@a = dad\n@a = mum\nBullying | 2 | bullied"));
        Assert.Equal(2, Assert.Single(ex.Errors).LineNumber);
    }

    [Fact]
    public void A_lexicon_without_phrases_is_an_error()
    {
        var ex = Assert.Throws<LexiconParseException>(() => Lexicon.Parse("# nothing here\nCue:Negation | -3 | not"));
        Assert.Contains("no phrase lines", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_line_endings_are_accepted() =>
        Assert.Equal(2, Lexicon.Parse("Bullying | 2 | bullied\r\nBullying | 2 | picked on\r\n").Entries.Count);

    [Fact]
    public void Separators_inside_brackets_do_not_split_fields()
    {
        var lexicon = Lexicon.Parse("AbuseAndHarm | 3 | (hit|punch~) (me|us)");
        Assert.Equal("(hit|punch~) (me|us)", Assert.Single(lexicon.Entries).Pattern);
    }
}
