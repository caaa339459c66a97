using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Documents;

/// <summary>A document as a web page (its accessible HTML alternative), its PDF and every earlier version.</summary>
public sealed class ShowModel(TogetherDbContext db) : PageModel
{
    public LibraryDocument Document { get; private set; } = null!;

    public sealed record VersionListing(int Number, long SizeBytes, int PageCount, string ChangeNote, DateTime PublishedAt);

    public List<VersionListing> Versions { get; private set; } = [];

    public string HtmlAlternative { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var document = await db.LibraryDocuments.FirstOrDefaultAsync(d => d.Slug == slug, ct);
        if (document is null)
        {
            return NotFound();
        }
        Document = document;
        Versions = await db.DocumentVersions.Where(v => v.DocumentId == document.Id).OrderByDescending(v => v.Number)
            .Select(v => new VersionListing(v.Number, v.SizeBytes, v.PageCount, v.ChangeNote, v.PublishedAt)).ToListAsync(ct);
        if (Versions.Count == 0)
        {
            return NotFound();
        }
        var latest = Versions[0].Number;
        HtmlAlternative = await db.DocumentVersions.Where(v => v.DocumentId == document.Id && v.Number == latest).Select(v => v.HtmlAlternative).SingleAsync(ct);
        return Page();
    }
}
