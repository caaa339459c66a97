using Together.Tests.Support;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Governance;
using Together.Web.Infrastructure.Notifications;
using static Together.Tests.Governance.GovernanceTestExtensions;

namespace Together.Tests.Governance;

public sealed class MeetingRecordTests(TogetherApp app) : IClassFixture<TogetherApp>
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
        Assert.Equal(["from second", "open"], Agendas.CarriedForward(third, all).Select(a => a.Title).Order());
        Assert.Empty(Agendas.CarriedForward(first, all));
    }

    [Fact]
    public async Task The_next_agenda_carries_forward_open_actions_from_earlier_meetings()
    {
        var december = await app.WithDbAsync(db => db.Meetings.Where(m => m.Status == MeetingStatus.Draft && m.Title == "Trust Board" && m.StartsAt < new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc)).Select(m => m.Id).SingleAsync());
        using var board = await app.ClientAsAsync(BoardAccount);
        var page = await board.GetAsync($"/meetings/{december}");

        var carried = page.Text("#matters-arising");
        Assert.Contains("Agree the pilot routes with bus operators", carried);
        Assert.Contains("Share the survey results with every secondary school council", carried);
        Assert.DoesNotContain("Publish monthly mental health waiting times", carried); // done in May
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
