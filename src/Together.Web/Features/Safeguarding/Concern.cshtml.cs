using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Auditing;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Safeguarding;

public sealed class ConcernModel(TogetherDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public SafeguardingConcern? Concern { get; private set; }

    public DateTime Now { get; private set; }

    [BindProperty]
    public ConcernDecision? Decision { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public static string DecisionText(ConcernDecision? decision) => decision switch
    {
        ConcernDecision.NotAConcern => "Not a concern",
        ConcernDecision.NoFurtherAction => "No further action",
        ConcernDecision.EarlyHelp => "Early help",
        ConcernDecision.ReferralToFrontDoor => "Referral to children's social care front door",
        _ => "",
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Concern = await db.SafeguardingConcerns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (Concern is null)
        {
            return NotFound();
        }

        await audit.RecordViewAsync(nameof(SafeguardingConcern), id.ToString(), "Read in the triage queue", ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Concern = await db.SafeguardingConcerns.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (Concern is null)
        {
            return NotFound();
        }

        if (Concern.Status == ConcernStatus.Decided)
        {
            // A second submit (or a colleague deciding at the same time) must not overwrite the recorded decision.
            return Redirect($"/safeguarding/concerns/{id}");
        }

        Reason = Reason?.Trim();
        if (Decision is null || !Enum.IsDefined(Decision.Value))
        {
            ModelState.Remove(nameof(Decision));
            ModelState.AddModelError(nameof(Decision), "Select a decision");
        }

        if (string.IsNullOrEmpty(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Enter the reason for the decision");
        }
        else if (Reason.Length > 4000)
        {
            ModelState.AddModelError(nameof(Reason), "Reason must be 4,000 characters or fewer");
        }

        await audit.RecordViewAsync(nameof(SafeguardingConcern), id.ToString(), "Read while recording a decision", ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Concern.Status = ConcernStatus.Decided;
        Concern.Decision = Decision;
        Concern.DecisionReason = Reason;
        Concern.DecidedBy = User.Identity?.Name ?? "unknown";
        Concern.DecidedAt = Now;
        await db.SaveChangesAsync(ct);
        return Redirect($"/safeguarding/concerns/{id}");
    }
}
