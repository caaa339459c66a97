using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.YouthCouncil.Admin.Newsletters;

/// <summary>The mailing list in numbers (never its addresses) and every newsletter with what the outbox did with it.</summary>
public sealed class IndexModel(TogetherDbContext db, NewsletterSender sender) : PageModel
{
    public List<Newsletter> Newsletters { get; private set; } = [];

    public Dictionary<Guid, NewsletterSender.Delivery> Delivery { get; private set; } = [];

    public Dictionary<SubscriberStatus, int> Counts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Newsletters = await db.Newsletters.AsNoTracking().OrderByDescending(n => n.CreatedAt).ToListAsync(cancellationToken);
        Delivery = await sender.DeliveryAsync([.. Newsletters.Select(n => n.Id)], cancellationToken);
        Counts = await db.MailingListSubscribers.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }

    public int Count(SubscriberStatus status) => Counts.GetValueOrDefault(status);
}
