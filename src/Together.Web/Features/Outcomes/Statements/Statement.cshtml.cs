using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Statistics;
using Together.Web.Features.Outcomes.Caching;
using Together.Web.Features.Plan;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Outcomes.Statements;

/// <summary>
/// One "how we'll know we've made a difference" statement of the live plan: the published measures that back it, shown
/// together as on the scorecard, and a plain-words summary derived from their statistics.
/// </summary>
public sealed class StatementModel(PlanReader plan, PublicOutcomes outcomes) : PageModel
{
    public PlanView Plan { get; private set; } = null!;
    public DifferenceStatement Statement { get; private set; } = null!;
    public IReadOnlyList<IndicatorSummary> Measures { get; private set; } = [];
    public IReadOnlyList<string> Summary { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken cancellationToken)
    {
        var view = await plan.PublicViewAsync(null, cancellationToken);
        var statement = view?.Statements.FirstOrDefault(s => s.Number == number);
        if (statement is null)
        {
            return NotFound();
        }

        Plan = view!;
        Statement = statement;
        Measures = (await outcomes.ScorecardAsync(cancellationToken)).Where(s => s.Indicator.Statements.Contains(number)).ToList();
        Summary = StatementSummary.Describe(Measures.Select(State).ToList());
        return Page();
    }

    /// <summary>The published indicators linked to a statement, summarised for the public, read without the cache.</summary>
    public static async Task<IReadOnlyList<IndicatorSummary>> ForStatementAsync(TogetherDbContext db, OutcomesReader reader, int number, CancellationToken cancellationToken)
    {
        var indicators = (await db.Indicators.AsNoTracking().Where(i => i.IsPublished).OrderBy(i => i.Code).ToListAsync(cancellationToken))
            .Where(i => i.Statements.Contains(number)).ToList();
        var data = await reader.LoadScorecardAsync(indicators, Audience.Public, cancellationToken);
        return data.Select(d => reader.Summarise(d)).ToList();
    }

    public static MeasureState State(IndicatorSummary summary) => new(
        summary.Trend.Outcome,
        summary.Latest is null ? MeasureFigure.Missing : summary.Latest.Suppressed && summary.Latest.Value is null ? MeasureFigure.Suppressed : MeasureFigure.Shown,
        summary.Target?.Status);

    public static string StatementUrl(int number) => $"/plan/how-we-will-know/{number}";
}
