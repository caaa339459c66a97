using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Feedback;
using Together.Tests.Support;
using Together.Web.Features.YouthCouncil;
using Together.Web.Infrastructure.Notifications;
using Together.Web.Infrastructure.Safeguarding;
using static Together.Tests.Governance.GovernanceTestExtensions;

namespace Together.Tests.YouthCouncil;

public static class InterestTestExtensions
{
    public const string Form = "#join-form";

    /// <summary>Answers about you and returns the contact page.</summary>
    public static async Task<HtmlPage> AboutYouAsync(this HtmlClient client, string name, string band)
    {
        var start = await client.GetAsync("/youth-council/join");
        var next = await client.SubmitAsync(start, Form, new Dictionary<string, string?> { ["FirstName"] = name, ["AgeBand"] = band, ["LocalityId"] = "crewe" });
        return await client.FollowAsync(next);
    }
}

public sealed class InterestTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task Every_question_says_what_is_missing_and_keeps_what_was_typed()
    {
        using var client = app.CreateHtmlClient();
        var start = await client.GetAsync("/youth-council/join");
        var empty = await client.SubmitAsync(start, InterestTestExtensions.Form, new Dictionary<string, string?> { ["FirstName"] = "", ["LocalityId"] = "atlantis" });
        Assert.Equal(["Enter your first name or a nickname", "Select how old you are", "Select the town you live in or nearest to, or 'I'm not sure'"], empty.ErrorSummary);
        var tooLong = await client.SubmitAsync(start, InterestTestExtensions.Form, new Dictionary<string, string?> { ["FirstName"] = new string('a', 51), ["AgeBand"] = "From13To15", ["LocalityId"] = "crewe" });
        Assert.Equal(["Your first name or nickname must be 50 characters or fewer"], tooLong.ErrorSummary);
        Assert.Equal(new string('a', 51), tooLong.Value("#FirstName"));

        var contact = await client.AboutYouAsync("Kai", "From16To18");
        Assert.Equal("How can we get in touch?", contact.H1);
        var noWay = await client.SubmitAsync(contact, InterestTestExtensions.Form, new Dictionary<string, string?> { ["ContactWho"] = "Me" });
        Assert.Equal(["Enter an email address or a phone number"], noWay.ErrorSummary);
        var bad = await client.SubmitAsync(contact, InterestTestExtensions.Form, new Dictionary<string, string?> { ["ContactWho"] = "Me", ["ContactEmail"] = "kai@", ["ContactPhone"] = "12" });
        Assert.Equal(["Enter an email address in the correct format, like name@example.com", "Enter a phone number, like 01632 960 001 or 07700 900 982"], bad.ErrorSummary);
        Assert.Equal("kai@", bad.Value("#ContactEmail"));
    }

    [Fact]
    public async Task Someone_aged_12_or_under_must_give_a_parent_or_carer_and_the_team_gets_it_once_with_an_email_that_holds_no_details()
    {
        using var client = app.CreateHtmlClient();
        var contact = await client.AboutYouAsync("Ruby", "Under13");
        var me = await client.SubmitAsync(contact, InterestTestExtensions.Form, new Dictionary<string, string?> { ["ContactWho"] = "Me", ["ContactEmail"] = "ruby@example.org" });
        Assert.Equal(["You told us you are 12 or under, so we need to contact your parent or carer first. Select 'My parent or carer'"], me.ErrorSummary);
        var noName = await client.SubmitAsync(contact, InterestTestExtensions.Form, new Dictionary<string, string?> { ["ContactWho"] = "ParentOrCarer", ["ContactEmail"] = "rubys.mum@example.org" });
        Assert.Equal(["Enter your parent or carer's name"], noName.ErrorSummary);

        var ideas = await client.FollowAsync(await client.SubmitAsync(contact, InterestTestExtensions.Form, new Dictionary<string, string?>
        {
            ["ContactWho"] = "ParentOrCarer", ["ContactName"] = "Anna", ["ContactEmail"] = "rubys.mum@example.org",
        }));
        var check = await client.FollowAsync(await client.SubmitAsync(ideas, InterestTestExtensions.Form, new Dictionary<string, string?> { ["Ideas"] = "A youth club in Crewe" }));
        Assert.Equal("Check your answers", check.H1);
        var answers = check.Text("#check-answers");
        Assert.Contains("Ruby", answers);
        Assert.Contains("12 or under", answers);
        Assert.Contains("Crewe", answers);
        Assert.Contains("Your parent or carer, Anna", answers);

        var sent = await client.SubmitAsync(check, "#send-form");
        var again = await client.SubmitAsync(check, "#send-form");
        Assert.Equal(sent.Location, again.Location);
        var done = await client.FollowAsync(sent);
        Assert.Equal("Thank you, we have your details", done.H1);

        var stored = await app.WithDbAsync(db => db.YouthCouncilInterests.AsNoTracking().SingleAsync(i => i.FirstName == "Ruby"));
        Assert.Equal(ContactWho.ParentOrCarer, stored.ContactWho);
        Assert.Equal(ScreeningStatus.Clear, stored.ScreeningStatus);
        Assert.Equal(stored.Reference, done.Text("#reference"));
        Assert.False(await app.WithDbAsync(db => db.InterestDrafts.AnyAsync(d => d.Id == stored.Id)));
        var email = await app.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.Category == "youth-council.interest" && m.TextBody.Contains(stored.Reference)));
        Assert.DoesNotContain("Ruby", email.TextBody);
        Assert.DoesNotContain("rubys.mum", email.TextBody);

        using var admin = await app.ClientAsAsync(AdminAccount);
        var list = await admin.GetAsync("/admin/youth-council/interest");
        Assert.Contains("Ruby", list.Document.QuerySelector($"tr[data-id='{stored.Id}']")!.TextContent);
        var item = await admin.GetAsync($"/admin/youth-council/interest/{stored.Id}");
        Assert.Contains("rubys.mum@example.org", item.Text("#details"));
        var contacted = await admin.SubmitAsync(item, "#status-form", new Dictionary<string, string?> { ["NewStatus"] = "Contacted" });
        Assert.Equal(HttpStatusCode.Redirect, contacted.Status);
        Assert.Equal(InterestStatus.Contacted, (await app.WithDbAsync(db => db.YouthCouncilInterests.SingleAsync(i => i.Id == stored.Id))).Status);
    }

    [Fact]
    public async Task An_unknown_journey_or_expression_of_interest_is_not_found()
    {
        using var client = app.CreateHtmlClient();
        using var admin = await app.ClientAsAsync(AdminAccount);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/youth-council/join/{Guid.NewGuid()}/contact")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/youth-council/interest/{Guid.NewGuid()}")).Status);
    }
}

