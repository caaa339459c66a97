using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Services;

/// <summary>A service's versions, newest first, each with who changed what (field by field) and who approved it. Staff only.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class HistoryModel(TogetherDbContext db, ServiceEditing editing) : PageModel
{
    public sealed record Version(int Number, ServiceChangeKind Kind, string By, string? ApprovedBy, DateTime At, IReadOnlyList<ServiceDirectory.FieldChange> Changes);

    public string Name { get; private set; } = "";
    public Guid Id { get; private set; }
    public List<Version> Versions { get; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var service = await db.DirectoryServices.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Name }).FirstOrDefaultAsync(ct);
        if (service is null)
        {
            return NotFound();
        }

        Id = id;
        Name = service.Name;
        var names = await editing.CategoryNamesAsync(ct);
        var changes = await db.DirectoryServiceChanges.AsNoTracking()
            .Where(c => c.ServiceId == id && c.State == ServiceChangeState.Approved)
            .OrderByDescending(c => c.Version)
            .ToListAsync(ct);
        foreach (var c in changes)
        {
            Versions.Add(new Version(c.Version ?? 0, c.Kind, c.CreatedByName, c.ReviewedByName, c.ReviewedAt ?? c.UpdatedAt,
                ServiceDraft.Diff(c.BeforeJson is null ? null : ServiceDraft.FromJson(c.BeforeJson), ServiceDraft.FromJson(c.ProposedJson), names)));
        }

        return Page();
    }
}
