using System.Net;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Infrastructure.Notifications;

/// <summary>Sends what is due in the outbox. A failed send is retried with growing delays and the message is never deleted.</summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider clock, IHostEnvironment environment, ILogger<OutboxSender> logger)
    : BackgroundService
{
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TogetherDbContext>();
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<OutboxMessage>()
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now && m.Attempts < settings.MaxAttempts)
            .OrderBy(m => m.NextAttemptAt)
            .Take(50)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var message in due)
        {
            message.Attempts++;
            try
            {
                await DeliverAsync(message, settings, cancellationToken);
                message.SentAt = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
                sent++;
            }
            catch (Exception ex) when (ex is SmtpException or IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                // 1, 2, 4, 8 … minutes, capped at six hours.
                var delay = TimeSpan.FromMinutes(Math.Min(360, Math.Pow(2, message.Attempts - 1)));
                message.NextAttemptAt = clock.GetUtcNow().UtcDateTime + delay;
                message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
                logger.LogWarning(ex, "Sending outbox message {MessageId} failed (attempt {Attempt})", message.Id, message.Attempts);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The outbox sender failed; it will try again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task DeliverAsync(OutboxMessage message, NotificationOptions settings, CancellationToken cancellationToken)
    {
        using var mail = new MailMessage(settings.FromAddress, message.ToAddress, message.Subject, message.TextBody);
        mail.Headers.Add("X-Together-Message-Id", message.Id.ToString());
        if (!string.IsNullOrEmpty(message.ListUnsubscribeUrl))
        {
            // RFC 8058: a mail app may POST "List-Unsubscribe=One-Click" to the link to leave without opening a page.
            mail.Headers.Add("List-Unsubscribe", $"<{message.ListUnsubscribeUrl}>");
            mail.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        using var client = new SmtpClient();
        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            var folder = Path.IsPathRooted(settings.PickupDirectory)
                ? settings.PickupDirectory
                : Path.Combine(environment.ContentRootPath, settings.PickupDirectory);
            Directory.CreateDirectory(folder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = folder;
        }
        else
        {
            client.Host = settings.Smtp.Host;
            client.Port = settings.Smtp.Port;
            client.EnableSsl = settings.Smtp.EnableSsl;
            if (!string.IsNullOrEmpty(settings.Smtp.UserName))
            {
                client.Credentials = new NetworkCredential(settings.Smtp.UserName, settings.Smtp.Password);
            }
        }

        await client.SendMailAsync(mail, cancellationToken);
    }
}
