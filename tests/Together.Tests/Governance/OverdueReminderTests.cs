using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.Governance;
using Together.Web.Infrastructure.Notifications;
using static Together.Tests.Governance.GovernanceTestExtensions;

namespace Together.Tests.Governance;

/// <summary>Moves the test clock forward, so it has a database of its own.</summary>
public sealed class OverdueReminderTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task Overdue_actions_are_highlighted_and_their_owners_emailed_once_a_day()
    {
        using var admin = await app.ClientAsAsync(AdminAccount);
        var log = await admin.GetAsync("/meetings/actions");
        var overdueRows = log.Document.QuerySelectorAll("tr.together-overdue").Select(r => r.TextContent).ToList();
        Assert.Contains(overdueRows, r => r.Contains("Agree the pilot routes", StringComparison.Ordinal));
        Assert.Contains(overdueRows, r => r.Contains("Report on attendance support", StringComparison.Ordinal));
        Assert.DoesNotContain(overdueRows, r => r.Contains("Share the survey results", StringComparison.Ordinal));

        var index = await admin.GetAsync("/admin/meetings");
        var sent = await admin.FollowAsync(await admin.SubmitAsync(index, "#remind-form"));
        Assert.Contains("Sent 3 overdue action reminders", sent.Text("#notice"));
        var messages = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Category == "governance-overdue-action").ToListAsync());
        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m.ToAddress == "police@demo.together.example" && m.Subject.Contains("Agree the pilot routes", StringComparison.Ordinal));

        // Pressing again the same day sends nothing more; the next day, owners hear again.
        sent = await admin.FollowAsync(await admin.SubmitAsync(index, "#remind-form"));
        Assert.Contains("No reminders were needed", sent.Text("#notice"));
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(3, await app.WithServiceAsync<MeetingService, int>(s => s.SendOverdueRemindersAsync()));
        var sender = app.WithScope(sp => (OutboxSender)sp.GetService(typeof(OutboxSender))!);
        await sender.SendDueAsync(CancellationToken.None);
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Category == "governance-overdue-action" && m.SentAt == null)));
    }
}
