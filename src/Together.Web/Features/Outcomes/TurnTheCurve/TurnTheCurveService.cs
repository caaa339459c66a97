using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Features.Governance;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Outcomes.TurnTheCurve;

/// <summary>What the public indicator page shows under "Turning the curve": the published copy only.</summary>
public sealed record PublishedCurve(TurnTheCurvePlan Plan, IReadOnlyList<BoardAction> Actions, CurveProjection Projection);

public enum PublishResult
{
    Published,
    NothingChanged,
    Empty,
}

/// <summary>Reads, edits and publishes turn-the-curve plans; decides who may edit one.</summary>
public sealed class TurnTheCurveService(TogetherDbContext db, TimeProvider clock, UserManager<TogetherUser> users)
{
    /// <summary>Administrators edit any plan; other staff only the plans of indicators their organisation owns.</summary>
    public async Task<bool> CanEditAsync(ClaimsPrincipal principal, Indicator indicator)
    {
        if (principal.IsInRole(Roles.Administrator))
        {
            return true;
        }

        if (!Roles.Staff.Any(principal.IsInRole) || indicator.DataOwnerId is null)
        {
            return false;
        }

        var user = await users.GetUserAsync(principal);
        return user?.OrganisationId is { } organisation && organisation == indicator.DataOwnerId;
    }

    /// <summary>The indicators this person may write a plan for.</summary>
    public async Task<IReadOnlyList<Indicator>> EditableAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var query = db.Indicators.AsNoTracking().Include(i => i.DataOwner).AsQueryable();
        if (!principal.IsInRole(Roles.Administrator))
        {
            var user = await users.GetUserAsync(principal);
            var organisation = user?.OrganisationId;
            query = query.Where(i => organisation != null && i.DataOwnerId == organisation);
        }

        return await query.OrderBy(i => i.Code).ToListAsync(cancellationToken);
    }

    public Task<TurnTheCurvePlan?> FindAsync(Guid indicatorId, CancellationToken cancellationToken) =>
        db.TurnTheCurvePlans.FirstOrDefaultAsync(p => p.IndicatorId == indicatorId, cancellationToken);

    public async Task<TurnTheCurvePlan> FindOrCreateAsync(Indicator indicator, CancellationToken cancellationToken)
    {
        var plan = await FindAsync(indicator.Id, cancellationToken);
        if (plan is null)
        {
            plan = new TurnTheCurvePlan { Id = Guid.NewGuid(), IndicatorId = indicator.Id, DraftUpdatedAt = clock.GetUtcNow().UtcDateTime };
            db.TurnTheCurvePlans.Add(plan);
        }

        return plan;
    }

    public Task<List<BoardAction>> ActionsAsync(Guid planId, CancellationToken cancellationToken) =>
        db.BoardActions.AsNoTracking().Include(a => a.OwnerOrganisation).Include(a => a.Updates)
            .Where(a => a.TurnTheCurvePlanId == planId).OrderBy(a => a.DueDate).ThenBy(a => a.CreatedAt).ToListAsync(cancellationToken);

    public Task<List<TurnTheCurvePublication>> PublicationsAsync(Guid planId, CancellationToken cancellationToken) =>
        db.TurnTheCurvePublications.AsNoTracking().Where(p => p.PlanId == planId).OrderByDescending(p => p.Version).ToListAsync(cancellationToken);

    /// <summary>Copies the draft to the public copy and records the publication. Publishing an unchanged draft does nothing.</summary>
    public async Task<PublishResult> PublishAsync(TurnTheCurvePlan plan, string by, CancellationToken cancellationToken)
    {
        if (plan.Story.Length == 0 && plan.WhatWorks.Length == 0 && plan.Partners.Length == 0)
        {
            return PublishResult.Empty;
        }

        if (!plan.HasUnpublishedChanges)
        {
            return PublishResult.NothingChanged;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        plan.PublishedStory = plan.Story;
        plan.PublishedPartners = plan.Partners;
        plan.PublishedWhatWorks = plan.WhatWorks;
        plan.PublishedAt = now;
        plan.PublishedBy = by;
        plan.PublishedVersion++;
        db.TurnTheCurvePublications.Add(new TurnTheCurvePublication
        {
            Id = Guid.NewGuid(),
            PlanId = plan.Id,
            Version = plan.PublishedVersion,
            PublishedAt = now,
            PublishedBy = by,
            Story = plan.Story,
            Partners = plan.Partners,
            WhatWorks = plan.WhatWorks,
        });
        await db.SaveChangesAsync(cancellationToken);
        return PublishResult.Published;
    }

    /// <summary>The published plan for the public indicator page, or null when it has never been published.</summary>
    public async Task<PublishedCurve?> PublishedAsync(IndicatorSummary summary, CancellationToken cancellationToken)
    {
        var plan = await db.TurnTheCurvePlans.AsNoTracking().FirstOrDefaultAsync(p => p.IndicatorId == summary.Indicator.Id && p.PublishedAt != null, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        return new PublishedCurve(plan, await ActionsAsync(plan.Id, cancellationToken), Projection(summary));
    }

    public static CurveProjection Projection(IndicatorSummary summary) =>
        CurveForecast.Project(summary.Indicator, summary.Series
            .Where(p => p.Figure is not null)
            .Select(p => (p.Period, p.Figure!.Source.PeriodStart, p.Figure.Source.PeriodEnd, p.Figure.Value))
            .ToList());
}
