using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Together.Web.Infrastructure.Files;

/// <summary>
/// Lays out plain text on A4 pages with PDFsharp: word-wrapping, page breaks and drawing. Used by the meeting pack
/// and by anything else that writes a text PDF.
/// </summary>
public static class PdfText
{
    public const double Margin = 56; // about 2 cm
    public static readonly XSize A4 = new(595.28, 841.89);
    public static double TextWidth => A4.Width - (2 * Margin);
    private static double BodyBottom => A4.Height - Margin - 20;

    public sealed record Line(string Text, XFont Font, double SpaceBefore = 0);

    public static XFont Font(double size, bool bold = false)
    {
        PdfLibrary.EnsureLicensed();
        return new XFont(PdfLibrary.FontFamily, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
    }

    /// <summary>A simple document: a title, then paragraphs ("## " starts a heading). Returns the PDF's bytes.</summary>
    public static byte[] Document(string title, IEnumerable<string> paragraphs)
    {
        PdfLibrary.EnsureLicensed();
        var lines = new List<Line>();
        lines.AddRange(Wrap(title, Font(20, bold: true)));
        foreach (var paragraph in paragraphs)
        {
            lines.AddRange(paragraph.StartsWith("## ", StringComparison.Ordinal)
                ? Wrap(paragraph[3..], Font(14, bold: true), 14)
                : Wrap(paragraph, Font(11), 6));
        }
        using var document = new PdfDocument();
        document.Info.Title = title;
        DrawPages(document, Paginate(lines));
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static readonly XGraphics Measure = CreateMeasureContext();

    private static XGraphics CreateMeasureContext()
    {
        PdfLibrary.EnsureLicensed();
        return XGraphics.CreateMeasureContext(A4, XGraphicsUnit.Point, XPageDirection.Downwards);
    }
    private static readonly Lock MeasureLock = new();

    /// <summary>Word-wraps one paragraph to the text width; words longer than a line are broken.</summary>
    public static List<Line> Wrap(string text, XFont font, double spaceBefore = 0)
    {
        var result = new List<Line>();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            result.Add(new Line("", font, spaceBefore));
            return result;
        }
        lock (MeasureLock)
        {
            PdfLibrary.EnsureLicensed();
            var current = "";
            foreach (var raw in words)
            {
                var word = raw;
                while (Measure.MeasureString(word, font).Width > TextWidth && word.Length > 1)
                {
                    var cut = word.Length - 1;
                    while (cut > 1 && Measure.MeasureString(word[..cut], font).Width > TextWidth)
                    {
                        cut--;
                    }
                    if (current.Length > 0)
                    {
                        result.Add(new Line(current, font));
                        current = "";
                    }
                    result.Add(new Line(word[..cut], font));
                    word = word[cut..];
                }
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (Measure.MeasureString(candidate, font).Width <= TextWidth)
                {
                    current = candidate;
                }
                else
                {
                    result.Add(new Line(current, font));
                    current = word;
                }
            }
            result.Add(new Line(current, font));
        }
        result[0] = result[0] with { SpaceBefore = spaceBefore };
        return result;
    }

    public static List<List<(Line Line, double Y)>> Paginate(IReadOnlyList<Line> lines)
    {
        var pages = new List<List<(Line, double)>> { new() };
        var y = Margin;
        foreach (var line in lines)
        {
            var height = line.Font.Size * 1.35;
            var top = pages[^1].Count == 0 ? y : y + line.SpaceBefore;
            if (top + height > BodyBottom)
            {
                pages.Add([]);
                top = Margin;
            }
            pages[^1].Add((line, top));
            y = top + height;
        }
        return pages;
    }

    public static List<PdfPage> DrawPages(PdfDocument document, List<List<(Line Line, double Y)>> pages)
    {
        var drawn = new List<PdfPage>();
        foreach (var lines in pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(A4.Width);
            page.Height = XUnit.FromPoint(A4.Height);
            using var gfx = XGraphics.FromPdfPage(page);
            foreach (var (line, y) in lines)
            {
                gfx.DrawString(line.Text, line.Font, XBrushes.Black, new XRect(Margin, y, TextWidth, line.Font.Size * 1.35), XStringFormats.TopLeft);
            }
            drawn.Add(page);
        }
        return drawn;
    }
}
