using Together.Web.Infrastructure.Rendering;

namespace Together.Tests.Foundation;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    [Fact]
    public void Raw_html_is_escaped_not_passed_through()
    {
        var html = renderer.RenderToString("Hello <script>alert('x')</script> <img src=x onerror=alert(1)>");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](data:text/html,<b>x</b>)")]
    [InlineData("[click](//evil.example/x)")]
    [InlineData("[click](vbscript:msgbox)")]
    public void Unsafe_links_are_neutralised(string markdown)
    {
        var html = renderer.RenderToString(markdown);

        Assert.Contains("href=\"#\"", html);
    }

    [Fact]
    public void Safe_links_headings_and_lists_get_govuk_classes()
    {
        var html = renderer.RenderToString("## Our aims\n\n- one\n- two\n\n[Childline](https://www.childline.org.uk/) or [home](/)");

        Assert.Contains("<h2 class=\"govuk-heading-m\"", html);
        Assert.Contains("govuk-list govuk-list--bullet", html);
        Assert.Contains("href=\"https://www.childline.org.uk/\" class=\"govuk-link\"", html);
        Assert.Contains("href=\"/\" class=\"govuk-link\"", html);
    }
}
