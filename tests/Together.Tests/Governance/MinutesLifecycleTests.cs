using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.Governance;
using Together.Web.Infrastructure.Notifications;
using static Together.Tests.Governance.GovernanceTestExtensions;

namespace Together.Tests.Governance;

/// <summary>Moves the test clock forward, so it has a database of its own.</summary>
public sealed class MinutesLifecycleTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task A_meeting_is_held_then_minuted_then_its_minutes_approved_at_the_next_meeting()
    {
        // After the demo's December meeting, so that 'first' is the meeting before 'second'.
        var first = await app.CreateMeetingAsync(20);
        var second = await app.CreateMeetingAsync(30);
        var admin = await app.ClientAsAsync(AdminAccount);
        using var anonymous = app.CreateHtmlClient();

        foreach (var id in new[] { first, second })
        {
            var manage = await admin.GetAsync($"/admin/meetings/{id}");
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(manage, "#publish-form")).Status);
        }

        // Cannot be held before it starts. Then move to the day of each meeting, after it starts (14:00).
        var early = await admin.SubmitAsync(await admin.GetAsync($"/admin/meetings/{first}"), "#held-form");
        Assert.Contains("A meeting can be marked as held only once it has started", early.ErrorSummary);

        app.Clock.Advance(TimeSpan.FromDays(21));
        admin.Dispose();
        admin = await app.ClientAsAsync(AdminAccount); // a new session: the old one has expired with the clock
        await admin.SubmitAsync(await admin.GetAsync($"/admin/meetings/{first}"), "#held-form");
        var itemIds = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.MeetingId == first).Select(i => i.Id).ToListAsync());
        foreach (var itemId in itemIds)
        {
            var form = await admin.GetAsync($"/admin/meetings/{first}/items/{itemId}");
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(form, "#item-form", new Dictionary<string, string?> { ["Minutes"] = $"Minute for {itemId}" })).Status);
        }

        Assert.Empty((await anonymous.GetAsync($"/meetings/{first}")).Document.QuerySelectorAll(".together-minutes"));

        // The decision register takes decisions recorded after the meeting.
        var decisionForm = await admin.GetAsync($"/admin/meetings/{first}/decisions/new");
        var youthItem = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.MeetingId == first && i.Kind == AgendaItemKind.YouthCouncil).Select(i => i.Id).SingleAsync());
        var missing = await admin.SubmitAsync(decisionForm, "form[method=post]", new Dictionary<string, string?> { ["AgendaItemId"] = youthItem.ToString(), ["Title"] = "Youth Council budget" });
        Assert.Contains("Enter what was decided", missing.ErrorSummary);
        Assert.Contains("Enter the reasons for the decision", missing.ErrorSummary);
        var decided = await admin.SubmitAsync(decisionForm, "form[method=post]", new Dictionary<string, string?> { ["AgendaItemId"] = youthItem.ToString(), ["Title"] = "Youth Council budget", ["Text"] = "The board gave the Youth Council £2,000 for its own projects.", ["Reasons"] = "They asked for it." });
        Assert.Equal(HttpStatusCode.Redirect, decided.Status);
        Assert.Contains("Youth Council budget", (await anonymous.GetAsync("/meetings/decisions")).Html);

        app.Clock.Advance(TimeSpan.FromDays(10));
        admin.Dispose();
        admin = await app.ClientAsAsync(AdminAccount); // a new session: the old one has expired with the clock
        var manageSecond = await admin.GetAsync($"/admin/meetings/{second}");
        await admin.SubmitAsync(manageSecond, "#held-form");
        manageSecond = await admin.GetAsync($"/admin/meetings/{second}");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(manageSecond, "#approve-minutes-form")).Status);

        var publicPage = await anonymous.GetAsync($"/meetings/{first}");
        Assert.Equal(5, publicPage.Document.QuerySelectorAll(".together-minutes").Length);
        Assert.Equal("Minutes approved", publicPage.Text("#meeting-status"));
        admin.Dispose();
    }
}
