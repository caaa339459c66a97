using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Notifications;

namespace Together.Web.Features.YouthCouncil;

/// <summary>Sends a newsletter once, through the outbox, to confirmed subscribers only, and counts what happened to it.</summary>
public sealed class NewsletterSender(TogetherDbContext db, NotificationOutbox outbox, MailingListService mailingList, TimeProvider clock)
{
    public sealed record Delivery(int Queued, int Sent, int Failed)
    {
        public static readonly Delivery None = new(0, 0, 0);
    }

    /// <summary>False when it had already been sent (a second press, another tab, another person): nothing more is queued.</summary>
    public async Task<bool> SendAsync(Newsletter newsletter, string sentBy, string origin, CancellationToken cancellationToken)
    {
        if (newsletter.Status != NewsletterStatus.Draft)
        {
            return false;
        }

        var subscribers = await db.MailingListSubscribers.AsNoTracking()
            .Where(s => s.Status == SubscriberStatus.Confirmed)
            .OrderBy(s => s.Email)
            .ToListAsync(cancellationToken);
        var category = MailingListService.NewsletterCategory(newsletter.Id);
        foreach (var subscriber in subscribers)
        {
            outbox.Enqueue(subscriber.Email, newsletter.Subject, mailingList.NewsletterText(newsletter, subscriber, origin), category, origin + MailingListService.LeavePath(subscriber.UnsubscribeToken));
        }

        newsletter.Status = NewsletterStatus.Sent;
        newsletter.SentAt = clock.GetUtcNow().UtcDateTime;
        newsletter.SentBy = sentBy;
        newsletter.RecipientCount = subscribers.Count;
        try
        {
            // One transaction: the status change (guarded by its concurrency token) and every message, or nothing.
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>What the outbox did with each newsletter's messages: waiting, sent, or failing (still being retried or given up).</summary>
    public async Task<Dictionary<Guid, Delivery>> DeliveryAsync(IReadOnlyCollection<Guid> newsletterIds, CancellationToken cancellationToken)
    {
        var categories = newsletterIds.ToDictionary(MailingListService.NewsletterCategory, id => id);
        var keys = categories.Keys.ToList();
        var rows = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => keys.Contains(m.Category))
            .GroupBy(m => new { m.Category, Sent = m.SentAt != null, Failing = m.LastError != null })
            .Select(g => new { g.Key.Category, g.Key.Sent, g.Key.Failing, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return newsletterIds.ToDictionary(id => id, id =>
        {
            var mine = rows.Where(r => r.Category == MailingListService.NewsletterCategory(id)).ToList();
            return new Delivery(
                mine.Where(r => !r.Sent && !r.Failing).Sum(r => r.Count),
                mine.Where(r => r.Sent).Sum(r => r.Count),
                mine.Where(r => !r.Sent && r.Failing).Sum(r => r.Count));
        });
    }
}
