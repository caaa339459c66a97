using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Governance;
using Together.Web.Infrastructure.Notifications;
using static Together.Tests.Governance.GovernanceTestExtensions;

namespace Together.Tests.Governance;

public sealed class MeetingRecordTests(GovernanceApp app) : IClassFixture<GovernanceApp>
{
    [Fact]
    public void Matters_arising_carry_forward_actions_that_were_open_when_the_meeting_started()
    {
        var boardId = Guid.NewGuid();
        var first = new Meeting { BoardId = boardId, StartsAt = new DateTime(2026, 3, 1, 14, 0, 0, DateTimeKind.Utc) };
        var second = new Meeting { BoardId = boardId, StartsAt = new DateTime(2026, 6, 1, 14, 0, 0, DateTimeKind.Utc) };
        var third = new Meeting { BoardId = boardId, StartsAt = new DateTime(2026, 9, 1, 14, 0, 0, DateTimeKind.Utc) };
        var otherBoard = new Meeting { BoardId = Guid.NewGuid(), StartsAt = first.StartsAt };
        var open = new BoardAction { Title = "open", Meeting = first, Status = ActionStatus.Open };
        var closedBeforeSecond = new BoardAction { Title = "closed early", Meeting = first, Status = ActionStatus.Done, ClosedAt = new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc) };
        var closedBetween = new BoardAction { Title = "closed between", Meeting = first, Status = ActionStatus.Done, ClosedAt = new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc) };
        var fromSecond = new BoardAction { Title = "from second", Meeting = second, Status = ActionStatus.InProgress };
        var elsewhere = new BoardAction { Title = "other board", Meeting = otherBoard, Status = ActionStatus.Open };
        BoardAction[] all = [open, closedBeforeSecond, closedBetween, fromSecond, elsewhere];

        Assert.Equal(["open", "closed between"], Agendas.CarriedForward(second, all).Select(a => a.Title).Order().Reverse());
        Assert.Equal(["open", "from second"], Agendas.CarriedForward(third, all).Select(a => a.Title).Order());
        Assert.Empty(Agendas.CarriedForward(first, all));
    }

    [Fact]
    public async Task The_next_agenda_carries_forward_open_actions_from_earlier_meetings()
    {
        var december = await app.WithDbAsync(db => db.Meetings.Where(m => m.Status == MeetingStatus.Draft && m.Title == "Trust Board").Select(m => m.Id).SingleAsync());
        using var board = await app.ClientAsAsync(BoardAccount);
        var page = await board.GetAsync($"/meetings/{december}");

        var carried = page.Text("#matters-arising");
        Assert.Contains("Agree the pilot routes with bus operators", carried);
        Assert.Contains("Share the survey results with every secondary school council", carried);
        Assert.DoesNotContain("Publish monthly mental health waiting times", carried); // done in May
    }

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
        try
        {
            Assert.Equal(3, await app.WithServiceAsync<MeetingService, int>(s => s.SendOverdueRemindersAsync()));
            var sender = app.WithScope(sp => (OutboxSender)sp.GetService(typeof(OutboxSender))!);
            await sender.SendDueAsync(CancellationToken.None);
            Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Category == "governance-overdue-action" && m.SentAt == null)));
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromDays(-1));
        }
    }

    [Fact]
    public async Task Action_updates_are_dated_and_closing_an_action_stops_reminders()
    {
        var actionId = await app.WithDbAsync(db => db.BoardActions.Where(a => a.Title.StartsWith("Report on attendance support")).Select(a => a.Id).SingleAsync());
        using var board = await app.ClientAsAsync(BoardAccount);
        var page = await board.GetAsync($"/meetings/actions/{actionId}");

        var empty = await board.SubmitAsync(page, "#update-form", new Dictionary<string, string?> { ["Update"] = " " });
        Assert.Contains("Enter an update", empty.ErrorSummary);

        var saved = await board.FollowAsync(await board.SubmitAsync(page, "#update-form", new Dictionary<string, string?> { ["Update"] = "Report written and shared with heads.", ["Status"] = "Done" }));
        Assert.Contains("Report written and shared with heads.", saved.Text("#updates"));
        Assert.Contains("23 November 2026", saved.Text("#updates"));
        Assert.Equal("Done", saved.Text("#action-status"));
        var action = await app.WithDbAsync(db => db.BoardActions.SingleAsync(a => a.Id == actionId));
        Assert.NotNull(action.ClosedAt);
    }

    [Fact]
    public async Task A_meeting_is_held_then_minuted_then_its_minutes_approved_at_the_next_meeting()
    {
        var first = await app.CreateMeetingAsync(10);
        var second = await app.CreateMeetingAsync(20);
        using var admin = await app.ClientAsAsync(AdminAccount);
        using var anonymous = app.CreateHtmlClient();

        foreach (var id in new[] { first, second })
        {
            var manage = await admin.GetAsync($"/admin/meetings/{id}");
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(manage, "#publish-form")).Status);
        }

        // Cannot be held before it starts.
        var early = await admin.SubmitAsync(await admin.GetAsync($"/admin/meetings/{first}"), "#held-form");
        Assert.Contains("A meeting can be marked as held only once it has started", early.ErrorSummary);

        app.Clock.Advance(TimeSpan.FromDays(10));
        try
        {
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
            var manageSecond = await admin.GetAsync($"/admin/meetings/{second}");
            await admin.SubmitAsync(manageSecond, "#held-form");
            manageSecond = await admin.GetAsync($"/admin/meetings/{second}");
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(manageSecond, "#approve-minutes-form")).Status);

            var publicPage = await anonymous.GetAsync($"/meetings/{first}");
            Assert.Equal(5, publicPage.Document.QuerySelectorAll(".together-minutes").Length);
            Assert.Equal("Minutes approved", publicPage.Text("#meeting-status"));
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromDays(-20));
        }
    }

    [Fact]
    public async Task Attendance_shows_whether_the_meeting_was_quorate()
    {
        var june = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.Title == GovernanceDemoSeeder.ExemptItemTitle).Select(i => i.MeetingId).SingleAsync());
        using var anonymous = app.CreateHtmlClient();
        var page = await anonymous.GetAsync($"/meetings/{june}");

        // 11 members, adviser does not count (10), college sent apologies with no deputy (9), NHS sent a deputy (still 9).
        Assert.Contains("9 members counted towards the quorum of 5: the meeting was quorate", page.Text("#quorum"));
        Assert.Contains("represented by Dr Femi Adebayo", page.Html);
    }
}
