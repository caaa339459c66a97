using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Services;

/// <summary>An administrator reviews one change: the diff against the live service, then approve or return it with a comment.</summary>
public sealed class ReviewModel(TogetherDbContext db, ServiceEditing editing) : PageModel
{
    public ServiceChange Change { get; private set; } = null!;
    public ServiceDraft Draft { get; private set; } = new();
    public IReadOnlyList<ServiceDirectory.FieldChange> Changes { get; private set; } = [];

    [BindProperty] public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing)
        {
            return missing;
        }

        // A second press, or a change returned meanwhile, applies nothing.
        if (Change.State == ServiceChangeState.Submitted)
        {
            await editing.ApproveAsync(Change, await editing.EditorAsync(User, ct), ct);
            TempData["ReviewMessage"] = $"Approved: {Draft.Name} is live.";
        }

        return Redirect($"/admin/services/review/{id}");
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing)
        {
            return missing;
        }

        if (Change.State != ServiceChangeState.Submitted)
        {
            return Redirect($"/admin/services/review/{id}");
        }

        var comment = Forms.Clean(Comment);
        if (comment is null)
        {
            this.AddError(nameof(Comment), "Say what the editor needs to change");
        }
        else if (comment.Length > EditingLimits.CommentMaxLength)
        {
            this.AddError(nameof(Comment), $"The comment must be {EditingLimits.CommentMaxLength:N0} characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await editing.ReturnAsync(Change, comment!, await editing.EditorAsync(User, ct), $"{Request.Scheme}://{Request.Host}/services/manage/changes/{id}", ct);
        TempData["ReviewMessage"] = "Returned to the editor with your comment.";
        return Redirect($"/admin/services/review/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var change = await db.DirectoryServiceChanges.Include(c => c.Organization).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (change is null)
        {
            return NotFound();
        }

        Change = change;
        Draft = ServiceDraft.FromJson(change.ProposedJson);
        ServiceDraft? live = null;
        if (change.State != ServiceChangeState.Approved && change.Kind != ServiceChangeKind.Create && await editing.LoadAsync(change.ServiceId, ct) is { } service)
        {
            live = await editing.SnapshotAsync(service, ct);
        }
        else if (change.BeforeJson is not null)
        {
            live = ServiceDraft.FromJson(change.BeforeJson);
        }

        Changes = ServiceDraft.Diff(live, Draft, await editing.CategoryNamesAsync(ct));
        return null;
    }
}
