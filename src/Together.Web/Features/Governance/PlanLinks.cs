using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Plan;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance;

/// <summary>
/// Agenda items and decisions store the ids of the plan outcomes and focus areas they serve; this turns them into
/// titles and links. The live plan's pages are at /plan/…, an earlier plan's under /plan/{period}/….
/// </summary>
public sealed class PlanLinks(TogetherDbContext db)
{
    public sealed record Link(string Text, string? Url);

    public async Task<Dictionary<string, Link>> ResolveAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var guids = ids.Select(i => Guid.TryParse(i, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();
        var result = new Dictionary<string, Link>(StringComparer.OrdinalIgnoreCase);
        if (guids.Count == 0)
        {
            return result;
        }

        var periods = await db.PlanPeriods.ToDictionaryAsync(p => p.Id, cancellationToken);
        string? Prefix(Guid periodId) => periods.TryGetValue(periodId, out var p)
            ? p.Status switch { PlanPeriodStatus.Live => "/plan", PlanPeriodStatus.Archived => $"/plan/{p.Slug}", _ => null }
            : null;

        foreach (var o in await db.Outcomes.Where(o => guids.Contains(o.Id)).ToListAsync(cancellationToken))
        {
            var prefix = Prefix(o.PeriodId);
            result[o.Id.ToString()] = new Link($"Outcome {o.Number}: {o.ShortTitle}", prefix is null ? null : $"{prefix}/outcomes/{o.Number}");
        }

        foreach (var f in await db.FocusAreas.Where(f => guids.Contains(f.Id)).ToListAsync(cancellationToken))
        {
            var prefix = Prefix(f.PeriodId);
            result[f.Id.ToString()] = new Link($"Focus area {f.Number}: {f.Title}", prefix is null ? null : $"{prefix}/focus-areas/{f.Number}");
        }

        return result;
    }
}
