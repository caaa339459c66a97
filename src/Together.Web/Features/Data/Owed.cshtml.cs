using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Features.Outcomes;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Data;

/// <summary>What the signed-in person's organisation owes: overdue first, then owed by due date, then received.</summary>
public sealed class OwedModel(TogetherDbContext db, UserManager<TogetherUser> users, SubmissionCalendar calendar) : PageModel
{
    public string? OrganisationName { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<SubmissionDue> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = calendar.Today;
        var user = await users.GetUserAsync(User);
        if (user?.OrganisationId is not { } organisationId)
        {
            return;
        }

        OrganisationName = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        Items = SubmissionOrder.Sort(await db.SubmissionsDue.AsNoTracking().Include(s => s.Indicator)
            .Where(s => s.OrganisationId == organisationId).ToListAsync(cancellationToken), Today);
    }
}
