using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Governance;
using Together.Web.Features.Outcomes;
using Together.Web.Features.Outcomes.TurnTheCurve;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Data.TurnTheCurve;

/// <summary>
/// Edits an indicator's turn-the-curve draft and publishes it. Administrators may edit any plan; other staff only those of
/// indicators their organisation owns (anyone else gets 403). The baseline and forecast come from the public figures.
/// </summary>
public sealed class EditModel(TogetherDbContext db, TurnTheCurveService service, OutcomesReader reader, TimeProvider clock) : PageModel
{
    public Indicator Indicator { get; private set; } = null!;
    public TurnTheCurvePlan? Plan { get; private set; }
    public CurveProjection Projection { get; private set; } = null!;
    public IReadOnlyList<BoardAction> Actions { get; private set; } = [];
    public IReadOnlyList<TurnTheCurvePublication> Publications { get; private set; } = [];

    [BindProperty] public string? Story { get; set; }
    [BindProperty] public string? Partners { get; set; }
    [BindProperty] public string? WhatWorks { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Story = Plan?.Story;
        Partners = Plan?.Partners;
        WhatWorks = Plan?.WhatWorks;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string code, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Story = Clean(Story);
        Partners = Clean(Partners);
        WhatWorks = Clean(WhatWorks);
        Check(nameof(Story), Story, TurnTheCurvePlan.StoryMaxLength, "The story behind the curve");
        Check(nameof(Partners), Partners, TurnTheCurvePlan.PartnersMaxLength, "Partners with a role");
        Check(nameof(WhatWorks), WhatWorks, TurnTheCurvePlan.WhatWorksMaxLength, "What works");
        if (Story.Length == 0 && Partners.Length == 0 && WhatWorks.Length == 0)
        {
            ModelState.AddModelError(nameof(Story), "Enter the story behind the curve, the partners with a role or what works");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var plan = await service.FindOrCreateAsync(Indicator, cancellationToken);
        if (plan.Story != Story || plan.Partners != Partners || plan.WhatWorks != WhatWorks)
        {
            plan.Story = Story;
            plan.Partners = Partners;
            plan.WhatWorks = WhatWorks;
            plan.DraftUpdatedAt = clock.GetUtcNow().UtcDateTime;
            plan.DraftUpdatedBy = User.Identity?.Name ?? "unknown";
            await db.SaveChangesAsync(cancellationToken);
        }

        TempData["CurveMessage"] = "Draft saved. The public page has not changed: publish the draft when it is ready.";
        return Redirect($"/data/turn-the-curve/{Indicator.Code}");
    }

    public async Task<IActionResult> OnPostPublishAsync(string code, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var plan = await service.FindAsync(Indicator.Id, cancellationToken);
        var result = plan is null ? PublishResult.Empty : await service.PublishAsync(plan, User.Identity?.Name ?? "unknown", cancellationToken);
        TempData["CurveMessage"] = result switch
        {
            PublishResult.Published => "Published. The indicator's public page now shows this plan.",
            PublishResult.NothingChanged => "Nothing has changed since the plan was last published, so it was not published again.",
            _ => "Save a draft before publishing: there is nothing to publish yet.",
        };
        return Redirect($"/data/turn-the-curve/{Indicator.Code}");
    }

    private static string Clean(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private void Check(string field, string value, int max, string label)
    {
        if (value.Length > max)
        {
            ModelState.AddModelError(field, $"{label} must be {max:N0} characters or fewer (it has {value.Length:N0})");
        }
    }

    /// <summary>Loads the page's data; returns 404 for an unknown indicator and 403 for someone who may not edit it.</summary>
    private async Task<IActionResult?> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.AsNoTracking().Include(i => i.DataOwner).FirstOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (indicator is null)
        {
            return NotFound();
        }

        if (!await service.CanEditAsync(User, indicator))
        {
            return Forbid();
        }

        Indicator = indicator;
        Plan = await db.TurnTheCurvePlans.AsNoTracking().FirstOrDefaultAsync(p => p.IndicatorId == indicator.Id, cancellationToken);
        var data = await reader.LoadAsync(indicator, Audience.Public, cancellationToken);
        Projection = TurnTheCurveService.Projection(reader.Summarise(data));
        if (Plan is not null)
        {
            Actions = await service.ActionsAsync(Plan.Id, cancellationToken);
            Publications = await service.PublicationsAsync(Plan.Id, cancellationToken);
        }

        return null;
    }
}
