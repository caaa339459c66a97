using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using static Together.Tests.Governance.GovernanceTestExtensions;

namespace Together.Tests.Governance;

public sealed class ActionLogTests(TogetherApp app) : IClassFixture<TogetherApp>
{
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
}
