using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.InformationSharing.Admin;

public sealed class IndexModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public List<SharingAgreement> Agreements { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = UkTime.Today(clock);
        Agreements = await db.SharingAgreements.Include(a => a.Parties).ThenInclude(p => p.Organisation).OrderBy(a => a.ReviewDate).ToListAsync(ct);
    }
}
