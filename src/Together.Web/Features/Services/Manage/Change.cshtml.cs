using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Services.Manage;

/// <summary>Check your answers: every answer with a link to change it, what will change on the live service, and "Send for review".</summary>
public sealed class ChangeModel(TogetherDbContext db, ServiceEditing editing, TimeProvider clock) : PageModel
{
    public ServiceChange Change { get; private set; } = null!;
    public ServiceDraft Draft { get; private set; } = new();
    public IReadOnlyList<DraftField> Fields { get; private set; } = [];
    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        if (Change.State == ServiceChangeState.Submitted)
        {
            return Redirect($"/services/manage/changes/{id}/submitted");
        }

        if (!Journey.IsEditable(Change))
        {
            return Redirect($"/services/manage/changes/{id}");
        }

        foreach (var (section, message) in Journey.Missing(Draft))
        {
            this.AddError("section-" + section, message);
        }

        if (ModelState.IsValid && Change.Kind == ServiceChangeKind.Edit && Changes.Count == 0)
        {
            this.AddError("section-what", "You have not changed anything yet. Change an answer, or go back to the service");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await editing.SubmitAsync(Change, ct);
        return Redirect($"/services/manage/changes/{id}/submitted");
    }

    public async Task<IActionResult> OnPostDiscardAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        if (Journey.IsEditable(Change))
        {
            Change.State = ServiceChangeState.Discarded;
            Change.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }

        return Redirect(Change.Kind == ServiceChangeKind.Create ? "/services/manage" : $"/services/manage/{Change.ServiceId}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (change, _, status) = await Journey.LoadAsync(db, editing, User, id, ct);
        if (status == 404)
        {
            return NotFound();
        }

        if (status == 403)
        {
            return Forbid();
        }

        Change = change!;
        Draft = ServiceDraft.FromJson(change!.ProposedJson);
        var names = await editing.CategoryNamesAsync(ct);
        Fields = Draft.Fields(names);
        Changes = ServiceDraft.Diff(change.BeforeJson is null ? null : ServiceDraft.FromJson(change.BeforeJson), Draft, names);
        return null;
    }
}
