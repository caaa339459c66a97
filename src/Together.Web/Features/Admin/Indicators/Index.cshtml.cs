using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Outcomes;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Indicators;

public sealed class IndexModel(TogetherDbContext db) : PageModel
{
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Indicators = await db.Indicators.AsNoTracking().Include(i => i.DataOwner).OrderBy(i => i.Code).ToListAsync(cancellationToken);
}
