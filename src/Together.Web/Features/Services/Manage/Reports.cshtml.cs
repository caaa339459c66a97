using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.Services.Manage;

/// <summary>"Is something wrong?" reports about the services this person edits. Flagged reports are withheld (a safeguarding lead has them).</summary>
public sealed class ReportsModel(TogetherDbContext db, ServiceEditing editing, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Service { get; set; }

    public sealed record Row(Guid Id, string Reference, Guid ServiceId, string ServiceName, DateTime ReceivedAt, string? Text, string? Email, bool Withheld, ServiceReportStatus Status, string? ResolvedBy);

    public List<Row> Rows { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var editor = await editing.EditorAsync(User, ct);
        var services = editing.Services(editor).Select(s => s.Id);
        var query = db.DirectoryServiceReports.AsNoTracking().Where(r => services.Contains(r.ServiceId));
        if (Service is { } only)
        {
            query = query.Where(r => r.ServiceId == only);
        }

        var reports = await query.OrderBy(r => r.Status).ThenByDescending(r => r.ReceivedAt).Take(200)
            .Select(r => new { r.Id, r.ServiceId, r.Service.Name, r.ReceivedAt, r.WhatIsWrong, r.Email, r.ScreeningStatus, r.Status, r.ResolvedByName })
            .ToListAsync(ct);
        foreach (var r in reports)
        {
            var withheld = r.ScreeningStatus == ScreeningStatus.Flagged;
            Rows.Add(new Row(r.Id, "SR-" + r.Id.ToString("N")[..8].ToUpperInvariant(), r.ServiceId, r.Name, r.ReceivedAt, withheld ? null : r.WhatIsWrong, withheld ? null : r.Email, withheld, r.Status, r.ResolvedByName));
        }
    }

    public async Task<IActionResult> OnPostResolveAsync(Guid report, CancellationToken ct)
    {
        var editor = await editing.EditorAsync(User, ct);
        var services = editing.Services(editor).Select(s => s.Id);
        var found = await db.DirectoryServiceReports.FirstOrDefaultAsync(r => r.Id == report && services.Contains(r.ServiceId), ct);
        if (found is null)
        {
            return NotFound();
        }

        if (found.Status == ServiceReportStatus.New)
        {
            found.Status = ServiceReportStatus.Resolved;
            found.ResolvedAt = clock.GetUtcNow().UtcDateTime;
            found.ResolvedByName = editor.Name;
            await db.SaveChangesAsync(ct);
        }

        return Redirect("/services/manage/reports" + (Service is { } s ? $"?service={s}" : ""));
    }
}
