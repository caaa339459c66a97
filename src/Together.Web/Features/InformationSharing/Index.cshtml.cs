using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.InformationSharing;

/// <summary>The public summary of the data sharing agreements between partners: what is shared, why and on what basis.</summary>
public sealed class IndexModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public List<SharingAgreement> Agreements { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = UkTime.Today(clock);
        // Drafts are not agreements yet; they are not published.
        Agreements = await db.SharingAgreements.Include(a => a.Parties).ThenInclude(p => p.Organisation)
            .Where(a => a.Status != AgreementStatus.Draft)
            .OrderBy(a => a.Reference)
            .ToListAsync(ct);
    }
}
