using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Together.Tests.Governance;
using Together.Tests.Support;
using Together.Web.Features.YouthCouncil;
using Together.Web.Infrastructure.Notifications;
using static Together.Tests.Governance.GovernanceTestExtensions;

namespace Together.Tests.YouthCouncil;

public sealed class NewsletterTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task A_newsletter_is_previewed_then_sent_once_to_confirmed_subscribers_only_with_a_leave_link_each_and_counted()
    {
        using var admin = await app.ClientAsAsync(AdminAccount);
        var write = await admin.GetAsync("/admin/youth-council/newsletters/write");
        var errors = await admin.SubmitAsync(write, "#newsletter-form", new Dictionary<string, string?> { ["Subject"] = "", ["Body"] = "" });
        Assert.Equal(["Enter a subject", "Enter the newsletter"], errors.ErrorSummary);

        var saved = await admin.SubmitAsync(write, "#newsletter-form", new Dictionary<string, string?>
        {
            ["Subject"] = "Youth Council news: December",
            ["Body"] = "# December news\n\nWe met the **Trust Board**.\n\n<script>alert(1)</script>",
        });
        var preview = await admin.FollowAsync(saved);
        Assert.Equal("Youth Council news: December", preview.H1);
        Assert.Equal("December news", preview.Text("#preview h1"));
        Assert.Null(preview.Document.QuerySelector("#preview script"));
        Assert.Contains("/youth-council/mailing-list/leave/", preview.Text("#email-text"));
        var confirmed = await app.WithDbAsync(db => db.MailingListSubscribers.Where(s => s.Status == SubscriberStatus.Confirmed).ToListAsync());
        var notConfirmed = await app.WithDbAsync(db => db.MailingListSubscribers.Where(s => s.Status != SubscriberStatus.Confirmed).Select(s => s.Email).ToListAsync());
        Assert.NotEmpty(notConfirmed);
        Assert.Equal(confirmed.Count.ToString(), preview.Text("#confirmed-count"));

        var sent = await admin.SubmitAsync(preview, "#send-form");
        var again = await admin.SubmitAsync(preview, "#send-form");

        var id = await app.WithDbAsync(db => db.Newsletters.Where(n => n.Subject == "Youth Council news: December").Select(n => n.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Contains("alreadySent=True", again.Location, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("had already been sent", (await admin.FollowAsync(again)).Text("#already-sent"));
        var messages = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Category == MailingListService.NewsletterCategory(id)).ToListAsync());
        Assert.Equal(confirmed.Select(s => s.Email).Order(), messages.Select(m => m.ToAddress).Order());
        Assert.DoesNotContain(messages, m => notConfirmed.Contains(m.ToAddress));
        Assert.All(messages, m =>
        {
            var subscriber = confirmed.Single(s => s.Email == m.ToAddress);
            Assert.Contains(MailingListService.LeavePath(subscriber.UnsubscribeToken), m.TextBody);
            Assert.EndsWith(MailingListService.LeavePath(subscriber.UnsubscribeToken), m.ListUnsubscribeUrl);
        });

        var before = await admin.GetAsync($"/admin/youth-council/newsletters/{id}");
        Assert.Equal(confirmed.Count.ToString(), before.Text("#delivery [data-delivery=queued]"));
        Assert.Equal("0", before.Text("#delivery [data-delivery=sent]"));

        await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
        var after = await admin.GetAsync($"/admin/youth-council/newsletters/{id}");
        Assert.Equal(confirmed.Count.ToString(), after.Text("#delivery [data-delivery=sent]"));
        Assert.Equal("0", after.Text("#delivery [data-delivery=queued]"));
        Assert.Equal(confirmed.Count.ToString(), after.Text("#delivery [data-delivery=recipients]"));
        Assert.Null(after.Document.QuerySelector("#send-form"));

        // RFC 8058 headers reach the message as sent.
        var folder = Path.Combine(app.WithScope(sp => sp.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>())["Notifications:PickupDirectory"]!);
        var eml = Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText).First(text => text.Contains(messages[0].Id.ToString(), StringComparison.Ordinal));
        Assert.Contains("List-Unsubscribe: <", eml);
        Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", eml);
    }

    [Fact]
    public async Task The_list_shows_each_newsletters_delivery_from_the_outbox_and_the_list_in_numbers_without_addresses()
    {
        using var admin = await app.ClientAsAsync(AdminAccount);
        var page = await admin.GetAsync("/admin/youth-council/newsletters");

        var demo = await app.WithDbAsync(db => db.Newsletters.SingleAsync(n => n.Subject == "Youth Council news: what the board said about safe travel"));
        var row = page.Document.QuerySelector($"#newsletters tr[data-id='{demo.Id}']")!;
        Assert.Equal("2", row.QuerySelector("[data-delivery=sent]")!.TextContent.Trim());
        Assert.Equal("1", row.QuerySelector("[data-delivery=failed]")!.TextContent.Trim());
        Assert.Equal("1", page.Text("#list-counts [data-count=AwaitingConfirmation]"));
        Assert.DoesNotContain("@demo.together.example</", page.Html);
        Assert.DoesNotContain("amira.youth", page.Html);
    }

    [Fact]
    public async Task Only_administrators_reach_the_newsletters()
    {
        using var partner = await app.ClientAsAsync(PartnerAccount);
        using var youth = await app.ClientAsAsync(YouthCouncilAccount);

        AssertRefused(await partner.GetAsync("/admin/youth-council/newsletters"), PartnerAccount);
        AssertRefused(await youth.GetAsync("/admin/youth-council/interest"), YouthCouncilAccount);
    }

    [Fact]
    public async Task An_unknown_newsletter_is_not_found()
    {
        using var admin = await app.ClientAsAsync(AdminAccount);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/youth-council/newsletters/{Guid.NewGuid()}")).Status);
    }
}
