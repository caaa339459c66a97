using System.Text.Json;
using Together.Screening;
using Xunit;

namespace Together.Screening.Tests;

public class ScreenVerbTests
{
    [Fact]
    public void Writes_one_json_verdict_per_input_line()
    {
        var input = new StringReader("my dad hits me\nthe page was useful\n\nI want to kill myself\n");
        var output = new StringWriter();

        int exit = Screener.RunScreenVerb(input, output, Lexicon.Default);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.None).SkipLast(1).ToList();
        Assert.Equal(4, lines.Count);

        using var first = JsonDocument.Parse(lines[0]);
        Assert.True(first.RootElement.GetProperty("flagged").GetBoolean());
        Assert.Equal(4, first.RootElement.GetProperty("severity").GetInt32());
        Assert.Equal("AbuseAndHarm", first.RootElement.GetProperty("categories")[0].GetString());
        var matched = first.RootElement.GetProperty("matched")[0];
        Assert.Equal("hits me", matched.GetProperty("text").GetString());
        Assert.Equal(7, matched.GetProperty("start").GetInt32());
        Assert.Equal(7, matched.GetProperty("length").GetInt32());

        using var second = JsonDocument.Parse(lines[1]);
        Assert.False(second.RootElement.GetProperty("flagged").GetBoolean());
        Assert.Equal(0, second.RootElement.GetProperty("severity").GetInt32());
        Assert.Equal(0, second.RootElement.GetProperty("categories").GetArrayLength());
        Assert.Equal(0, second.RootElement.GetProperty("matched").GetArrayLength());

        using var blank = JsonDocument.Parse(lines[2]);
        Assert.False(blank.RootElement.GetProperty("flagged").GetBoolean());

        using var fourth = JsonDocument.Parse(lines[3]);
        Assert.Equal(5, fourth.RootElement.GetProperty("severity").GetInt32());
    }

    [Fact]
    public void Uses_the_lexicon_it_is_given()
    {
        var lexicon = Lexicon.Parse("Bullying | 3 | purple monkey");
        var output = new StringWriter();
        Screener.RunScreenVerb(new StringReader("a purple monkey\nmy dad hits me"), output, lexicon);
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("\"flagged\":true", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"flagged\":false", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_text_safely()
    {
        var output = new StringWriter();
        Screener.RunScreenVerb(new StringReader("he said \"it's our secret\" <b>"), output, Lexicon.Default);
        using var doc = JsonDocument.Parse(output.ToString().Trim());
        Assert.True(doc.RootElement.GetProperty("flagged").GetBoolean());
    }

    [Fact]
    public void Empty_input_writes_nothing()
    {
        var output = new StringWriter();
        Assert.Equal(0, Screener.RunScreenVerb(new StringReader(""), output, Lexicon.Default));
        Assert.Equal("", output.ToString());
    }
}
