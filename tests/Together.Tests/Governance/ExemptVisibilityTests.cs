using Together.Tests.Support;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Governance;
using static Together.Tests.Governance.GovernanceTestExtensions;

namespace Together.Tests.Governance;

/// <summary>
/// Exempt items (Schedule 12A) in the demo June meeting: their title, paper, declarations, decision and actions must
/// reach board members and administrators only, on every page that could show them.
/// </summary>
public sealed class ExemptVisibilityTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private const string ExemptPaperText = "7% price uplift";
    private const string ExemptDeclaration = "buys places from the provider";
    private const string ExemptActionTitle = "Issue the contract variation";
    private const string ExemptForwardPlanTitle = "Short breaks re-procurement";

    public static TheoryData<string?, bool> Roles => new()
    {
        { null, false },
        { PartnerAccount, false },
        { CommissionerAccount, false },
        { YouthCouncilAccount, false },
        { BoardAccount, true },
        { AdminAccount, true },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task The_meeting_page_shows_exempt_content_only_to_the_board(string? account, bool canSee)
    {
        var june = await JuneMeetingAsync();
        using var client = await app.ClientAsAsync(account);
        var page = await client.GetAsync($"/meetings/{june}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(canSee, page.Html.Contains(GovernanceDemoSeeder.ExemptItemTitle, StringComparison.Ordinal));
        Assert.Equal(canSee, page.Html.Contains(ExemptPaperText, StringComparison.Ordinal));
        Assert.Equal(canSee, page.Html.Contains(ExemptDeclaration, StringComparison.Ordinal));
        Assert.Equal(canSee, page.Html.Contains(GovernanceDemoSeeder.ExemptDecisionTitle, StringComparison.Ordinal));
        Assert.Equal(canSee, page.Html.Contains(ExemptActionTitle, StringComparison.Ordinal));
        // Everyone can see that there was an exempt item and why, and the public business of the meeting.
        Assert.Contains("Safe transport home at night", page.Html);
        Assert.Equal(!canSee, page.Document.QuerySelector(".exempt-notice")?.TextContent.Contains("paragraph 3 of Schedule 12A") == true);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task The_decisions_register_shows_exempt_decisions_only_to_the_board(string? account, bool canSee)
    {
        using var client = await app.ClientAsAsync(account);
        var page = await client.GetAsync("/meetings/decisions");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(canSee, page.Html.Contains(GovernanceDemoSeeder.ExemptDecisionTitle, StringComparison.Ordinal));
        Assert.Contains("Safe travel scheme pilot", page.Html);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task The_forward_plan_shows_exempt_items_only_to_the_board(string? account, bool canSee)
    {
        using var client = await app.ClientAsAsync(account);
        var page = await client.GetAsync("/meetings/forward-plan");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(canSee, page.Html.Contains(ExemptForwardPlanTitle, StringComparison.Ordinal));
        Assert.Contains("Annual report of the Youth Council", page.Html);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task The_action_log_is_for_the_board_only(string? account, bool canSee)
    {
        using var client = await app.ClientAsAsync(account);
        var page = await client.GetAsync("/meetings/actions?closed=true");

        if (canSee)
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains(ExemptActionTitle, page.Html);
        }
        else
        {
            AssertRefused(page, account);
            Assert.DoesNotContain(ExemptActionTitle, page.Html);
        }
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Public_listings_never_carry_exempt_content(string? account, bool canSee)
    {
        _ = canSee;
        using var client = await app.ClientAsAsync(account);
        foreach (var path in new[] { "/meetings", "/meetings.ics", "/who-we-are", "/youth-council", "/youth-council/challenges" })
        {
            var response = await client.Http.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(GovernanceDemoSeeder.ExemptItemTitle, body);
            Assert.DoesNotContain(ExemptPaperText, body);
            Assert.DoesNotContain(GovernanceDemoSeeder.ExemptDecisionTitle, body);
        }
    }

    [Fact]
    public async Task Board_members_viewing_exempt_papers_is_audited()
    {
        var june = await JuneMeetingAsync();
        using var client = await app.ClientAsAsync(BoardAccount);
        await client.GetAsync($"/meetings/{june}");

        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(Meeting) && e.EntityId == june.ToString())));
    }

    [Fact]
    public async Task Draft_minutes_are_shown_only_to_the_board_and_approved_minutes_to_everyone()
    {
        var november = await app.WithDbAsync(db => db.Meetings.Where(m => m.Status == MeetingStatus.Held).Select(m => m.Id).SingleAsync());
        using var anonymous = app.CreateHtmlClient();
        using var board = await app.ClientAsAsync(BoardAccount);

        Assert.Empty((await anonymous.GetAsync($"/meetings/{november}")).Document.QuerySelectorAll(".together-minutes"));
        Assert.Contains("draft, not yet approved", (await board.GetAsync($"/meetings/{november}")).Text(".together-minutes"));
        var june = await JuneMeetingAsync();
        Assert.NotEmpty((await anonymous.GetAsync($"/meetings/{june}")).Document.QuerySelectorAll(".together-minutes"));
    }

    [Fact]
    public async Task Draft_agendas_are_not_public()
    {
        var december = await app.WithDbAsync(db => db.Meetings.Where(m => m.Status == MeetingStatus.Draft && m.Title == "Trust Board" && m.StartsAt < new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc)).Select(m => m.Id).SingleAsync());
        using var anonymous = app.CreateHtmlClient();
        using var partner = await app.ClientAsAsync(PartnerAccount);
        using var board = await app.ClientAsAsync(BoardAccount);

        Assert.DoesNotContain("Budget for 2027 to 2028", (await anonymous.GetAsync($"/meetings/{december}")).Html);
        Assert.DoesNotContain("Budget for 2027 to 2028", (await partner.GetAsync($"/meetings/{december}")).Html);
        Assert.Contains("Budget for 2027 to 2028", (await board.GetAsync($"/meetings/{december}")).Html);
    }

    private Task<Guid> JuneMeetingAsync() =>
        app.WithDbAsync(db => db.AgendaItems.Where(i => i.Title == GovernanceDemoSeeder.ExemptItemTitle).Select(i => i.MeetingId).SingleAsync());
}
