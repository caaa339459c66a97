using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Outcomes;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Indicators;

public sealed class EditModel(TogetherDbContext db, TimeProvider clock) : IndicatorFormModel(db, clock)
{
    public string OriginalCode { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var indicator = await Db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (indicator is null)
        {
            return NotFound();
        }

        OriginalCode = indicator.Code;
        Input = IndicatorInput.From(indicator);
        await LoadOptionsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        var indicator = await Db.Indicators.FirstOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (indicator is null)
        {
            return NotFound();
        }

        OriginalCode = indicator.Code;
        if (!await TryApplyAsync(indicator, cancellationToken))
        {
            await LoadOptionsAsync(cancellationToken);
            return Page();
        }

        await Db.SaveChangesAsync(cancellationToken);
        TempData["OutcomesMessage"] = $"{indicator.Code} saved";
        return RedirectToPage("/Admin/Indicators/Index");
    }
}
