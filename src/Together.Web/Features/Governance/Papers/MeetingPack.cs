using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Together.Web.Infrastructure.Files;
using static Together.Web.Infrastructure.Files.PdfText;

namespace Together.Web.Features.Governance;

/// <summary>
/// Builds a meeting pack: the agenda, then each item's written paper and uploaded PDF papers, as one PDF with a
/// bookmark for every item and paper and "Page n of N" on every page. It knows nothing of the database or of who is
/// asking: the caller decides which items and papers the reader may see.
/// </summary>
public static class MeetingPack
{
    public sealed record Content(string Title, string BoardName, string When, string? Where, string? LatePublicationReason, IReadOnlyList<Item> Items);

    /// <summary>An agenda item. <see cref="Withheld"/> items appear on the agenda by number and reason only.</summary>
    public sealed record Item(int Number, string Title, string? Lead, string Purpose, string? Withheld, string? WrittenPaper, IReadOnlyList<Paper> Papers)
    {
        public bool HasPages => Withheld is null && (!string.IsNullOrWhiteSpace(WrittenPaper) || Papers.Count > 0);
    }

    public sealed record Paper(string Title, byte[] Pdf);

    private const double Margin = PdfText.Margin;

    public static byte[] Build(Content content)
    {
        PdfLibrary.EnsureLicensed();
        var heading = new XFont(PdfLibrary.FontFamily, 20, XFontStyleEx.Bold);
        var subheading = new XFont(PdfLibrary.FontFamily, 14, XFontStyleEx.Bold);
        var body = new XFont(PdfLibrary.FontFamily, 11, XFontStyleEx.Regular);
        var small = new XFont(PdfLibrary.FontFamily, 9, XFontStyleEx.Regular);

        using var document = new PdfDocument();
        document.Info.Title = content.Title + ": meeting pack";
        document.Info.Subject = content.BoardName;
        document.Info.Creator = "Together";
        document.PageLayout = PdfPageLayout.SinglePage;
        document.PageMode = PdfPageMode.UseOutlines;

        // The agenda lists the page each item's papers start on, so the pages are counted before anything is drawn.
        var agendaLines = AgendaLines(content, body, subheading);
        var agendaPageCount = Paginate(agendaLines).Count;
        var itemPages = new Dictionary<int, int>();
        var paperPageCounts = content.Items.Where(i => i.HasPages).ToDictionary(i => i.Number, i => i.Papers.Select(PageCount).ToList());
        var next = agendaPageCount + 1;
        foreach (var item in content.Items.Where(i => i.HasPages))
        {
            itemPages[item.Number] = next;
            next += Paginate(ItemLines(item, heading, subheading, body)).Count + paperPageCounts[item.Number].Sum();
        }

        var agendaWithPages = AgendaLines(content, body, subheading, itemPages);
        var agendaPages = DrawPages(document, Paginate(agendaWithPages));
        document.Outlines.Add("Agenda", agendaPages[0], true);

        foreach (var item in content.Items.Where(i => i.HasPages))
        {
            var pages = DrawPages(document, Paginate(ItemLines(item, heading, subheading, body)));
            var outline = document.Outlines.Add($"{item.Number}. {item.Title}", pages[0], true);
            foreach (var paper in item.Papers)
            {
                using var source = PdfReader.Open(new MemoryStream(paper.Pdf, writable: false), PdfDocumentOpenMode.Import);
                PdfPage? first = null;
                foreach (var page in source.Pages)
                {
                    var added = document.AddPage(page);
                    first ??= added;
                }
                if (first is not null)
                {
                    outline.Outlines.Add(paper.Title, first, true);
                }
            }
        }

        var total = document.PageCount;
        for (var index = 0; index < total; index++)
        {
            var page = document.Pages[index];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var footer = $"{content.Title}: page {index + 1} of {total}";
            var width = gfx.MeasureString(footer, small).Width;
            var box = new XRect(page.Width.Point - Margin - width - 4, page.Height.Point - 30, width + 8, 14);
            gfx.DrawRectangle(XBrushes.White, box);
            gfx.DrawString(footer, small, XBrushes.Black, new XPoint(box.X + 4, box.Y + 10));
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static int PageCount(Paper paper)
    {
        using var source = PdfReader.Open(new MemoryStream(paper.Pdf, writable: false), PdfDocumentOpenMode.Import);
        return source.PageCount;
    }

    private static List<Line> AgendaLines(Content content, XFont body, XFont subheading, Dictionary<int, int>? itemPages = null)
    {
        var title = new XFont(PdfLibrary.FontFamily, 20, XFontStyleEx.Bold);
        var lines = new List<Line>();
        lines.AddRange(Wrap(content.Title, title));
        lines.AddRange(Wrap(content.BoardName, body, 6));
        lines.AddRange(Wrap(content.When, body));
        if (!string.IsNullOrWhiteSpace(content.Where))
        {
            lines.AddRange(Wrap(content.Where, body));
        }
        if (!string.IsNullOrWhiteSpace(content.LatePublicationReason))
        {
            lines.AddRange(Wrap("Published after the deadline because: " + content.LatePublicationReason, body, 6));
        }
        lines.AddRange(Wrap("Agenda", subheading, 18));
        foreach (var item in content.Items)
        {
            if (item.Withheld is not null)
            {
                lines.AddRange(Wrap($"{item.Number}. Exempt item", body, 10));
                lines.AddRange(Wrap(item.Withheld, body));
                continue;
            }
            lines.AddRange(Wrap($"{item.Number}. {item.Title}", body, 10));
            var details = string.Join(". ", new[] { item.Lead is null ? null : "Lead: " + item.Lead, item.Purpose }.Where(s => s is not null));
            lines.AddRange(Wrap(details, body));
            if (itemPages is not null && itemPages.TryGetValue(item.Number, out var page))
            {
                lines.AddRange(Wrap($"Papers start on page {page}", body));
            }
            else if (itemPages is null && item.HasPages)
            {
                lines.AddRange(Wrap("Papers start on page 000", body));
            }
        }
        return lines;
    }

    private static List<Line> ItemLines(Item item, XFont heading, XFont subheading, XFont body)
    {
        var lines = new List<Line>();
        lines.AddRange(Wrap($"Item {item.Number}: {item.Title}", heading));
        var details = string.Join(". ", new[] { item.Lead is null ? null : "Lead: " + item.Lead, item.Purpose }.Where(s => s is not null));
        lines.AddRange(Wrap(details, body, 6));
        if (!string.IsNullOrWhiteSpace(item.WrittenPaper))
        {
            lines.AddRange(Wrap("Paper", subheading, 14));
            foreach (var paragraph in item.WrittenPaper.Replace("\r\n", "\n").Split('\n'))
            {
                lines.AddRange(Wrap(paragraph, body, paragraph.Length == 0 ? 0 : 4));
            }
        }
        if (item.Papers.Count > 0)
        {
            lines.AddRange(Wrap("Papers that follow", subheading, 14));
            foreach (var paper in item.Papers)
            {
                lines.AddRange(Wrap("• " + paper.Title, body, 4));
            }
        }
        return lines;
    }
}
