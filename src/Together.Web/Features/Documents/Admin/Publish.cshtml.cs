using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Files;

namespace Together.Web.Features.Documents.Admin;

/// <summary>
/// Publishes a new document, or a new version of one (when a slug is given). The PDF and its accessible HTML
/// alternative are both required; versions are never overwritten.
/// </summary>
[RequestSizeLimit(UploadLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimitBytes)]
public sealed class PublishModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    // Above the 50 MB cap so that a larger file reaches the page and gets a plain answer.
    private const long UploadLimitBytes = 128 * 1024 * 1024;

    public LibraryDocument? Existing { get; private set; }

    [BindProperty] public Guid Token { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public DocumentCategory? Category { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public IFormFile? PdfFile { get; set; }
    [BindProperty] public string? HtmlAlternative { get; set; }
    [BindProperty] public string? ChangeNote { get; set; }

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }
        Token = Guid.NewGuid();
        if (Existing is not null)
        {
            HtmlAlternative = await db.DocumentVersions.Where(v => v.DocumentId == Existing.Id).OrderByDescending(v => v.Number)
                .Select(v => v.HtmlAlternative).FirstOrDefaultAsync(ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }
        if (await db.DocumentVersions.AnyAsync(v => v.Id == Token, ct))
        {
            return Redirect("/admin/documents");
        }

        Title = Forms.Clean(Title);
        Summary = Forms.Clean(Summary);
        HtmlAlternative = Forms.Clean(HtmlAlternative);
        ChangeNote = Forms.Clean(ChangeNote);
        string? newSlug = null;
        if (Existing is null)
        {
            if (Title is null)
            {
                this.AddError(nameof(Title), "Enter the title of the document");
            }
            else if (Title.Length > 200)
            {
                this.AddError(nameof(Title), "The title must be 200 characters or fewer");
            }
            else
            {
                newSlug = DocumentLibrary.SlugFor(Title);
                if (newSlug.Length == 0)
                {
                    this.AddError(nameof(Title), "The title must contain letters or numbers");
                }
                else if (await db.LibraryDocuments.AnyAsync(d => d.Slug == newSlug, ct))
                {
                    this.AddError(nameof(Title), "A document with this title already exists: publish a new version of it instead");
                }
            }
            if (Category is null)
            {
                this.AddError(nameof(Category), "Select what kind of document this is");
            }
            if (Summary is null)
            {
                this.AddError(nameof(Summary), "Enter a one-sentence summary of the document");
            }
            else if (Summary.Length > 1000)
            {
                this.AddError(nameof(Summary), "The summary must be 1,000 characters or fewer");
            }
        }

        var pdf = await PdfUpload.ReadAsync(PdfFile, "a PDF of the document", DocumentLibrary.MaxPdfBytes, ct);
        if (!pdf.IsValid)
        {
            this.AddError(nameof(PdfFile), pdf.Error!);
        }
        if (HtmlAlternative is null)
        {
            this.AddError(nameof(HtmlAlternative), "Enter the web page version of the document");
        }
        else if (HtmlAlternative.Length > 200000)
        {
            this.AddError(nameof(HtmlAlternative), "The web page version must be 200,000 characters or fewer");
        }
        if (Existing is not null && ChangeNote is null)
        {
            this.AddError(nameof(ChangeNote), "Enter what has changed in this version");
        }
        else if (ChangeNote?.Length > 500)
        {
            this.AddError(nameof(ChangeNote), "What changed must be 500 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var document = Existing;
        if (document is null)
        {
            document = new LibraryDocument { Id = Guid.NewGuid(), Slug = newSlug!, Title = Title!, Summary = Summary!, Category = Category!.Value, CreatedAt = now };
            db.LibraryDocuments.Add(document);
        }
        var number = Existing is null ? 1 : await db.DocumentVersions.Where(v => v.DocumentId == document.Id).MaxAsync(v => v.Number, ct) + 1;
        db.DocumentVersions.Add(new DocumentVersion
        {
            Id = Token,
            DocumentId = document.Id,
            Number = number,
            FileName = $"{document.Slug}-v{number}.pdf",
            SizeBytes = pdf.Content!.LongLength,
            PageCount = pdf.PageCount,
            Content = pdf.Content,
            HtmlAlternative = HtmlAlternative!,
            ChangeNote = ChangeNote ?? "First published",
            PublishedAt = now,
            PublishedBy = User.Identity?.Name ?? "unknown",
        });
        await db.SaveChangesAsync(ct);
        return Redirect($"/documents/{document.Slug}");
    }

    private async Task<bool> LoadAsync(string? slug, CancellationToken ct)
    {
        if (slug is null)
        {
            return true;
        }
        Existing = await db.LibraryDocuments.FirstOrDefaultAsync(d => d.Slug == slug, ct);
        return Existing is not null;
    }
}
