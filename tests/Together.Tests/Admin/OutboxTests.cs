using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Together.Tests.Support;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Notifications;

namespace Together.Tests.Admin;

/// <summary>The platform pointed at an SMTP server that cannot be reached (nothing listens on port 1).</summary>
public sealed class UnreachableSmtpApp : TogetherApp
{
    public UnreachableSmtpApp()
    {
        Settings["Notifications:Smtp:Host"] = "127.0.0.1";
        Settings["Notifications:Smtp:Port"] = "1";
        Settings["Notifications:Smtp:EnableSsl"] = "false";
    }
}

internal static class OutboxTestSupport
{
    public static async Task<Guid> EnqueueAsync(this TogetherApp app, string to, string subject)
    {
        using var scope = app.Services.CreateScope();
        var message = scope.ServiceProvider.GetRequiredService<NotificationOutbox>().Enqueue(to, subject, "Body of " + subject, "test");
        await scope.ServiceProvider.GetRequiredService<TogetherDbContext>().SaveChangesAsync();
        return message.Id;
    }

    public static Task<OutboxMessage> FindAsync(this TogetherApp app, Guid id) =>
        app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));
}

public sealed class OutboxPickupTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task Without_an_smtp_host_a_message_is_written_as_an_eml_file_to_the_pickup_folder()
    {
        var id = await app.EnqueueAsync("someone@example.org", "Pickup folder test");

        await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);

        var message = await app.FindAsync(id);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, message.SentAt);
        Assert.Equal(1, message.Attempts);
        Assert.Null(message.LastError);
        var folder = app.Services.GetRequiredService<IOptions<NotificationOptions>>().Value.PickupDirectory;
        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"), f => File.ReadAllText(f).Contains(id.ToString()));
        var eml = File.ReadAllText(file);
        Assert.Contains("To: someone@example.org", eml);
        Assert.Contains("Subject: Pickup folder test", eml);
    }
}

public sealed class OutboxFailureTests(UnreachableSmtpApp app) : IClassFixture<UnreachableSmtpApp>
{
    [Fact]
    public async Task A_failed_send_is_kept_with_its_error_shown_to_staff_and_retried_later_until_it_is_sent()
    {
        var sender = app.Services.GetRequiredService<OutboxSender>();
        var id = await app.EnqueueAsync("parent@example.org", "Unreachable server test");

        await sender.SendDueAsync(CancellationToken.None);

        var failed = await app.FindAsync(id);
        Assert.Null(failed.SentAt);
        Assert.Equal(1, failed.Attempts);
        Assert.False(string.IsNullOrEmpty(failed.LastError));
        Assert.True(failed.NextAttemptAt > app.Clock.GetUtcNow().UtcDateTime);

        // Not yet due: nothing is tried.
        await sender.SendDueAsync(CancellationToken.None);
        Assert.Equal(1, (await app.FindAsync(id)).Attempts);

        // Staff can see it.
        using (var client = await app.SignedInAdminAsync())
        {
            var page = await client.GetAsync("/admin/outbox?Show=failed");
            var row = page.Document.QuerySelector($"tr[data-id='{id}']")!;
            Assert.Equal("1", row.QuerySelector("[data-field=attempts]")!.TextContent.Trim());
            Assert.Contains("Not sent", row.QuerySelector("[data-field=sent]")!.TextContent);
            Assert.Equal(failed.LastError, row.QuerySelector("[data-field=error]")!.TextContent.Trim());
            Assert.Contains("not been sent because of an error", page.Text("#failed-count"));
        }

        // Due again after the delay: tried again, and kept after failing again with a longer delay.
        app.Clock.Advance(failed.NextAttemptAt - app.Clock.GetUtcNow().UtcDateTime);
        await sender.SendDueAsync(CancellationToken.None);
        var second = await app.FindAsync(id);
        Assert.Equal(2, second.Attempts);
        Assert.Null(second.SentAt);
        Assert.True(second.NextAttemptAt - app.Clock.GetUtcNow().UtcDateTime > failed.NextAttemptAt - failed.CreatedAt);

        // When the server is back (here: the pickup folder), the next try sends it, and the row stays.
        var options = app.Services.GetRequiredService<IOptions<NotificationOptions>>().Value;
        options.Smtp.Host = "";
        app.Clock.Advance(second.NextAttemptAt - app.Clock.GetUtcNow().UtcDateTime);
        await sender.SendDueAsync(CancellationToken.None);
        var sent = await app.FindAsync(id);
        Assert.Equal(3, sent.Attempts);
        Assert.NotNull(sent.SentAt);
        Assert.Null(sent.LastError);
    }
}
