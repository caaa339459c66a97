using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Plan;

// The public plan pages. Each answers at /plan/… for the live plan and at /plan/{period}/… for an earlier one
// (routes added in PlanFeature); a draft period, an unknown period or an unknown number is a 404.

/// <summary>The pages that show a whole period: the plan, focus areas, TOGETHER, "how we'll know", behaviours.</summary>
public sealed class PlanPageModel(PlanReader reader) : PageModel
{
    public PlanView Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? period, CancellationToken cancellationToken)
    {
        var plan = await reader.PublicViewAsync(period, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        return Page();
    }
}

public sealed class OutcomeModel(PlanReader reader, IEnumerable<IOutcomePageSection> sections) : PageModel
{
    public OutcomePage View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? period, int number, CancellationToken cancellationToken)
    {
        var plan = await reader.PublicViewAsync(period, cancellationToken);
        if (plan?.Outcome(number) is not { } outcome)
        {
            return NotFound();
        }

        View = await OutcomePage.BuildAsync(plan!, outcome, sections, cancellationToken);
        return Page();
    }
}

public sealed class FocusAreaModel(PlanReader reader) : PageModel
{
    public FocusAreaPage View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? period, int number, CancellationToken cancellationToken)
    {
        var plan = await reader.PublicViewAsync(period, cancellationToken);
        if (plan?.FocusArea(number) is not { } focusArea)
        {
            return NotFound();
        }

        View = new FocusAreaPage(plan!, focusArea);
        return Page();
    }
}

public sealed class PeriodsModel(TogetherDbContext db) : PageModel
{
    public IReadOnlyList<PlanPeriod> Periods { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Drafts are not public until they are made live.
        Periods = await db.PlanPeriods.AsNoTracking().Where(p => p.Status != PlanPeriodStatus.Draft).OrderByDescending(p => p.StartsOn).ToListAsync(cancellationToken);
    }
}
