using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Services.Manage;

/// <summary>The services this person edits (administrators: all), with what needs doing: checks due, changes returned, reports.</summary>
public sealed class IndexModel(TogetherDbContext db, ServiceEditing editing, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }

    public sealed record Row(Guid Id, string Name, string Organization, ServiceStatus Status, DateTime Checked, Freshness Freshness, ServiceChangeState? Change);

    public List<Row> Rows { get; } = [];
    public int OpenReports { get; private set; }
    public int AwaitingReview { get; private set; }
    public bool CanAdd { get; private set; }
    public bool IsAdministrator { get; private set; }
    public List<(Guid Id, string Name, ServiceChangeState State)> NewServices { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var editor = await editing.EditorAsync(User, ct);
        IsAdministrator = editor.IsAdministrator;
        CanAdd = await editing.Organizations(editor).AnyAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var query = editing.Services(editor);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var text = Search.Trim().ToLowerInvariant();
#pragma warning disable CA1862 // ToLower is translated to SQL on both providers; the StringComparison overload is not
            query = query.Where(s => s.Name.ToLower().Contains(text) || s.Organization.Name.ToLower().Contains(text));
#pragma warning restore CA1862
        }

        var services = await query.OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, Organization = s.Organization.Name, s.Status, Checked = s.AssuredDate ?? s.LastModified })
            .ToListAsync(ct);
        var ids = services.Select(s => s.Id).ToList();
        var open = await db.DirectoryServiceChanges.AsNoTracking()
            .Where(c => c.State == ServiceChangeState.Draft || c.State == ServiceChangeState.Submitted || c.State == ServiceChangeState.Returned)
            .Select(c => new { c.ServiceId, c.State, c.Kind, c.ProposedJson, c.CreatedByUserId, c.Id, c.OrganizationId })
            .ToListAsync(ct);
        var openByService = open.GroupBy(c => c.ServiceId).ToDictionary(g => g.Key, g => g.First().State);
        foreach (var s in services)
        {
            var freshness = s.Status == ServiceStatus.Defunct ? Freshness.Fresh : ServiceFreshness.Of(s.Checked, now);
            var row = new Row(s.Id, s.Name, s.Organization, s.Status, s.Checked, freshness, openByService.TryGetValue(s.Id, out var state) ? state : null);
            var wanted = Show switch
            {
                "attention" => row.Freshness != Freshness.Fresh || row.Change is ServiceChangeState.Returned,
                "out-of-date" => row.Freshness == Freshness.OutOfDate,
                "archived" => row.Status == ServiceStatus.Defunct,
                _ => true,
            };
            if (wanted)
            {
                Rows.Add(row);
            }
        }

        var organizations = await editing.Organizations(editor).Select(o => o.Id).ToListAsync(ct);
        foreach (var c in open.Where(c => c.Kind == ServiceChangeKind.Create && organizations.Contains(c.OrganizationId)))
        {
            NewServices.Add((c.Id, ServiceDraft.FromJson(c.ProposedJson).Name is { Length: > 0 } name ? name : "New service (no name yet)", c.State));
        }

        OpenReports = await db.DirectoryServiceReports.CountAsync(r => r.Status == ServiceReportStatus.New && ids.Contains(r.ServiceId), ct);
        AwaitingReview = editor.IsAdministrator ? open.Count(c => c.State == ServiceChangeState.Submitted) : 0;
    }

    public static string ChangeLabel(ServiceChangeState state) => state switch
    {
        ServiceChangeState.Draft => "Change being written",
        ServiceChangeState.Submitted => "Awaiting review",
        ServiceChangeState.Returned => "Returned to you",
        _ => state.ToString(),
    };
}
