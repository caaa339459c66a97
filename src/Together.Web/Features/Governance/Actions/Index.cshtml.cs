using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance.Actions;

/// <summary>The action log, for board members and administrators. Overdue open actions are highlighted.</summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class IndexModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public List<BoardAction> Actions { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool ShowClosed { get; private set; }

    public async Task OnGetAsync(bool closed = false)
    {
        Today = MeetingTimes.Today(clock);
        ShowClosed = closed;
        var query = db.BoardActions.Include(a => a.OwnerOrganisation).Include(a => a.Meeting).Include(a => a.AgendaItem).Include(a => a.TurnTheCurvePlan).ThenInclude(p => p!.Indicator).AsQueryable();
        if (!closed)
        {
            query = query.Where(a => a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress);
        }

        Actions = await query.OrderBy(a => a.DueDate).ToListAsync(HttpContext.RequestAborted);
    }
}
