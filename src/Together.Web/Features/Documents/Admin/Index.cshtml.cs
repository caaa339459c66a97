using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Documents.Admin;

public sealed class IndexModel(TogetherDbContext db) : PageModel
{
    public sealed record Row(string Slug, string Title, DocumentCategory Category, int Number, long SizeBytes);

    public List<Row> Documents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var documents = await db.LibraryDocuments.OrderBy(d => d.Title).ToListAsync(ct);
        var versions = await db.DocumentVersions.Select(v => new { v.DocumentId, v.Number, v.SizeBytes }).ToListAsync(ct);
        Documents = [.. documents.Select(d =>
        {
            var latest = versions.Where(v => v.DocumentId == d.Id).MaxBy(v => v.Number);
            return new Row(d.Slug, d.Title, d.Category, latest?.Number ?? 0, latest?.SizeBytes ?? 0);
        })];
    }
}
