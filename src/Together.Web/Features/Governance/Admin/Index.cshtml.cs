using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance.Admin;

public sealed class IndexModel(TogetherDbContext db, MeetingService meetings, TimeProvider clock) : PageModel
{
    public List<Meeting> Meetings { get; private set; } = [];

    public int OverdueCount { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        Meetings = await db.Meetings.Include(m => m.Board).OrderByDescending(m => m.StartsAt).ToListAsync(HttpContext.RequestAborted);
        var today = MeetingTimes.Today(clock);
        OverdueCount = await db.BoardActions.CountAsync(a => (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && a.DueDate < today, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostRemindAsync()
    {
        var sent = await meetings.SendOverdueRemindersAsync(HttpContext.RequestAborted);
        Notice = sent == 0 ? "No reminders were needed: every overdue action's owner has already been reminded today." : $"Sent {sent} overdue action reminder{(sent == 1 ? "" : "s")}.";
        return RedirectToPage();
    }
}
