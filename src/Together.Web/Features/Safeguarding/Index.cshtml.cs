using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Auditing;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Safeguarding;

public sealed class QueueModel(TogetherDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SafeguardingConcern> Waiting { get; private set; } = [];

    public IReadOnlyList<SafeguardingConcern> Decided { get; private set; } = [];

    public DateTime Now { get; private set; }

    public static string Uk(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, SafeguardingSla.UkTime).ToString("d MMM yyyy, h:mmtt", System.Globalization.CultureInfo.GetCultureInfo("en-GB")).Replace("AM", "am").Replace("PM", "pm");

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Waiting = await db.SafeguardingConcerns.AsNoTracking()
            .Where(c => c.Status == ConcernStatus.AwaitingDecision)
            .OrderByDescending(c => c.Severity >= 4).ThenBy(c => c.DueAt).ThenByDescending(c => c.Severity).ThenBy(c => c.ReceivedAt)
            .Take(500)
            .ToListAsync(ct);
        Decided = await db.SafeguardingConcerns.AsNoTracking()
            .Where(c => c.Status == ConcernStatus.Decided)
            .OrderByDescending(c => c.DecidedAt)
            .Take(50)
            .ToListAsync(ct);
        await audit.RecordViewAsync("SafeguardingQueue", "queue", $"{Waiting.Count} waiting", ct);
    }
}
