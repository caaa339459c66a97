using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.YouthCouncil.Join;

public sealed class SentModel(TogetherDbContext db, InterestJourney journey) : PageModel
{
    public string Reference { get; private set; } = "";

    public bool Parent { get; private set; }

    public bool NeedsHelp { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var interest = await db.YouthCouncilInterests.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (interest is null)
        {
            return await journey.FindDraftAsync(id, cancellationToken) is not null
                ? RedirectToPage("/YouthCouncil/Join/Check", new { id })
                : NotFound();
        }

        Reference = interest.Reference;
        Parent = interest.ContactWho == ContactWho.ParentOrCarer;
        NeedsHelp = interest.ScreeningStatus == ScreeningStatus.Flagged;
        return Page();
    }
}
