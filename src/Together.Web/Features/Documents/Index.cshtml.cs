using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Documents;

public sealed class IndexModel(TogetherDbContext db) : PageModel
{
    public sealed record Listing(string Slug, string Title, string Summary, DocumentCategory Category, int Number, long SizeBytes, DateTime PublishedAt);

    public List<Listing> Documents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var latest = await db.DocumentVersions
            .Where(v => v.Number == db.DocumentVersions.Where(o => o.DocumentId == v.DocumentId).Max(o => o.Number))
            .Select(v => new { v.DocumentId, v.Number, v.SizeBytes, v.PublishedAt })
            .ToListAsync(ct);
        var documents = await db.LibraryDocuments.ToListAsync(ct);
        Documents = [.. documents
            .Join(latest, d => d.Id, v => v.DocumentId, (d, v) => new Listing(d.Slug, d.Title, d.Summary, d.Category, v.Number, v.SizeBytes, v.PublishedAt))
            .OrderBy(d => d.Category).ThenBy(d => d.Title, StringComparer.OrdinalIgnoreCase)];
    }
}
