using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Outcomes;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Data;

/// <summary>Staff view of every figure for an indicator, unsuppressed, with each figure's full history.</summary>
public sealed class FiguresModel(TogetherDbContext db) : PageModel
{
    public Indicator Indicator { get; private set; } = null!;
    public IReadOnlyList<IndicatorValue> Values { get; private set; } = [];
    public string? Period { get; private set; }
    public IReadOnlyList<string> PeriodsHeld { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, string? period, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (indicator is null)
        {
            return NotFound();
        }

        Indicator = indicator;
        PeriodsHeld = (await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == indicator.Id).Select(v => new { v.Period, v.PeriodStart }).Distinct().ToListAsync(cancellationToken))
            .OrderByDescending(p => p.PeriodStart).Select(p => p.Period).ToList();
        Period = period is not null && PeriodsHeld.Contains(period) ? period : PeriodsHeld.Count > 0 ? PeriodsHeld[0] : null;
        Values = (await db.IndicatorValues.AsNoTracking().Include(v => v.Revisions).Where(v => v.IndicatorId == indicator.Id && v.Period == Period).ToListAsync(cancellationToken))
            .OrderBy(v => v.AreaId).ThenBy(v => v.Dimension).ThenBy(v => v.Category).ToList();
        return Page();
    }
}
