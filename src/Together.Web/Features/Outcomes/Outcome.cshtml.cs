using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Outcomes.Caching;

namespace Together.Web.Features.Outcomes;

public sealed class OutcomeModel(PublicOutcomes outcomes) : PageModel
{
    public int Number { get; private set; }
    public string OutcomeTitle { get; private set; } = "";
    public IReadOnlyList<IndicatorSummary> Indicators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken cancellationToken)
    {
        if (!PlanLinks.Outcomes.ContainsKey(number))
        {
            return NotFound();
        }

        Number = number;
        OutcomeTitle = PlanLinks.OutcomeTitle(number);
        Indicators = (await outcomes.ScorecardAsync(cancellationToken)).Where(s => s.Indicator.Outcomes.Contains(number)).ToList();
        return Page();
    }
}
