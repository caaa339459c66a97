using Together.Web.Infrastructure.Database;

namespace Together.Web.Infrastructure.Notifications;

/// <summary>
/// The one way the platform sends email. Enqueue adds the message to the current unit of work;
/// it is sent after the caller's SaveChanges commits, so a rolled-back change never emails anyone.
/// </summary>
public sealed class NotificationOutbox(TogetherDbContext db, TimeProvider clock)
{
    public OutboxMessage Enqueue(string toAddress, string subject, string textBody, string category, string? listUnsubscribeUrl = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            ToAddress = toAddress.Trim(),
            Subject = subject,
            TextBody = textBody,
            Category = category,
            CreatedAt = now,
            NextAttemptAt = now,
            ListUnsubscribeUrl = listUnsubscribeUrl,
        };
        db.Add(message);
        return message;
    }
}
