using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Outcomes;

public sealed class IndexModel(TogetherDbContext db, OutcomesReader reader) : PageModel
{
    public IReadOnlyList<(int Number, string Title, IReadOnlyList<IndicatorSummary> Indicators)> Outcomes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.IsPublished).OrderBy(i => i.Code).ToListAsync(cancellationToken);
        var data = await reader.LoadScorecardAsync(indicators, Audience.Public, cancellationToken);
        var summaries = data.Select(d => reader.Summarise(d)).ToList();
        Outcomes = PlanLinks.Outcomes
            .Select(o => (o.Key, o.Value, (IReadOnlyList<IndicatorSummary>)summaries.Where(s => s.Indicator.Outcomes.Contains(o.Key)).ToList()))
            .ToList();
    }
}
