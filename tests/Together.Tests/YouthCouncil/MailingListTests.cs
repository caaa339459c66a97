using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Together.Tests.Support;
using Together.Web.Features.YouthCouncil;
using Together.Web.Infrastructure.Notifications;

namespace Together.Tests.YouthCouncil;

public static class MailingListTestExtensions
{
    public const string Form = "#mailing-list-form";

    /// <summary>Fills in "Join the mailing list" and returns the response to the POST.</summary>
    public static async Task<HtmlPage> SignUpAsync(this HtmlClient client, string email, string band, string? parentEmail = null)
    {
        var form = await client.GetAsync("/youth-council/mailing-list");
        return await client.SubmitAsync(form, Form, new Dictionary<string, string?> { ["Email"] = email, ["AgeBand"] = band, ["ParentEmail"] = parentEmail });
    }

    /// <summary>The path of the newest link of the given kind in the outbox messages to an address.</summary>
    public static async Task<string> LinkAsync(this TogetherApp app, string to, string kind)
    {
        var bodies = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.ToAddress == to).OrderByDescending(m => m.CreatedAt).Select(m => m.TextBody).ToListAsync());
        foreach (var body in bodies)
        {
            var match = Regex.Match(body, $@"https?://[^/\s]+(/youth-council/mailing-list/{kind}/[a-z0-9]+)");
            if (match.Success)
            {
                return match.Groups[1].Value;
            }
        }

        throw new InvalidOperationException($"No {kind} link has been emailed to {to}");
    }

    public static Task<MailingListSubscriber?> SubscriberAsync(this TogetherApp app, string email) =>
        app.WithDbAsync(db => db.MailingListSubscribers.AsNoTracking().FirstOrDefaultAsync(s => s.Email == email));

    /// <summary>What the hourly clean-up does, run now on the test's clock.</summary>
    public static async Task<MailingListService.CleanupResult> CleanUpAsync(this TogetherApp app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MailingListService>().CleanUpAsync(CancellationToken.None);
    }

    /// <summary>Signs up, confirms from the emailed link and returns the subscriber.</summary>
    public static async Task<MailingListSubscriber> ConfirmedSubscriberAsync(this TogetherApp app, HtmlClient client, string email)
    {
        await client.SignUpAsync(email, "From16To18");
        var confirm = await client.GetAsync(await app.LinkAsync(email, "confirm"));
        await client.SubmitAsync(confirm, "#confirm-form");
        return (await app.SubscriberAsync(email))!;
    }
}

