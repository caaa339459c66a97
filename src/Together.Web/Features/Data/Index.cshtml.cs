using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Outcomes;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Data;

public sealed class IndexModel(TogetherDbContext db) : PageModel
{
    public sealed record Row(Indicator Indicator, int Figures, int Suppressed, string? Latest);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.DataOwner).OrderBy(i => i.Code).ToListAsync(cancellationToken);
        var stats = await db.IndicatorValues.AsNoTracking().GroupBy(v => v.IndicatorId)
            .Select(g => new { g.Key, Count = g.Count(), Suppressed = g.Count(v => v.Suppression != null), Latest = g.Max(v => v.PeriodStart) })
            .ToListAsync(cancellationToken);
        var latestLabels = await db.IndicatorValues.AsNoTracking().Select(v => new { v.IndicatorId, v.PeriodStart, v.Period }).Distinct().ToListAsync(cancellationToken);
        Rows = indicators.Select(i =>
        {
            var s = stats.FirstOrDefault(x => x.Key == i.Id);
            var label = s is null ? null : latestLabels.FirstOrDefault(l => l.IndicatorId == i.Id && l.PeriodStart == s.Latest)?.Period;
            return new Row(i, s?.Count ?? 0, s?.Suppressed ?? 0, label);
        }).ToList();
    }
}
