using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Voice.WeDid;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations.Commitments;

public sealed class EditModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public Commitment Commitment { get; private set; } = null!;

    public DetailsChoices Choices { get; private set; } = null!;

    [BindProperty] public CommitmentDetailsInput Details { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Commitments.FindAsync([id], ct) is not { } commitment)
        {
            return NotFound();
        }

        Commitment = commitment;
        Choices = await DetailsChoices.LoadAsync(db, ct);
        Details = CommitmentDetailsInput.From(commitment, await db.CommitmentConsultations.Where(l => l.CommitmentId == id).Select(l => l.ConsultationId).ToListAsync(ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await db.Commitments.FindAsync([id], ct) is not { } commitment)
        {
            return NotFound();
        }

        Commitment = commitment;
        Choices = await DetailsChoices.LoadAsync(db, ct);
        var existing = await db.CommitmentConsultations.Where(l => l.CommitmentId == id).ToListAsync(ct);

        // A link to a consultation that is no longer offered (back in draft, say) is kept rather than refused.
        Choices = Choices with { Consultations = [.. Choices.Consultations, .. (await db.Consultations.Where(c => existing.Select(l => l.ConsultationId).Contains(c.Id)).ToListAsync(ct)).Where(c => Choices.Consultations.All(x => x.Id != c.Id)).Select(c => (c.Id, c.Title, c.Status))] };
        Details.Validate(this, Choices);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Details.CopyTo(commitment);
        commitment.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        db.CommitmentConsultations.RemoveRange(existing.Where(l => !Details.ConsultationIds.Contains(l.ConsultationId)));
        db.CommitmentConsultations.AddRange(Details.ConsultationIds.Where(c => existing.All(l => l.ConsultationId != c)).Select(c => new CommitmentConsultation { CommitmentId = id, ConsultationId = c }));
        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/commitments/{id}");
    }
}
