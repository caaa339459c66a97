using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Voice.WeDid;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations.Commitments;

public sealed class NewModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public DetailsChoices Choices { get; private set; } = null!;

    [BindProperty] public CommitmentDetailsInput Details { get; set; } = new();

    /// <summary>Becomes the commitment's id, so pressing "Add" twice adds it once.</summary>
    [BindProperty] public Guid Token { get; set; }

    public async Task OnGetAsync(Guid? consultation, CancellationToken ct)
    {
        Choices = await DetailsChoices.LoadAsync(db, ct);
        Token = Guid.NewGuid();
        if (consultation is { } c && Choices.Consultations.Any(x => x.Id == c))
        {
            Details.ConsultationIds = [c];
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Choices = await DetailsChoices.LoadAsync(db, ct);
        if (Token == Guid.Empty)
        {
            return BadRequest();
        }

        if (await db.Commitments.AnyAsync(c => c.Id == Token, ct))
        {
            return Redirect($"/admin/commitments/{Token}");
        }

        Details.Validate(this, Choices);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var commitment = new Commitment { Id = Token, Status = CommitmentStatus.Planned, CreatedAt = now, UpdatedAt = now };
        Details.CopyTo(commitment);
        db.Commitments.Add(commitment);
        db.CommitmentConsultations.AddRange(Details.ConsultationIds.Select(id => new CommitmentConsultation { CommitmentId = commitment.Id, ConsultationId = id }));
        db.CommitmentUpdates.Add(new CommitmentUpdate { Id = Guid.NewGuid(), CommitmentId = commitment.Id, At = now, By = StaffName.Of(this), Text = "We added this after reading what people told us.", ToStatus = CommitmentStatus.Planned, Progress = 0 });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once: the first one added it.
        }

        return Redirect($"/admin/commitments/{commitment.Id}");
    }
}
