using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using static Together.Tests.Governance.GovernanceTestExtensions;

namespace Together.Tests.Governance;

public sealed class PartnershipTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task Who_we_are_lists_the_board_and_sub_groups_with_current_members_from_every_partner()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/who-we-are");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Who we are", page.H1);
        var trust = page.Text("#board-trust-board");
        Assert.Contains("Children and Young People's Trust Board", trust);
        Assert.NotNull(page.Document.QuerySelector("#board-participation-and-voice"));
        var organisations = await app.WithDbAsync(db => db.Organisations.Select(o => o.Name).ToListAsync());
        var members = page.Document.QuerySelector("section[aria-labelledby=board-trust-board] table")!.TextContent;
        Assert.All(organisations, name => Assert.Contains(name, members));
        Assert.Contains("Youth Council representative", members);
        Assert.DoesNotContain("Cllr Peter Grant", members); // membership ended in 2025
        Assert.Contains("Quorum", page.Text("section[aria-labelledby=board-trust-board]"));
    }

    [Fact]
    public async Task Administrators_add_and_end_memberships()
    {
        using var admin = await app.ClientAsAsync(AdminAccount);
        var page = await admin.GetAsync("/admin/meetings/boards");
        var boardId = page.Document.QuerySelectorAll("#BoardId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));
        var organisationId = page.Document.QuerySelectorAll("#OrganisationId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));

        var errors = await admin.SubmitAsync(page, "#add-member-form", new Dictionary<string, string?> { ["PersonName"] = "Dana Brooks" });
        Assert.Contains("Select the board", errors.ErrorSummary);
        Assert.Contains("Select the member's role", errors.ErrorSummary);
        Assert.Equal("Dana Brooks", errors.Value("#PersonName"));

        await admin.SubmitAsync(page, "#add-member-form", new Dictionary<string, string?> { ["BoardId"] = boardId, ["OrganisationId"] = organisationId, ["PersonName"] = "Dana Brooks", ["Role"] = "Member", ["Day"] = "1", ["Month"] = "11", ["Year"] = "2026" });
        using var anonymous = app.CreateHtmlClient();
        Assert.Contains("Dana Brooks", (await anonymous.GetAsync("/who-we-are")).Html);

        page = await admin.GetAsync("/admin/meetings/boards");
        var end = page.Document.QuerySelectorAll("form").First(f => f.ParentElement!.ParentElement!.TextContent.Contains("Dana Brooks", StringComparison.Ordinal));
        end.SetAttribute("id", "end-dana");
        await admin.SubmitAsync(page, "#end-dana");

        Assert.Equal(new DateOnly(2026, 11, 23), await app.WithDbAsync(db => db.BoardMemberships.Where(m => m.PersonName == "Dana Brooks").Select(m => m.EndDate).SingleAsync()));
        Assert.Contains("Dana Brooks", (await anonymous.GetAsync("/who-we-are")).Html); // still a member until the end of today
    }

    [Fact]
    public async Task Decisions_and_agenda_items_link_to_the_plan_outcomes_they_serve()
    {
        var outcome2 = await app.WithDbAsync(db => db.Outcomes.Where(o => o.Number == 2 && db.PlanPeriods.Any(p => p.Id == o.PeriodId && p.Status == Together.Web.Features.Plan.PlanPeriodStatus.Live)).Select(o => o.ShortTitle).SingleAsync());
        using var client = app.CreateHtmlClient();
        var decisions = await client.GetAsync("/meetings/decisions");

        var link = decisions.Document.QuerySelectorAll(".plan-links a").FirstOrDefault(a => a.GetAttribute("href") == "/plan/outcomes/2");
        Assert.NotNull(link);
        Assert.Equal($"Outcome 2: {outcome2}", link.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/plan/outcomes/2")).Status);
    }

    [Fact]
    public async Task The_navigation_offers_meetings_and_the_youth_council()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/meetings");
        var links = page.Document.QuerySelectorAll(".govuk-service-navigation__link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/meetings", links);
        Assert.Contains("/youth-council", links);
        Assert.Equal("true", page.Document.QuerySelector(".govuk-service-navigation__link[href='/meetings']")!.GetAttribute("aria-current"));
    }
}
