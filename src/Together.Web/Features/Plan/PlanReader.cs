using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Plan;

/// <summary>
/// Reads the plan. Other features use this to find outcomes, focus areas and statements by their stable ids
/// (for example an indicator that belongs to an outcome) and to link to their public pages.
/// </summary>
public sealed class PlanReader(TogetherDbContext db, IMemoryCache? cache = null)
{
    /// <summary>
    /// Public plan pages are read far more often than the plan changes, so the public view is kept for a short while.
    /// The editor evicts it on this server at once; other servers pick up an edit within this time.
    /// </summary>
    public static readonly TimeSpan PublicViewLifetime = TimeSpan.FromSeconds(30);

    private static int generation;

    /// <summary>Called after every change to the plan so public pages show it at once.</summary>
    public static void Invalidate() => Interlocked.Increment(ref generation);

    public Task<PlanPeriod?> LivePeriodAsync(CancellationToken cancellationToken = default) =>
        db.PlanPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Status == PlanPeriodStatus.Live, cancellationToken);

    /// <summary>The outcomes of the live plan, by number.</summary>
    public async Task<IReadOnlyList<Outcome>> LiveOutcomesAsync(CancellationToken cancellationToken = default)
    {
        var live = await LivePeriodAsync(cancellationToken);
        return live is null
            ? []
            : await db.Outcomes.AsNoTracking().Where(o => o.PeriodId == live.Id).OrderBy(o => o.Number).ToListAsync(cancellationToken);
    }

    public Task<Outcome?> FindOutcomeAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Outcomes.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    public Task<FocusArea?> FindFocusAreaAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.FocusAreas.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    public Task<DifferenceStatement?> FindStatementAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.DifferenceStatements.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>
    /// The live plan's version of an outcome from any period, following CarriedForwardFromId forwards
    /// (an indicator linked to 2019–2021's "Safe" finds 2024–2027's "Safe"). Null if the live plan dropped it.
    /// </summary>
    public async Task<Outcome?> LiveVersionOfOutcomeAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var live = await LivePeriodAsync(cancellationToken);
        if (live is null)
        {
            return null;
        }

        var current = await FindOutcomeAsync(id, cancellationToken);
        var seen = new HashSet<Guid>();
        while (current is not null && current.PeriodId != live.Id && seen.Add(current.Id))
        {
            var currentId = current.Id;
            current = await db.Outcomes.AsNoTracking().FirstOrDefaultAsync(o => o.CarriedForwardFromId == currentId, cancellationToken);
        }

        return current;
    }

    /// <summary>The public address of an outcome's page.</summary>
    public async Task<string?> OutcomeUrlAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var outcome = await FindOutcomeAsync(id, cancellationToken);
        if (outcome is null)
        {
            return null;
        }

        var period = await db.PlanPeriods.AsNoTracking().FirstAsync(p => p.Id == outcome.PeriodId, cancellationToken);
        return period.Status switch
        {
            PlanPeriodStatus.Live => $"/plan/outcomes/{outcome.Number}",
            PlanPeriodStatus.Archived => $"/plan/{period.Slug}/outcomes/{outcome.Number}",
            _ => null,
        };
    }

    /// <summary>A period the public may see: the live one when <paramref name="periodSlug"/> is null, never a draft.</summary>
    public async Task<PlanView?> PublicViewAsync(string? periodSlug, CancellationToken cancellationToken = default)
    {
        if (cache is null)
        {
            return await LoadPublicViewAsync(periodSlug, cancellationToken);
        }

        var key = $"plan:{Volatile.Read(ref generation)}:{periodSlug ?? "(live)"}";
        if (cache.TryGetValue(key, out PlanView? cached))
        {
            return cached;
        }

        var view = await LoadPublicViewAsync(periodSlug, cancellationToken);
        cache.Set(key, view, PublicViewLifetime);
        return view;
    }

    private async Task<PlanView?> LoadPublicViewAsync(string? periodSlug, CancellationToken cancellationToken)
    {
        var period = periodSlug is null
            ? await LivePeriodAsync(cancellationToken)
            : await db.PlanPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == periodSlug, cancellationToken);
        if (period is null || period.Status == PlanPeriodStatus.Draft)
        {
            return null;
        }

        return await ViewAsync(period, cancellationToken);
    }

    public async Task<PlanView?> ViewAsync(Guid periodId, CancellationToken cancellationToken = default)
    {
        var period = await db.PlanPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId, cancellationToken);
        return period is null ? null : await ViewAsync(period, cancellationToken);
    }

    private async Task<PlanView> ViewAsync(PlanPeriod period, CancellationToken cancellationToken)
    {
        var id = period.Id;
        var outcomes = await db.Outcomes.AsNoTracking().Where(o => o.PeriodId == id).OrderBy(o => o.Number).ToListAsync(cancellationToken);
        var outcomeIds = outcomes.Select(o => o.Id).ToList();
        return new PlanView
        {
            Period = period,
            Outcomes = outcomes,
            FocusAreas = await db.FocusAreas.AsNoTracking().Where(f => f.PeriodId == id).OrderBy(f => f.Number).ToListAsync(cancellationToken),
            Principles = await db.Principles.AsNoTracking().Where(p => p.PeriodId == id).OrderBy(p => p.Number).ToListAsync(cancellationToken),
            Statements = await db.DifferenceStatements.AsNoTracking().Where(s => s.PeriodId == id).OrderBy(s => s.Number).ToListAsync(cancellationToken),
            Behaviours = await db.Behaviours.AsNoTracking().Where(b => b.PeriodId == id).OrderBy(b => b.Number).ToListAsync(cancellationToken),
            Beliefs = await db.Beliefs.AsNoTracking().Where(b => b.PeriodId == id).OrderBy(b => b.Number).ToListAsync(cancellationToken),
            Sections = await db.PlanSections.AsNoTracking().Where(s => s.PeriodId == id).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken),
            Links = await db.OutcomeLinks.AsNoTracking().Where(l => outcomeIds.Contains(l.OutcomeId)).ToListAsync(cancellationToken),
            BasePath = period.Status == PlanPeriodStatus.Live ? "/plan" : $"/plan/{period.Slug}",
        };
    }
}
