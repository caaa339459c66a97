using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Outcomes;

/// <summary>
/// The submission calendar for the demonstration figures: periods already held are received, the latest ended periods are
/// overdue (with the reminders a live system would already have sent), and periods still running are owed.
/// </summary>
public sealed class SubmissionCalendarDemoSeeder(SubmissionCalendar calendar, TogetherDbContext db, TimeProvider clock, IOptions<SubmissionCalendarOptions> options) : IDemoSeeder
{
    public int Order => 201;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await calendar.EnsureItemsAsync(cancellationToken);
        var today = UkTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var item in await db.SubmissionsDue.Where(s => s.ReceivedAt == null && s.DueOn < today).ToListAsync(cancellationToken))
        {
            item.RemindersSent = DueDates.RemindersDue(item.DueOn, today, options.Value.ReminderDays);
            item.LastRemindedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
