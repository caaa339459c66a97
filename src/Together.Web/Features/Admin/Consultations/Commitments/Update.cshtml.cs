using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Shared;
using Together.Web.Features.Voice.WeDid;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations.Commitments;

/// <summary>
/// Moves a commitment on: status, progress, the reason when it is not going ahead, and a dated update. A status
/// change emails the confirmed subscribers, queued in the same save so nobody is told about a change that was not stored.
/// </summary>
public sealed class UpdateModel(TogetherDbContext db, UpdateSubscriptions subscriptions, TimeProvider clock) : PageModel
{
    public Commitment Commitment { get; private set; } = null!;

    [BindProperty] public string? Status { get; set; }
    [BindProperty] public string? Progress { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Note { get; set; }

    /// <summary>Becomes the update's id, so a repeated submit records (and emails) once.</summary>
    [BindProperty] public Guid Token { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Commitments.FindAsync([id], ct) is not { } commitment)
        {
            return NotFound();
        }

        Commitment = commitment;
        Status = WeDidText.Slug(commitment.Status);
        Progress = commitment.Progress.ToString(CultureInfo.InvariantCulture);
        Reason = commitment.NotDoingReason;
        Token = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await db.Commitments.FindAsync([id], ct) is not { } commitment)
        {
            return NotFound();
        }

        Commitment = commitment;
        if (Token == Guid.Empty)
        {
            return BadRequest();
        }

        if (await db.CommitmentUpdates.AnyAsync(u => u.Id == Token, ct))
        {
            return Redirect($"/admin/commitments/{id}");
        }

        var status = WeDidText.FromSlug(Status);
        if (status is null)
        {
            this.AddError(nameof(Status), "Select a status");
        }

        var progressText = Progress?.Trim().TrimEnd('%').Trim();
        int progress = -1;
        if (string.IsNullOrEmpty(progressText))
        {
            this.AddError(nameof(Progress), "Enter progress as a whole number from 0 to 100");
        }
        else if (!int.TryParse(progressText, NumberStyles.None, CultureInfo.InvariantCulture, out progress))
        {
            progress = -1;
            this.AddError(nameof(Progress), "Enter progress as a whole number from 0 to 100, like 40");
        }

        Reason = Forms.Clean(Reason);
        Note = Forms.Clean(Note);
        if (status is null || !ModelState.IsValid)
        {
            return Page();
        }

        var change = new CommitmentFlow.Change(status.Value, progress, Reason, Note);
        foreach (var (field, message) in CommitmentFlow.Check(commitment, change))
        {
            this.AddError(field, message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var from = commitment.Status;
        var update = CommitmentFlow.Apply(commitment, change, StaffName.Of(this), clock.GetUtcNow().UtcDateTime);
        update.Id = Token;
        db.CommitmentUpdates.Add(update);
        var emailed = from != commitment.Status ? await subscriptions.QueueStatusChangeAsync(commitment, update, $"{Request.Scheme}://{Request.Host}", ct) : 0;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once: the update's id let exactly one in, with its emails.
            return Redirect($"/admin/commitments/{id}");
        }

        TempData["Saved"] = from != commitment.Status
            ? $"Status changed to {WeDidText.Status(commitment.Status).ToLowerInvariant()}. {(emailed == 1 ? "1 person" : $"{emailed} people")} will be emailed."
            : "Update saved.";
        return Redirect($"/admin/commitments/{id}");
    }
}