public sealed class InterestSafeguardingTests(FlaggingScreenApp app) : IClassFixture<FlaggingScreenApp>
{
    [Fact]
    public async Task Flagged_text_is_withheld_from_the_participation_team_and_the_young_person_is_shown_where_to_get_help()
    {
        using var client = app.CreateHtmlClient();
        var contact = await client.AboutYouAsync("Alex", "From13To15");
        var ideas = await client.FollowAsync(await client.SubmitAsync(contact, InterestTestExtensions.Form, new Dictionary<string, string?> { ["ContactWho"] = "Me", ["ContactEmail"] = "alex@example.org" }));
        var check = await client.FollowAsync(await client.SubmitAsync(ideas, InterestTestExtensions.Form, new Dictionary<string, string?> { ["Ideas"] = "People hurt me on the bus" }));
        var done = await client.FollowAsync(await client.SubmitAsync(check, "#send-form"));

        Assert.Contains("0800 1111", done.Text(".together-help-now"));
        var stored = await app.WithDbAsync(db => db.YouthCouncilInterests.AsNoTracking().SingleAsync(i => i.FirstName == "Alex"));
        Assert.Equal(ScreeningStatus.Flagged, stored.ScreeningStatus);

        using var admin = await app.ClientAsAsync(AdminAccount);
        var list = await admin.GetAsync("/admin/youth-council/interest");
        var item = await admin.GetAsync($"/admin/youth-council/interest/{stored.Id}");
        Assert.Contains("withheld for safeguarding review", list.Document.QuerySelector($"tr[data-id='{stored.Id}']")!.TextContent);
        Assert.Contains("Withheld for safeguarding review", item.Text("#withheld"));
        Assert.DoesNotContain("hurt me", list.Html + item.Html);
        Assert.DoesNotContain("alex@example.org", item.Html);
        Assert.DoesNotContain("Alex", list.Html + item.Html);
    }
}
