using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Outcomes;

public sealed class OutcomeModel(TogetherDbContext db, OutcomesReader reader) : PageModel
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
        Indicators = await Scorecard.ForOutcomeAsync(db, reader, number, cancellationToken);
        return Page();
    }
}
