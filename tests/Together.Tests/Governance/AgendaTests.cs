using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.Governance;
using static Together.Tests.Governance.GovernanceTestExtensions;

namespace Together.Tests.Governance;

public sealed class AgendaTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task A_new_meeting_starts_with_the_standing_items_and_the_youth_council_item_and_is_created_once()
    {
        using var client = await app.ClientAsAsync(AdminAccount);
        var form = await client.GetAsync("/admin/meetings/new");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var boardId = form.Document.QuerySelectorAll("#BoardId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));
        var fields = new Dictionary<string, string?> { ["BoardId"] = boardId, ["Day"] = "14", ["Month"] = "1", ["Year"] = "2027", ["Venue"] = "Macclesfield Town Hall" };

        var created = await client.SubmitAsync(form, "form[method=post]", fields);
        var again = await client.SubmitAsync(form, "form[method=post]", fields);

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        Assert.Equal(created.Location, again.Location);
        var manage = await client.FollowAsync(created);
        Assert.Equal(
            ["Apologies", "Declarations", "PreviousMinutes", "MattersArising", "YouthCouncil"],
            manage.Document.QuerySelectorAll("tr.agenda-row").Select(r => r.GetAttribute("data-kind") ?? "").ToArray());
        Assert.Contains(Agendas.YouthCouncilItemTitle, manage.Text("#agenda + table"));
        var id = Guid.Parse(created.Location!.Split('/').Last());
        Assert.Equal(1, await app.WithDbAsync(db => db.Meetings.CountAsync(m => m.Id == id)));
        // 14 January 2027 is a Thursday: clear days Wed 13 back to Thu 7 skip the weekend; publish by Wednesday 6 January.
        Assert.Contains("6 January 2027", manage.Text("#deadline"));
    }

    [Fact]
    public async Task Meeting_form_errors_are_summarised_and_what_was_typed_is_kept()
    {
        using var client = await app.ClientAsAsync(AdminAccount);
        var form = await client.GetAsync("/admin/meetings/new");
        var page = await client.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Title"] = "", ["Day"] = "31", ["Month"] = "2", ["Year"] = "2027", ["Venue"] = "The Lighthouse", ["OnlineLink"] = "javascript:alert(1)" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Select which board is meeting", page.ErrorSummary);
        Assert.Contains("Enter a title for the meeting", page.ErrorSummary);
        Assert.Contains("Enter a real date for the meeting, for example 10 12 2026", page.ErrorSummary);
        Assert.Contains("Enter an online meeting link that starts with https://", page.ErrorSummary);
        Assert.Equal("The Lighthouse", page.Value("#Venue"));
        Assert.Equal("31", page.Value("#Day"));
    }

    [Fact]
    public async Task The_youth_council_item_cannot_be_removed_even_by_a_tampered_post()
    {
        var id = await app.CreateMeetingAsync(30);
        using var client = await app.ClientAsAsync(AdminAccount);
        var manage = await client.GetAsync($"/admin/meetings/{id}");
        var youthRow = manage.Document.QuerySelector("tr.agenda-row[data-kind=YouthCouncil]")!;
        Assert.Null(youthRow.QuerySelector("form.remove-form"));

        // Add a business item, then point its remove form at the Youth Council item.
        var item = await client.GetAsync($"/admin/meetings/{id}/items");
        var saved = await client.SubmitAsync(item, "#item-form", new Dictionary<string, string?> { ["Title"] = "Budget", ["Lead"] = "Jo", ["Purpose"] = "Decision" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        manage = await client.GetAsync($"/admin/meetings/{id}");
        var youthItemId = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.MeetingId == id && i.Kind == AgendaItemKind.YouthCouncil).Select(i => i.Id).SingleAsync());
        var removeForm = manage.Document.QuerySelector("form.remove-form")!;
        var action = removeForm.GetAttribute("action")!;
        var tampered = System.Text.RegularExpressions.Regex.Replace(action, "itemId=[0-9a-f-]+", $"itemId={youthItemId}");
        removeForm.SetAttribute("action", tampered);

        var page = await client.SubmitAsync(manage, "form.remove-form");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("The Youth Council item is on every agenda and cannot be removed", page.ErrorSummary);
        Assert.True(await app.WithDbAsync(db => db.AgendaItems.AnyAsync(i => i.Id == youthItemId)));

        // The business item itself can be removed.
        removeForm.SetAttribute("action", action);
        var removed = await client.SubmitAsync(manage, "form.remove-form");
        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.False(await app.WithDbAsync(db => db.AgendaItems.AnyAsync(i => i.MeetingId == id && i.Title == "Budget")));
    }

    [Fact]
    public async Task The_youth_council_item_keeps_its_title_and_cannot_be_made_exempt()
    {
        var id = await app.CreateMeetingAsync(31);
        var youthItemId = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.MeetingId == id && i.Kind == AgendaItemKind.YouthCouncil).Select(i => i.Id).SingleAsync());
        using var client = await app.ClientAsAsync(AdminAccount);
        var form = await client.GetAsync($"/admin/meetings/{id}/items/{youthItemId}");

        var page = await client.SubmitAsync(form, "#item-form", new Dictionary<string, string?> { ["Title"] = "Any other business", ["Purpose"] = "Discussion", ["IsExempt"] = "true", ["ExemptParagraph"] = "1" });
        Assert.Contains("Standing items, including the Youth Council item, are always public", page.ErrorSummary);

        var outcome = form.Document.QuerySelector("input[name=PlanLinkChoices]")!.GetAttribute("value")!;
        page = await client.SubmitAsync(form, "#item-form", new Dictionary<string, string?> { ["Title"] = "Any other business", ["Purpose"] = "Discussion", ["Paper"] = "What young people said", ["PlanLinkChoices"] = HtmlClient.Many(outcome, "not-a-plan-id") });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var item = await app.WithDbAsync(db => db.AgendaItems.SingleAsync(i => i.Id == youthItemId));
        Assert.Equal(Agendas.YouthCouncilItemTitle, item.Title);
        Assert.False(item.IsExempt);
        Assert.Equal("What young people said", item.Paper);
        Assert.Equal(outcome, item.PlanLinks); // only ids the plan offers are kept
    }

    [Fact]
    public async Task An_agenda_without_the_youth_council_item_cannot_be_published()
    {
        var id = await app.CreateMeetingAsync(40);
        await app.WithDbAsync(async db =>
        {
            // Simulates a database edit that bypassed the agenda builder.
            db.AgendaItems.Remove(await db.AgendaItems.SingleAsync(i => i.MeetingId == id && i.Kind == AgendaItemKind.YouthCouncil));
            return await db.SaveChangesAsync();
        });
        using var client = await app.ClientAsAsync(AdminAccount);
        var manage = await client.GetAsync($"/admin/meetings/{id}");

        var page = await client.SubmitAsync(manage, "#publish-form");

        Assert.Contains($"The agenda must include the Youth Council item, \"{Agendas.YouthCouncilItemTitle}\"", page.ErrorSummary);
        Assert.Equal(MeetingStatus.Draft, await app.WithDbAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task Publishing_in_time_needs_no_reason_and_makes_the_agenda_public()
    {
        var id = await app.CreateMeetingAsync(45);
        using var client = await app.ClientAsAsync(AdminAccount);
        using var anonymous = app.CreateHtmlClient();
        Assert.Contains("will be published by", (await anonymous.GetAsync($"/meetings/{id}")).Text("#agenda-not-published"));

        var manage = await client.GetAsync($"/admin/meetings/{id}");
        Assert.Null(manage.Document.QuerySelector("#LateReason"));
        var published = await client.SubmitAsync(manage, "#publish-form");

        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        var page = await anonymous.GetAsync($"/meetings/{id}");
        Assert.Contains(Agendas.YouthCouncilItemTitle, page.Text("#agenda"));
        Assert.Null(page.Document.QuerySelector("#late-publication"));
    }

    [Fact]
    public async Task Publishing_after_the_deadline_needs_a_reason_which_is_shown_on_the_public_agenda()
    {
        // Three days ahead is well inside five clear working days.
        var id = await app.CreateMeetingAsync(3);
        using var client = await app.ClientAsAsync(AdminAccount);
        var manage = await client.GetAsync($"/admin/meetings/{id}");

        var page = await client.SubmitAsync(manage, "#publish-form", new Dictionary<string, string?> { ["LateReason"] = "" });
        Assert.Single(page.ErrorSummary, e => e.StartsWith("Enter the reason the agenda is published after the deadline", StringComparison.Ordinal));
        Assert.Equal(MeetingStatus.Draft, await app.WithDbAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));

        page = await client.SubmitAsync(manage, "#publish-form", new Dictionary<string, string?> { ["LateReason"] = "The finance paper depended on the Government's settlement, announced on 20 November." });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);

        using var anonymous = app.CreateHtmlClient();
        var publicPage = await anonymous.GetAsync($"/meetings/{id}");
        Assert.Contains("announced on 20 November", publicPage.Text("#late-publication"));
    }

    [Fact]
    public async Task Items_can_be_reordered()
    {
        var id = await app.CreateMeetingAsync(50);
        using var client = await app.ClientAsAsync(AdminAccount);
        var manage = await client.GetAsync($"/admin/meetings/{id}");
        var rows = manage.Document.QuerySelectorAll("tr.agenda-row");
        var lastUp = rows[^1].QuerySelector("form")!;
        lastUp.SetAttribute("id", "move-last-up");

        await client.SubmitAsync(manage, "#move-last-up");

        var kinds = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.MeetingId == id).OrderBy(i => i.Position).Select(i => i.Kind).ToListAsync());
        Assert.Equal([AgendaItemKind.Apologies, AgendaItemKind.Declarations, AgendaItemKind.PreviousMinutes, AgendaItemKind.YouthCouncil, AgendaItemKind.MattersArising], kinds);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(PartnerAccount, false)]
    [InlineData(CommissionerAccount, false)]
    [InlineData(BoardAccount, false)]
    [InlineData(YouthCouncilAccount, false)]
    [InlineData(AdminAccount, true)]
    public async Task Only_administrators_build_agendas(string? account, bool allowed)
    {
        using var client = await app.ClientAsAsync(account);
        foreach (var path in new[] { "/admin/meetings", "/admin/meetings/new", "/admin/youth-council" })
        {
            var page = await client.GetAsync(path);
            if (allowed)
            {
                Assert.Equal(HttpStatusCode.OK, page.Status);
            }
            else
            {
                AssertRefused(page, account);
            }
        }
    }

    [Fact]
    public async Task Unknown_meetings_and_items_are_not_found()
    {
        using var client = await app.ClientAsAsync(AdminAccount);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/meetings/{Guid.NewGuid()}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/meetings/{Guid.NewGuid()}")).Status);
        var id = await app.CreateMeetingAsync(60);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/meetings/{id}/items/{Guid.NewGuid()}")).Status);
    }
}
