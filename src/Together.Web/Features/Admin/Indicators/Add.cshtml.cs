using Microsoft.AspNetCore.Mvc;
using Together.Web.Features.Outcomes;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Indicators;

public sealed class AddModel(TogetherDbContext db, TimeProvider clock) : IndicatorFormModel(db, clock)
{
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadOptionsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var indicator = new Indicator { Id = Guid.NewGuid() };
        if (!await TryApplyAsync(indicator, cancellationToken))
        {
            await LoadOptionsAsync(cancellationToken);
            return Page();
        }

        Db.Indicators.Add(indicator);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["OutcomesMessage"] = $"{indicator.Code} added";
        return RedirectToPage("/Admin/Indicators/Index");
    }
}
