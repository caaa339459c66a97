using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Services.Manage;

/// <summary>One service for its editors: how fresh it is, its change in progress, and the actions: edit, still correct, archive, restore.</summary>
public sealed class ServiceModel(TogetherDbContext db, ServiceEditing editing, TimeProvider clock) : PageModel
{
    public DirectoryService Service { get; private set; } = null!;
    public Freshness Freshness { get; private set; }
    public ServiceChange? Open { get; private set; }
    public bool IsAdministrator { get; private set; }
    public int OpenReports { get; private set; }
    public DateTime? ArchivedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var (result, _) = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        Freshness = Service.Status == ServiceStatus.Defunct ? Freshness.Fresh : ServiceFreshness.Of(ServiceFreshness.CheckedOn(Service), clock.GetUtcNow().UtcDateTime);
        Open = await editing.OpenChangeAsync(id, ct);
        OpenReports = await db.DirectoryServiceReports.CountAsync(r => r.ServiceId == id && r.Status == ServiceReportStatus.New, ct);
        ArchivedAt = (await db.DirectoryServiceUpkeep.AsNoTracking().FirstOrDefaultAsync(u => u.ServiceId == id, ct))?.ArchivedAt;
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken ct)
    {
        var (result, editor) = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        if (Service.Status == ServiceStatus.Defunct)
        {
            TempData["ManageMessage"] = "Restore the service before changing it.";
            return Redirect($"/services/manage/{id}");
        }

        var change = await editing.StartEditAsync(editor!, Service, ct);
        return Redirect($"/services/manage/changes/{change.Id}");
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct)
    {
        var (result, editor) = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        // A repeated press on the same day changes nothing more.
        if (Service.AssuredDate is not { } checkedOn || Shared.UkTime.Date(checkedOn) != Shared.UkTime.Date(clock.GetUtcNow().UtcDateTime))
        {
            await editing.ConfirmAsync(Service, editor!, ct);
        }

        TempData["ManageMessage"] = "Thank you. The service now shows as checked today.";
        return Redirect($"/services/manage/{id}");
    }

    public async Task<IActionResult> OnPostArchiveAsync(Guid id, CancellationToken ct)
    {
        var (result, editor) = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        await editing.ArchiveAsync(Service, editor!, ct);
        TempData["ManageMessage"] = "The service is archived. It no longer shows in Find a service.";
        return Redirect($"/services/manage/{id}");
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken ct)
    {
        var (result, editor) = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        if (!editor!.IsAdministrator)
        {
            return Forbid();
        }

        await editing.RestoreAsync(Service, editor, ct);
        TempData["ManageMessage"] = "The service is restored and shows in Find a service again.";
        return Redirect($"/services/manage/{id}");
    }

    private async Task<(IActionResult? Result, DirectoryEditor? Editor)> LoadAsync(Guid id, CancellationToken ct)
    {
        var service = await editing.LoadAsync(id, ct);
        if (service is null)
        {
            return (NotFound(), null);
        }

        var editor = await editing.EditorAsync(User, ct);
        if (!editor.MayEdit(service.Organization))
        {
            return (Forbid(), editor);
        }

        Service = service;
        IsAdministrator = editor.IsAdministrator;
        return (null, editor);
    }
}
