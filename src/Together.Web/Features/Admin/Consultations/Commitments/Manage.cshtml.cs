using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Voice;
using Together.Web.Features.Voice.WeDid;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations.Commitments;

public sealed class ManageModel(TogetherDbContext db, WeDidReader reader) : PageModel
{
    public Commitment Commitment { get; private set; } = null!;

    public IReadOnlyList<Consultation> Consultations { get; private set; } = [];

    public string Owner { get; private set; } = "";

    public GovernanceLink? Meeting { get; private set; }

    public GovernanceLink? Decision { get; private set; }

    public IReadOnlyList<CommitmentUpdate> Updates { get; private set; } = [];

    public int Subscribers { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Commitments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is not { } commitment)
        {
            return NotFound();
        }

        Commitment = commitment;
        var consultationIds = db.CommitmentConsultations.Where(l => l.CommitmentId == id).Select(l => l.ConsultationId);
        Consultations = await db.Consultations.AsNoTracking().Where(c => consultationIds.Contains(c.Id)).OrderBy(c => c.Title).ToListAsync(ct);
        Owner = await db.Organisations.Where(o => o.Id == commitment.OwnerOrganisationId).Select(o => o.Name).SingleOrDefaultAsync(ct) ?? "";
        Meeting = commitment.MeetingId is { } m ? (await reader.PublicMeetingsAsync([m], ct)).GetValueOrDefault(m) : null;
        Decision = commitment.DecisionId is { } d ? (await reader.PublicDecisionsAsync([d], ct)).GetValueOrDefault(d) : null;
        Updates = (await db.CommitmentUpdates.AsNoTracking().Where(u => u.CommitmentId == id).ToListAsync(ct)).OrderByDescending(u => u.At).ToList();
        var ids = Consultations.Select(c => (Guid?)c.Id).ToList();
        Subscribers = await db.UpdateSubscriptions.Where(s => s.ConfirmedAt != null && (s.CommitmentId == id || ids.Contains(s.ConsultationId))).Select(s => s.Email).Distinct().CountAsync(ct);
        return Page();
    }
}
