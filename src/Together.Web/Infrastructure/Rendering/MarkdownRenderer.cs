using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace Together.Web.Infrastructure.Rendering;

/// <summary>
/// Renders content written by staff. Raw HTML is escaped, never passed through, and links may only point to
/// web, email or phone addresses or to pages on this site, so stored content cannot run script.
/// GOV.UK classes are added so rendered content looks like the rest of the service.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http://", "https://", "mailto:", "tel:"];

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .Build();

    public IHtmlContent Render(string? markdown) => new HtmlString(RenderToString(markdown));

    public string RenderToString(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var document = Markdown.Parse(markdown, pipeline);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    heading.GetAttributes().AddClass(heading.Level switch
                    {
                        1 => "govuk-heading-l",
                        2 => "govuk-heading-m",
                        _ => "govuk-heading-s",
                    });
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is not ListItemBlock:
                    paragraph.GetAttributes().AddClass("govuk-body");
                    break;
                case ListBlock list:
                    list.GetAttributes().AddClass(list.IsOrdered ? "govuk-list govuk-list--number" : "govuk-list govuk-list--bullet");
                    break;
                case LinkInline link:
                    if (!IsSafeUrl(link.Url))
                    {
                        link.Url = "#";
                    }

                    if (!link.IsImage)
                    {
                        link.GetAttributes().AddClass("govuk-link");
                    }

                    break;
                case AutolinkInline autolink when !IsSafeUrl(autolink.Url):
                    autolink.Url = "#";
                    break;
                case Markdig.Extensions.Tables.Table table:
                    table.GetAttributes().AddClass("govuk-table");
                    break;
            }
        }

        return document.ToHtml(pipeline);
    }

    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var trimmed = url.Trim();
        if ((trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal)) || trimmed.StartsWith('#'))
        {
            return true;
        }

        return SafeSchemes.Any(s => trimmed.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
