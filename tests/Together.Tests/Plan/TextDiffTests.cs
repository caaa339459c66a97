using Together.Web.Features.Plan;

namespace Together.Tests.Plan;

public sealed class TextDiffTests
{
    private static string Show(IEnumerable<DiffPart> parts) =>
        string.Concat(parts.Select(p => p.Op switch { DiffOp.Added => $"[+{p.Text}]", DiffOp.Removed => $"[-{p.Text}]", _ => p.Text }));

    [Fact]
    public void Shows_words_added_and_removed_in_place()
    {
        Assert.Equal("Happy and [-mentally][+physically] well", Show(TextDiff.Words("Happy and mentally well", "Happy and physically well")));
        Assert.Equal("Safe[+ at home]", Show(TextDiff.Words("Safe", "Safe at home")));
        Assert.Equal("[-Old]", Show(TextDiff.Words("Old", "")));
    }

    [Fact]
    public void The_parts_rebuild_both_texts()
    {
        const string before = "We will work together as one team, building strength within our relationships.";
        const string after = "We will work as one team, building strength in our relationships – and decide jointly.";
        var parts = TextDiff.Words(before, after);

        Assert.Equal(before, string.Concat(parts.Where(p => p.Op != DiffOp.Added).Select(p => p.Text)));
        Assert.Equal(after, string.Concat(parts.Where(p => p.Op != DiffOp.Removed).Select(p => p.Text)));
    }

    [Fact]
    public void Very_long_texts_that_differ_throughout_compare_by_line()
    {
        var before = string.Join('\n', Enumerable.Range(0, 3000).Select(i => $"line {i} old words here"));
        var after = string.Join('\n', Enumerable.Range(0, 3000).Select(i => i == 1500 ? "a new line" : $"line {i} new words here"));
        var parts = TextDiff.Words(before, after);

        Assert.Equal(after, string.Concat(parts.Where(p => p.Op != DiffOp.Removed).Select(p => p.Text)));
        Assert.Equal(before, string.Concat(parts.Where(p => p.Op != DiffOp.Added).Select(p => p.Text)));
    }

    [Fact]
    public void Texts_too_different_to_compare_cheaply_show_as_replaced()
    {
        var before = string.Concat(Enumerable.Range(0, 3000).Select(i => $"x{i}\n"));
        var after = string.Concat(Enumerable.Range(0, 3000).Select(i => $"y{i}\n"));

        Assert.Equal([new DiffPart(DiffOp.Removed, before), new DiffPart(DiffOp.Added, after)], TextDiff.Words(before, after));
    }
}
