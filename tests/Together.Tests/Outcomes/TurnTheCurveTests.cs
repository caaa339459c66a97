using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.Governance;
using Together.Web.Features.Outcomes.TurnTheCurve;
using static Together.Tests.Governance.GovernanceTestExtensions;

namespace Together.Tests.Outcomes;

public sealed class TurnTheCurveTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private const string PartnerAccount = "partner@demo.together.example"; // Cheshire East CVS, which owns CYP-D13
    private const string PoliceAccount = "police@demo.together.example"; // Cheshire Constabulary, which owns CYP-D06

    [Fact]
    public async Task A_draft_is_not_public_until_it_is_published_and_every_publication_is_recorded()
    {
        using var anonymous = app.CreateHtmlClient();
        // The demo plan for CYP-D13 is a draft that has never been published.
        Assert.Null((await anonymous.GetAsync("/indicators/CYP-D13")).Document.QuerySelector("#turning-the-curve"));

        using var partner = await app.ClientAsAsync(PartnerAccount);
        var editor = await partner.GetAsync("/data/turn-the-curve/CYP-D13");
        Assert.Equal(HttpStatusCode.OK, editor.Status);
        Assert.Contains("Not published", editor.Text("#curve-status"), StringComparison.Ordinal);
        var saved = await partner.FollowAsync(await partner.SubmitAsync(editor, "#draft-form", new Dictionary<string, string?>
        {
            ["Story"] = "Young carers tell us they have **nobody** to talk to after school.",
            ["Partners"] = "Cheshire East CVS: youth clubs\nYouth Council: peer listeners",
        }));
        Assert.Contains("Draft saved", saved.Text("#curve-message"), StringComparison.Ordinal);
        Assert.Null((await anonymous.GetAsync("/indicators/CYP-D13")).Document.QuerySelector("#turning-the-curve"));

        var published = await partner.FollowAsync(await partner.SubmitAsync(saved, "#publish-form"));
        Assert.Contains("Published", published.Text("#curve-message"), StringComparison.Ordinal);
        var page = await anonymous.GetAsync("/indicators/CYP-D13");
        Assert.Equal("Turning the curve", page.Text("#turning-the-curve h2"));
        Assert.Equal("nobody", page.Text("#curve-story strong"));
        Assert.Equal(["Cheshire East CVS", "Youth Council"], page.Texts("#curve-partners dt"));
        Assert.Contains("Map where young people can drop in", page.Text("#curve-actions"), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#curve-table"));

        // A later draft stays private until it too is published; publishing an unchanged draft records nothing.
        var edited = await partner.FollowAsync(await partner.SubmitAsync(await partner.GetAsync("/data/turn-the-curve/CYP-D13"), "#draft-form",
            new Dictionary<string, string?> { ["Story"] = "A second version of the story." }));
        Assert.Contains("nobody", (await anonymous.GetAsync("/indicators/CYP-D13")).Text("#curve-story"), StringComparison.Ordinal);
        await partner.SubmitAsync(edited, "#publish-form");
        Assert.Equal("A second version of the story.", (await anonymous.GetAsync("/indicators/CYP-D13")).Text("#curve-story"));
        var again = await partner.FollowAsync(await partner.SubmitAsync(await partner.GetAsync("/data/turn-the-curve/CYP-D13"), "#publish-form"));
        Assert.Contains("Nothing has changed", again.Text("#curve-message"), StringComparison.Ordinal);

        var publications = await app.WithDbAsync(db => db.TurnTheCurvePublications
            .Where(p => db.TurnTheCurvePlans.Any(t => t.Id == p.PlanId && t.Indicator!.Code == "CYP-D13")).OrderBy(p => p.Version).ToListAsync());
        Assert.Equal([1, 2], publications.Select(p => p.Version));
        Assert.All(publications, p => Assert.Equal(PartnerAccount, p.PublishedBy));
        Assert.Equal("A second version of the story.", publications[1].Story);
        Assert.Equal(2, (await partner.GetAsync("/data/turn-the-curve/CYP-D13")).Document.QuerySelectorAll("#publications li").Length);
    }

    [Fact]
    public async Task A_partner_of_another_organisation_cannot_see_or_change_the_plan()
    {
        using var police = await app.ClientAsAsync(PoliceAccount);
        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync("/data/turn-the-curve/CYP-D13")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync("/data/turn-the-curve/CYP-D13/actions/new")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync("/data/turn-the-curve/NO-SUCH")).Status);

        // Their own indicator's form, pointed at another organisation's indicator, is refused and changes nothing.
        var own = await police.GetAsync("/data/turn-the-curve/CYP-D06");
        Assert.Equal(HttpStatusCode.OK, own.Status);
        own.Document.QuerySelector("#draft-form")!.SetAttribute("action", "/data/turn-the-curve/CYP-D13?handler=Save");
        var refused = await police.SubmitAsync(own, "#draft-form", new Dictionary<string, string?> { ["Story"] = "Written by the wrong organisation" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.False(await app.WithDbAsync(db => db.TurnTheCurvePlans.AnyAsync(p => p.Story.Contains("wrong organisation"))));

        var list = await police.GetAsync("/data/turn-the-curve");
        var codes = list.Document.QuerySelectorAll("#plans tbody tr a").Select(a => a.TextContent).ToList();
        Assert.Contains(codes, c => c.StartsWith("CYP-D06", StringComparison.Ordinal));
        Assert.DoesNotContain(codes, c => c.StartsWith("CYP-D13", StringComparison.Ordinal));

        using var admin = await app.ClientAsAsync(AdminAccount);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/data/turn-the-curve/CYP-D13")).Status);
    }

    [Fact]
    public async Task Actions_are_kept_in_the_governance_action_log_with_updates_and_overdue_reminders()
    {
        using var police = await app.ClientAsAsync(PoliceAccount);
        var form = await police.GetAsync("/data/turn-the-curve/CYP-D06/actions/new");
        var invalid = await police.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Title"] = "", ["OwnerName"] = "Chris Doyle", ["Day"] = "31", ["Month"] = "2", ["Year"] = "2026" });
        Assert.Contains("Enter the action", invalid.ErrorSummary);
        Assert.Contains("Enter a real due date, for example 31 1 2027", invalid.ErrorSummary);
        Assert.Equal("Chris Doyle", invalid.Value("#OwnerName"));

        var fields = new Dictionary<string, string?>
        {
            ["Title"] = "Brief every neighbourhood team on children missing repeatedly",
            ["OwnerName"] = "Chris Doyle",
            ["OwnerEmail"] = PoliceAccount,
            ["Day"] = "20",
            ["Month"] = "11",
            ["Year"] = "2026",
        };
        var created = await police.SubmitAsync(form, "form[method=post]", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        await police.SubmitAsync(form, "form[method=post]", fields); // the same form sent twice stores one action
        var actions = await app.WithDbAsync(db => db.BoardActions.Where(a => a.Title == fields["Title"]).ToListAsync());
        var action = Assert.Single(actions);
        Assert.Null(action.MeetingId);
        Assert.NotNull(action.TurnTheCurvePlanId);

        using var board = await app.ClientAsAsync(AdminAccount);
        var log = await board.GetAsync("/meetings/actions");
        var row = log.Document.QuerySelector($"#action-{action.Id}")!;
        Assert.Contains("Turn the curve: Children missing from home (episodes)", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overdue", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Turning the curve on Children missing from home (episodes)", (await board.GetAsync($"/meetings/actions/{action.Id}")).Text("dl"), StringComparison.Ordinal);

        // The indicator's owners keep it up to date from the plan; the update is the action log's own.
        var actionPage = await police.GetAsync($"/data/turn-the-curve/CYP-D06/actions/{action.Id}");
        await police.SubmitAsync(actionPage, "#update-form", new Dictionary<string, string?> { ["Update"] = "Briefed 8 of 12 teams", ["Status"] = nameof(ActionStatus.InProgress) });
        Assert.Contains("Briefed 8 of 12 teams", (await board.GetAsync($"/meetings/actions/{action.Id}")).Text("#updates"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/data/turn-the-curve/CYP-D06/actions/{Guid.NewGuid()}")).Status);

        await app.WithServiceAsync<MeetingService, int>(s => s.SendOverdueRemindersAsync());
        var email = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Subject.Contains("Brief every neighbourhood team")));
        Assert.Equal(PoliceAccount, email.ToAddress);
        Assert.Contains("in the action plan to turn the curve on \"Children missing from home (episodes)\"", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_section_shows_the_baseline_forecast_and_published_plan_with_a_table()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/indicators/CYP-D11");
        var section = page.Document.QuerySelector("#turning-the-curve")!;

        Assert.NotNull(section.QuerySelector("svg[role=img] .outcomes-chart__comparator--forecast"));
        var rows = page.Document.QuerySelectorAll("#curve-table tbody tr");
        Assert.Equal(CurveForecast.PeriodsAhead, rows.Count(r => r.QuerySelectorAll("td")[0].TextContent == "–"));
        Assert.Contains(rows, r => r.QuerySelector("th")!.TextContent.EndsWith("(baseline)", StringComparison.Ordinal));
        Assert.Contains("What works", section.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("priya.shah@", section.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_long_text_gets_a_clear_message_and_what_was_typed_is_kept()
    {
        using var admin = await app.ClientAsAsync(AdminAccount);
        var editor = await admin.GetAsync("/data/turn-the-curve/CYP-D24");
        var tooLong = new string('x', TurnTheCurvePlan.StoryMaxLength + 1);

        var page = await admin.SubmitAsync(editor, "#draft-form", new Dictionary<string, string?> { ["Story"] = tooLong });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("The story behind the curve must be 8,000 characters or fewer (it has 8,001)", page.ErrorSummary);
        Assert.Equal(tooLong, page.Document.QuerySelector("#Story")!.TextContent);
        var empty = await admin.SubmitAsync(editor, "#draft-form", new Dictionary<string, string?> { ["Story"] = " ", ["Partners"] = "", ["WhatWorks"] = "" });
        Assert.Contains("Enter the story behind the curve, the partners with a role or what works", empty.ErrorSummary);
    }
}
