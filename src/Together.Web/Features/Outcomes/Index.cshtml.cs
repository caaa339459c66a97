using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Outcomes.Caching;

namespace Together.Web.Features.Outcomes;

public sealed class IndexModel(PublicOutcomes outcomes) : PageModel
{
    public IReadOnlyList<(int Number, string Title, IReadOnlyList<IndicatorSummary> Indicators)> Outcomes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var summaries = await outcomes.ScorecardAsync(cancellationToken);
        Outcomes = PlanLinks.Outcomes
            .Select(o => (o.Key, o.Value, (IReadOnlyList<IndicatorSummary>)summaries.Where(s => s.Indicator.Outcomes.Contains(o.Key)).ToList()))
            .ToList();
    }
}
