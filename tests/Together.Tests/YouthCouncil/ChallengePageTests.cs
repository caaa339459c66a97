using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Governance;
using Together.Tests.Support;
using Together.Web.Features.Governance;
using Together.Web.Features.YouthCouncil;
using static Together.Tests.Governance.GovernanceTestExtensions;

namespace Together.Tests.YouthCouncil;

public sealed class ChallengePageTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task The_public_page_shows_challenges_at_every_stage_with_the_boards_answer_and_what_changed()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/youth-council/challenges");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var statuses = page.Document.QuerySelectorAll("article.challenge").Select(a => a.GetAttribute("data-status")).ToHashSet();
        Assert.Superset(Enum.GetNames<ChallengeStatus>().ToHashSet(), statuses!);
        Assert.Contains("Waiting times are now published every month", page.Html);
        Assert.Contains("Each school decides its own phone rules", page.Html);
        Assert.Contains("Safe travel scheme pilot", page.Html); // linked decision
    }

    [Fact]
    public async Task A_youth_council_member_asks_the_board_checks_the_answers_and_it_appears_on_the_meetings_youth_council_item()
    {
        using var client = await app.ClientAsAsync(YouthCouncilAccount);
        var form = await client.GetAsync("/youth-council/ask");
        Assert.Equal(HttpStatusCode.OK, form.Status);

        var errors = await client.SubmitAsync(form, "#ask-form", new Dictionary<string, string?> { ["Title"] = "Skate park", ["WeAsked"] = "" });
        Assert.Contains("Tell us what you want to ask the board to do", errors.ErrorSummary);
        Assert.Equal("Skate park", errors.Value("#Title"));

        var check = await client.SubmitAsync(form, "#ask-form", new Dictionary<string, string?>
        {
            ["Title"] = "Skate park in Nantwich",
            ["WeAsked"] = "We ask the board to build a skate park in Nantwich.",
            ["WhyItMatters"] = "There is nowhere for young people to go after school.",
        });
        Assert.Equal("Check your question before you send it", check.H1);
        Assert.Contains("build a skate park", check.Text("#check-answers"));

        var sent = await client.SubmitAsync(check, "#send-form", null, "button[formaction*=Send], button:first-of-type");
        var again = await client.SubmitAsync(check, "#send-form", null, "button:first-of-type");
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Equal(sent.Location, again.Location);
        Assert.Equal("Your question has been sent", (await client.FollowAsync(sent)).H1);

        var challenge = await app.WithDbAsync(db => db.Challenges.Include(c => c.History).SingleAsync(c => c.Title == "Skate park in Nantwich"));
        Assert.Equal(ChallengeStatus.Raised, challenge.Status);
        Assert.Single(challenge.History);
        Assert.NotNull(challenge.MeetingId);

        using var admin = await app.ClientAsAsync(AdminAccount);
        var meeting = await admin.GetAsync($"/meetings/{challenge.MeetingId}");
        Assert.Contains("Skate park in Nantwich", meeting.Html);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(PartnerAccount, false)]
    [InlineData(BoardAccount, false)]
    [InlineData(YouthCouncilAccount, true)]
    [InlineData(AdminAccount, true)]
    public async Task Only_youth_council_members_and_administrators_write_asks(string? account, bool allowed)
    {
        using var client = await app.ClientAsAsync(account);
        var page = await client.GetAsync("/youth-council/ask");
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
        }
        else
        {
            AssertRefused(page, account);
        }
    }

    [Fact]
    public async Task The_secretary_records_the_answer_and_each_step_is_kept_as_history()
    {
        var id = await app.WithDbAsync(db => db.Challenges.Where(c => c.Title == "Free bus travel to college").Select(c => c.Id).SingleAsync());
        using var admin = await app.ClientAsAsync(AdminAccount);
        var page = await admin.GetAsync($"/admin/youth-council/challenges/{id}");

        var missing = await admin.SubmitAsync(page, "#move-form", new Dictionary<string, string?> { ["NextStatus"] = "Answered", ["Text"] = "" });
        Assert.Contains("Enter the board's answer", missing.ErrorSummary);

        // A tampered POST that skips straight to done is refused.
        var skipped = await admin.SubmitAsync(page, "#move-form", new Dictionary<string, string?> { ["NextStatus"] = "Done", ["Text"] = "All done" });
        Assert.Contains("A challenge that is asked cannot become done", skipped.ErrorSummary);

        page = await admin.FollowAsync(await admin.SubmitAsync(page, "#move-form", new Dictionary<string, string?> { ["NextStatus"] = "Answered", ["Text"] = "The council will talk to bus companies about cheaper fares." }));
        Assert.Equal("Answered", page.Text("#challenge-status"));
        var notAgreed = await admin.SubmitAsync(page, "#move-form", new Dictionary<string, string?> { ["NextStatus"] = "NotAgreed", ["Text"] = " " });
        Assert.Contains("Enter the reason the board did not agree", notAgreed.ErrorSummary);
        page = await admin.FollowAsync(await admin.SubmitAsync(page, "#move-form", new Dictionary<string, string?> { ["NextStatus"] = "ActionAgreed", ["Text"] = "Ask bus companies for a student fare." }));

        var decision = await app.WithDbAsync(db => db.Decisions.Where(d => d.Title == "Safe travel scheme pilot").Select(d => d.Id).SingleAsync());
        await admin.SubmitAsync(page, "#link-form", new Dictionary<string, string?> { ["DecisionId"] = decision.ToString() });

        var challenge = await app.WithDbAsync(db => db.Challenges.Include(c => c.History).SingleAsync(c => c.Id == id));
        Assert.Equal(ChallengeStatus.ActionAgreed, challenge.Status);
        Assert.Equal(decision, challenge.DecisionId);
        Assert.Equal([ChallengeStatus.Raised, ChallengeStatus.Answered, ChallengeStatus.ActionAgreed], challenge.History.OrderBy(h => h.At).ThenBy(h => h.ToStatus).Select(h => h.ToStatus));

        using var anonymous = app.CreateHtmlClient();
        var publicPage = await anonymous.GetAsync("/youth-council/challenges");
        Assert.Contains("Ask bus companies for a student fare.", publicPage.Text($"#challenge-{id}"));
    }

    [Fact]
    public async Task Under_13s_need_a_parent_or_carers_consent_recorded()
    {
        using var admin = await app.ClientAsAsync(AdminAccount);
        var page = await admin.GetAsync("/admin/youth-council");

        var refused = await admin.SubmitAsync(page, "#member-form", new Dictionary<string, string?> { ["FirstName"] = "Lily", ["AgeBand"] = "Under13" });
        Assert.Contains("Enter the name of the parent or carer who gave consent", refused.ErrorSummary);
        Assert.Contains("Confirm that a parent or carer has given consent", refused.ErrorSummary);
        Assert.False(await app.WithDbAsync(db => db.YouthCouncilMembers.AnyAsync(m => m.FirstName == "Lily")));

        await admin.SubmitAsync(page, "#member-form", new Dictionary<string, string?> { ["FirstName"] = "Lily", ["AgeBand"] = "Under13", ["ParentConsentGivenBy"] = "Sarah (mum)", ["ParentConsentConfirmed"] = "true" });
        var lily = await app.WithDbAsync(db => db.YouthCouncilMembers.SingleAsync(m => m.FirstName == "Lily"));
        Assert.Equal("Sarah (mum)", lily.ParentConsentGivenBy);
        Assert.Equal(new DateOnly(2026, 11, 23), lily.ParentConsentRecordedOn);

        // Each form carries its own token, so a fresh form for the next member.
        page = await admin.GetAsync("/admin/youth-council");
        await admin.SubmitAsync(page, "#member-form", new Dictionary<string, string?> { ["FirstName"] = "Noah", ["AgeBand"] = "From16To18" });
        Assert.True(await app.WithDbAsync(db => db.YouthCouncilMembers.AnyAsync(m => m.FirstName == "Noah" && m.ParentConsentGivenBy == null)));
    }

    [Fact]
    public async Task Every_meeting_in_the_demo_has_the_youth_council_item()
    {
        var missing = await app.WithDbAsync(db => db.Meetings.CountAsync(m => !db.AgendaItems.Any(i => i.MeetingId == m.Id && i.Kind == AgendaItemKind.YouthCouncil)));
        Assert.Equal(0, missing);
    }
}