public sealed class MailingListTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task Signing_up_needs_a_valid_email_and_an_age_group_and_keeps_what_was_typed()
    {
        using var client = app.CreateHtmlClient();
        var form = await client.GetAsync("/youth-council/mailing-list");
        Assert.Contains("We only keep your email address and age group", form.Text("#privacy-line"));
        Assert.Contains("leave at any time", form.Text("#privacy-line"));

        var page = await client.SubmitAsync(form, MailingListTestExtensions.Form, new Dictionary<string, string?> { ["Email"] = "not an email" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Enter an email address in the correct format, like name@example.com", "Select how old you are"], page.ErrorSummary);
        Assert.Equal("not an email", page.Value("#Email"));
        Assert.False(await app.WithDbAsync(db => db.MailingListSubscribers.AnyAsync(s => s.Email == "not an email")));
    }

    [Fact]
    public async Task Double_opt_in_opening_the_link_only_asks_pressing_confirm_joins_and_the_link_then_stops_working()
    {
        using var client = app.CreateHtmlClient();
        const string email = "Opt.In@Example.org";

        var sent = await client.SignUpAsync(email, "From13To15");
        Assert.Equal("/youth-council/mailing-list/check-your-email", sent.Location);
        Assert.Equal("Check your email", (await client.FollowAsync(sent)).H1);
        var stored = await app.SubscriberAsync("opt.in@example.org");
        Assert.Equal(SubscriberStatus.AwaitingConfirmation, stored!.Status);

        var link = await app.LinkAsync("opt.in@example.org", "confirm");
        var confirm = await client.GetAsync(link);
        Assert.Equal("Confirm you want to join the Youth Council mailing list", confirm.H1);
        Assert.Equal(SubscriberStatus.AwaitingConfirmation, (await app.SubscriberAsync("opt.in@example.org"))!.Status);

        var joined = await client.SubmitAsync(confirm, "#confirm-form");
        Assert.Equal("/youth-council/mailing-list/joined", joined.Location);
        Assert.Equal("You have joined the Youth Council mailing list", (await client.FollowAsync(joined)).H1);
        var confirmed = await app.SubscriberAsync("opt.in@example.org");
        Assert.Equal(SubscriberStatus.Confirmed, confirmed!.Status);
        Assert.Null(confirmed.ConfirmTokenHash);

        var reused = await client.GetAsync(link);
        Assert.Equal("This link has already been used or does not work", reused.H1);
        var resubmitted = await client.SubmitAsync(confirm, "#confirm-form");
        Assert.Equal("This link has already been used or does not work", resubmitted.H1);
        Assert.Equal("This link has already been used or does not work", (await client.GetAsync("/youth-council/mailing-list/confirm/not-a-token")).H1);
    }

    [Fact]
    public async Task Under_13_sign_up_waits_for_a_parent_or_carer_whose_address_is_deleted_once_they_answer()
    {
        using var client = app.CreateHtmlClient();
        const string child = "young.one@example.org";
        const string parent = "parent.one@example.org";

        var missing = await client.SignUpAsync(child, "Under13");
        Assert.Equal(["Enter your parent or carer's email address"], missing.ErrorSummary);
        var same = await client.SignUpAsync(child, "Under13", child);
        Assert.Equal(["Enter your parent or carer's own email address, not yours"], same.ErrorSummary);

        var sent = await client.SignUpAsync(child, "Under13", parent);
        Assert.Equal("/youth-council/mailing-list/check-your-email?parent=yes", sent.Location);
        Assert.Empty(await app.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.ToAddress == parent).ToListAsync()));

        var confirm = await client.GetAsync(await app.LinkAsync(child, "confirm"));
        var asked = await client.SubmitAsync(confirm, "#confirm-form");
        Assert.Equal("/youth-council/mailing-list/asked-parent", asked.Location);
        var waiting = await app.SubscriberAsync(child);
        Assert.Equal(SubscriberStatus.AwaitingParent, waiting!.Status);
        Assert.Equal(parent, waiting.ParentEmail);

        var parentMessage = await app.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.ToAddress == parent));
        Assert.Contains(child, parentMessage.TextBody);
        Assert.Contains("If you do nothing, we will not add them", parentMessage.TextBody);
        var parentLink = await app.LinkAsync(parent, "parent");
        var question = await client.GetAsync(parentLink);
        Assert.Equal("Can your child join the Youth Council mailing list?", question.H1);
        Assert.Equal(child, question.Text("#child-email"));

        var unanswered = await client.SubmitAsync(question, "#parent-form");
        Assert.Equal(["Select yes if they can join the mailing list"], unanswered.ErrorSummary);
        var agreed = await client.SubmitAsync(question, "#parent-form", new Dictionary<string, string?> { ["Answer"] = "yes" });
        Assert.Equal("/youth-council/mailing-list/parent-agreed", agreed.Location);

        var confirmed = await app.SubscriberAsync(child);
        Assert.Equal(SubscriberStatus.Confirmed, confirmed!.Status);
        Assert.Null(confirmed.ParentEmail);
        Assert.Null(confirmed.ParentTokenHash);
        Assert.NotNull(confirmed.ParentAgreedAt);
        Assert.Equal("This link has already been used or does not work", (await client.GetAsync(parentLink)).H1);
    }

    [Fact]
    public async Task A_parent_or_carer_who_says_no_deletes_the_sign_up_and_both_addresses()
    {
        using var client = app.CreateHtmlClient();
        const string child = "young.two@example.org";
        const string parent = "parent.two@example.org";
        await client.SignUpAsync(child, "Under13", parent);
        await client.SubmitAsync(await client.GetAsync(await app.LinkAsync(child, "confirm")), "#confirm-form");

        var question = await client.GetAsync(await app.LinkAsync(parent, "parent"));
        var declined = await client.SubmitAsync(question, "#parent-form", new Dictionary<string, string?> { ["Answer"] = "no" });

        Assert.Equal("/youth-council/mailing-list/parent-declined", declined.Location);
        Assert.Null(await app.SubscriberAsync(child));
        Assert.False(await app.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.ToAddress == child || m.ToAddress == parent)));
    }

    [Fact]
    public async Task Signing_up_again_gives_the_same_answer_and_changes_nothing_for_someone_already_on_the_list()
    {
        using var client = app.CreateHtmlClient();
        var subscriber = await app.ConfirmedSubscriberAsync(client, "already.on@example.org");

        var again = await client.SignUpAsync("already.on@example.org", "From13To15");
        var stranger = await client.SignUpAsync("never.seen@example.org", "From13To15");

        Assert.Equal(stranger.Location, again.Location);
        Assert.Equal((await client.FollowAsync(stranger)).Html.Length, (await client.FollowAsync(again)).Html.Length);
        var after = await app.SubscriberAsync("already.on@example.org");
        Assert.Equal(SubscriberStatus.Confirmed, after!.Status);
        Assert.Equal(subscriber.AgeBand, after.AgeBand);
        Assert.Null(after.ParentEmail);
        Assert.Equal(1, await app.WithDbAsync(db => db.MailingListSubscribers.CountAsync(s => s.Email == "already.on@example.org")));
        Assert.True(await app.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.ToAddress == "already.on@example.org" && m.Category == MailingListService.AlreadyCategory)));
    }

    [Fact]
    public async Task Leaving_deletes_the_row_and_erases_list_mail_then_the_link_says_the_address_is_not_on_the_list()
    {
        using var client = app.CreateHtmlClient();
        const string email = "leaving@example.org";
        var subscriber = await app.ConfirmedSubscriberAsync(client, email);
        var leaveLink = await app.LinkAsync(email, "leave");

        var leave = await client.GetAsync(leaveLink);
        Assert.Equal("Leave the Youth Council mailing list", leave.H1);
        Assert.NotNull(await app.SubscriberAsync(email));
        var left = await client.SubmitAsync(leave, "#leave-form");

        Assert.Equal("/youth-council/mailing-list/left", left.Location);
        Assert.Equal("You have left the Youth Council mailing list", (await client.FollowAsync(left)).H1);
        Assert.False(await app.WithDbAsync(db => db.MailingListSubscribers.AnyAsync(s => s.Id == subscriber.Id)));
        Assert.False(await app.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.ToAddress == email)));

        var again = await client.GetAsync(leaveLink);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("This email address is not on our mailing list", again.H1);
        var pressedAgain = await client.SubmitAsync(leave, "#leave-form");
        Assert.Equal("This email address is not on our mailing list", pressedAgain.H1);
    }

    [Fact]
    public async Task A_mail_apps_one_click_unsubscribe_post_removes_the_subscriber()
    {
        using var client = app.CreateHtmlClient();
        const string email = "one.click@example.org";
        var subscriber = await app.ConfirmedSubscriberAsync(client, email);
        var path = MailingListService.LeavePath(subscriber.UnsubscribeToken);

        // RFC 8058: no cookies, no antiforgery token, just this body.
        using var bare = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var response = await bare.PostAsync(path, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await app.SubscriberAsync(email));
    }

    [Fact]
    public async Task An_expired_confirmation_link_gets_a_clear_page_and_the_clean_up_deletes_the_sign_up()
    {
        using var client = app.CreateHtmlClient();
        const string email = "too.late@example.org";
        await client.SignUpAsync(email, "From16To18");
        var link = await app.LinkAsync(email, "confirm");

        app.Clock.Advance(TimeSpan.FromDays(8));
        var page = await client.GetAsync(link);
        Assert.Equal("This link has expired", page.H1);

        await app.CleanUpAsync();
        Assert.Null(await app.SubscriberAsync(email));
        Assert.False(await app.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.ToAddress == email)));
        Assert.Equal("This link has already been used or does not work", (await client.GetAsync(link)).H1);
    }
}

