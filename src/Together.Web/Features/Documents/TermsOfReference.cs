using Markdig;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Governance;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Files;

namespace Together.Web.Features.Documents;

/// <summary>
/// A board's terms of reference are a published document: each time they change, a new version goes into the
/// documents library with a PDF made from the same text, so the web page and the PDF always agree.
/// </summary>
public static class TermsOfReference
{
    public static string SlugFor(Board board) => $"terms-of-reference-{board.Slug}";

    public static async Task PublishAsync(TogetherDbContext db, Board board, string changeNote, string publishedBy, DateTime now, CancellationToken ct)
    {
        var slug = SlugFor(board);
        var document = await db.LibraryDocuments.FirstOrDefaultAsync(d => d.Slug == slug, ct);
        if (document is null)
        {
            document = new LibraryDocument
            {
                Id = Guid.NewGuid(),
                Slug = slug,
                Title = $"Terms of reference: {board.Name}",
                Summary = $"What the {board.Name} is for, who its members are, its quorum and how it works.",
                Category = DocumentCategory.TermsOfReference,
                CreatedAt = now,
            };
            db.LibraryDocuments.Add(document);
        }
        var number = await db.DocumentVersions.Where(v => v.DocumentId == document.Id).Select(v => (int?)v.Number).MaxAsync(ct) ?? 0;
        var text = $"{board.TermsOfReference}\n\n## Quorum\n{board.Quorum} members.";
        var pdf = PdfText.Document(document.Title, Paragraphs(text));
        db.DocumentVersions.Add(new DocumentVersion
        {
            Id = Guid.NewGuid(),
            DocumentId = document.Id,
            Number = number + 1,
            FileName = $"{slug}-v{number + 1}.pdf",
            SizeBytes = pdf.LongLength,
            PageCount = PdfPageCount(pdf),
            Content = pdf,
            HtmlAlternative = board.TermsOfReference,
            ChangeNote = changeNote,
            PublishedAt = now,
            PublishedBy = publishedBy,
        });
    }

    /// <summary>Markdown to the paragraphs of a text PDF: headings keep their "## " so they are set as headings.</summary>
    public static IEnumerable<string> Paragraphs(string markdown) =>
        markdown.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(block => block.Split('\n'))
            .Select(line => line.StartsWith('#') ? "## " + line.TrimStart('#').Trim() : Markdown.ToPlainText(line).Trim())
            .Where(line => line.Length > 0);

    private static int PdfPageCount(byte[] pdf) => PdfUpload.Check(pdf).PageCount;
}
