using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance.Meetings;

public sealed class IndexModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public List<Meeting> Upcoming { get; private set; } = [];

    public List<Meeting> Past { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var meetings = await db.Meetings.Include(m => m.Board).OrderBy(m => m.StartsAt).ToListAsync(HttpContext.RequestAborted);
        Upcoming = meetings.Where(m => m.EndsAt >= now).ToList();
        Past = meetings.Where(m => m.EndsAt < now).OrderByDescending(m => m.StartsAt).ToList();
    }
}
