using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Outcomes;
using Together.Web.Features.Outcomes.TurnTheCurve;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Data.TurnTheCurve;

/// <summary>The indicators this person may write a turn-the-curve plan for, and where each plan stands.</summary>
public sealed class IndexModel(TurnTheCurveService service, TogetherDbContext db) : PageModel
{
    public IReadOnlyList<(Indicator Indicator, TurnTheCurvePlan? Plan)> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var indicators = await service.EditableAsync(User, cancellationToken);
        var ids = indicators.Select(i => i.Id).ToList();
        var plans = await db.TurnTheCurvePlans.AsNoTracking().Where(p => ids.Contains(p.IndicatorId)).ToDictionaryAsync(p => p.IndicatorId, cancellationToken);
        Rows = indicators.Select(i => (i, plans.GetValueOrDefault(i.Id))).ToList();
    }

    public static string Status(TurnTheCurvePlan? plan) => plan switch
    {
        null => "No plan yet",
        { IsPublished: false } => "Draft, not published",
        { HasUnpublishedChanges: true } => "Published, with changes not yet published",
        _ => "Published",
    };
}
