using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Services;

/// <summary>Changes to the directory waiting for an administrator, oldest first.</summary>
public sealed class IndexModel(TogetherDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string Name, string Organization, ServiceChangeKind Kind, string By, DateTime SubmittedAt);

    public List<Row> Rows { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var changes = await db.DirectoryServiceChanges.AsNoTracking()
            .Where(c => c.State == ServiceChangeState.Submitted)
            .OrderBy(c => c.SubmittedAt)
            .Select(c => new { c.Id, c.ProposedJson, Organization = c.Organization.Name, c.Kind, c.CreatedByName, c.SubmittedAt })
            .ToListAsync(ct);
        Rows.AddRange(changes.Select(c => new Row(c.Id, ServiceDraft.FromJson(c.ProposedJson).Name, c.Organization, c.Kind, c.CreatedByName, c.SubmittedAt ?? default)));
    }
}
