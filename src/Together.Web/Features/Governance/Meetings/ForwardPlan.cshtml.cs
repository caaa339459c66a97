using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance.Meetings;

public sealed class ForwardPlanModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public List<ForwardPlanItem> Items { get; private set; } = [];

    public Dictionary<Guid, string> BoardNames { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = MeetingTimes.Today(clock);
        var query = db.ForwardPlanItems.Where(f => f.PlannedFor >= today);
        if (!Agendas.CanSeeExempt(User))
        {
            query = query.Where(f => !f.IsExempt);
        }

        Items = await query.OrderBy(f => f.PlannedFor).ThenBy(f => f.Title).ToListAsync(HttpContext.RequestAborted);
        BoardNames = await db.Boards.ToDictionaryAsync(b => b.Id, b => b.Name, HttpContext.RequestAborted);
    }
}