/// <summary>Moves the clock by years, so it has an app of its own.</summary>
public sealed class MailingListRetentionTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task Subscribers_are_deleted_after_24_months_without_activity_unless_they_chose_to_stay()
    {
        using var client = app.CreateHtmlClient();
        var quiet = await app.ConfirmedSubscriberAsync(client, "quiet@example.org");
        var staying = await app.ConfirmedSubscriberAsync(client, "staying@example.org");

        app.Clock.Advance(TimeSpan.FromDays(30 * 23));
        await app.CleanUpAsync();
        Assert.NotNull(await app.SubscriberAsync("quiet@example.org"));
        var leave = await client.GetAsync(MailingListService.LeavePath(staying.UnsubscribeToken));
        var stayed = await client.SubmitAsync(leave, "#stay-form");
        Assert.True(stayed.Location == "/youth-council/mailing-list/staying", $"{stayed.Status} {stayed.H1} {stayed.Response.RequestMessage?.RequestUri}");

        app.Clock.Advance(TimeSpan.FromDays(60));
        var result = await app.CleanUpAsync();

        Assert.True(result.Inactive >= 1);
        Assert.False(await app.WithDbAsync(db => db.MailingListSubscribers.AnyAsync(s => s.Id == quiet.Id)));
        Assert.False(await app.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.ToAddress == "quiet@example.org")));
        Assert.NotNull(await app.SubscriberAsync("staying@example.org"));
        Assert.Equal("This email address is not on our mailing list", (await client.GetAsync(MailingListService.LeavePath(quiet.UnsubscribeToken))).H1);
    }
}
