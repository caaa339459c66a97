using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Together.Tests.Support;
using Together.Web.Features.Voice;
using Together.Web.Features.Voice.WeDid;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Notifications;

namespace Together.Tests.Voice.WeDid;

/// <summary>Email updates: double opt-in, a parent's consent under 13, status-change emails and one-click unsubscribe.</summary>
public sealed class UpdateEmailTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private const string Admin = "admin@demo.together.example";
    private const string SendSlug = "support-for-send-families";

    private Task<Guid> NewCommitmentAsync(string title) => app.WithDbAsync(async db =>
    {
        var consultation = await db.Consultations.SingleAsync(c => c.Slug == SendSlug);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var commitment = new Commitment { Id = Guid.NewGuid(), Title = title, Description = "Test.", OwnerOrganisationId = consultation.OwnerOrganisationId, CreatedAt = now, UpdatedAt = now };
        db.Commitments.Add(commitment);
        db.CommitmentConsultations.Add(new CommitmentConsultation { CommitmentId = commitment.Id, ConsultationId = consultation.Id });
        await db.SaveChangesAsync();
        return commitment.Id;
    });

    private Task<List<OutboxMessage>> MailToAsync(string address) =>
        app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ToAddress == address).OrderBy(m => m.CreatedAt).ToListAsync());

    private static async Task<HtmlPage> SignUpAsync(HtmlClient client, string from, string email, string age, string? parent = null, bool consent = true)
    {
        var page = await client.GetAsync(from);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await client.SubmitAsync(page, "form[action='/updates/sign-up']", new Dictionary<string, string?>
        {
            ["Email"] = email,
            ["Age"] = age,
            ["ParentEmail"] = parent,
            ["Consent"] = consent ? "true" : null,
        });
    }

    /// <summary>Opens the link in the latest email to the address and presses its button.</summary>
    private async Task<HtmlPage> FollowEmailAsync(HtmlClient client, string address, string path, string button)
    {
        var mail = (await MailToAsync(address)).Last(m => m.TextBody.Contains(path, StringComparison.Ordinal));
        var link = new Uri(WeDidTests.LinkIn(mail.TextBody, path)).PathAndQuery;
        var page = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await client.SubmitAsync(page, "form[method=post]", null, button);
    }

    private static async Task<HtmlPage> ChangeStatusAsync(HtmlClient staff, Guid id, string status, string progress, string? reason = null)
    {
        var form = await staff.GetAsync($"/admin/commitments/{id}/update");
        return await staff.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Status"] = status, ["Progress"] = progress, ["Reason"] = reason });
    }

    [Fact]
    public async Task Sign_up_checks_its_answers_and_confirming_needs_a_button_press()
    {
        var id = await NewCommitmentAsync("A promise people follow");
        using var client = app.CreateHtmlClient();
        var page = await SignUpAsync(client, $"/you-said-we-did/{id}", "not an email", "", consent: false);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(
            ["Enter an email address in the correct format, like name@example.com", "Select how old you are", "Tick the box to say you agree to us emailing you about this"],
            page.ErrorSummary);
        Assert.Equal("not an email", page.Value("#Email"));

        page = await client.SubmitAsync(page, "form[action='/updates/sign-up']", new Dictionary<string, string?> { ["Email"] = "follower@example.org", ["Age"] = "18-plus", ["Consent"] = "true" });
        Assert.Equal("/updates/check-your-email", page.Location);
        Assert.Single(await MailToAsync("follower@example.org"));

        // Pressing again sends nothing more and stores one sign-up.
        await client.SubmitAsync(await client.GetAsync($"/updates/sign-up?commitment={id}"), "form[action='/updates/sign-up']", new Dictionary<string, string?> { ["Email"] = "Follower@Example.org", ["Age"] = "18-plus", ["Consent"] = "true" });
        Assert.Single(await MailToAsync("follower@example.org"));
        Assert.Equal(1, await app.WithDbAsync(db => db.UpdateSubscriptions.CountAsync(s => s.Email == "follower@example.org")));

        // Opening the link (as a mail scanner would) confirms nothing; the button does.
        var mail = (await MailToAsync("follower@example.org")).Single();
        var link = new Uri(WeDidTests.LinkIn(mail.TextBody, "/updates/confirm/")).PathAndQuery;
        var confirm = await client.GetAsync(link);
        Assert.Equal("Confirm email updates", confirm.H1);
        Assert.Null(await app.WithDbAsync(db => db.UpdateSubscriptions.Where(s => s.Email == "follower@example.org").Select(s => s.ConfirmedAt).SingleAsync()));
        var done = await client.SubmitAsync(confirm, "form[method=post]");
        Assert.NotNull(done.Document.QuerySelector("#confirmed"));
        Assert.NotNull(await app.WithDbAsync(db => db.UpdateSubscriptions.Where(s => s.Email == "follower@example.org").Select(s => s.ConfirmedAt).SingleAsync()));

        var bad = await client.GetAsync("/updates/confirm/" + new string('a', 43));
        Assert.Equal(HttpStatusCode.NotFound, bad.Status);
        Assert.Equal("This link does not work", bad.H1);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/updates/sign-up?commitment={Guid.NewGuid()}")).Status);
    }

    [Fact]
    public async Task A_status_change_emails_each_confirmed_subscriber_once_and_nobody_else()
    {
        var id = await NewCommitmentAsync("A promise with followers");
        using var client = app.CreateHtmlClient();

        // Confirmed on the commitment; confirmed on both the commitment and its consultation; never confirmed.
        await SignUpAsync(client, $"/you-said-we-did/{id}", "one@example.org", "13-17");
        await FollowEmailAsync(client, "one@example.org", "/updates/confirm/", "#confirm");
        await SignUpAsync(client, $"/you-said-we-did/{id}", "both@example.org", "18-plus");
        await FollowEmailAsync(client, "both@example.org", "/updates/confirm/", "#confirm");
        await SignUpAsync(client, $"/have-your-say/{SendSlug}/results", "both@example.org", "18-plus");
        await FollowEmailAsync(client, "both@example.org", "/updates/confirm/", "#confirm");
        await SignUpAsync(client, $"/you-said-we-did/{id}", "unconfirmed@example.org", "18-plus");

        // Someone following a different consultation hears nothing.
        await app.WithDbAsync(async db =>
        {
            var other = await db.Consultations.SingleAsync(c => c.Slug == "getting-help-with-how-you-feel");
            db.UpdateSubscriptions.Add(new UpdateSubscription
            {
                Id = Guid.NewGuid(), Scope = UpdateSubscription.ScopeFor(other.Id, null), ConsultationId = other.Id, Email = "other@example.org", Age = SubscriberAge.From18,
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime, ExpiresAt = app.Clock.GetUtcNow().UtcDateTime.AddDays(7), ConfirmTokenHash = UpdateSubscriptions.Hash("x" + Guid.NewGuid()),
                ConfirmedAt = app.Clock.GetUtcNow().UtcDateTime, UnsubscribeToken = UpdateSubscriptions.NewToken(),
            });
            return await db.SaveChangesAsync();
        });

        using var staff = app.CreateHtmlClient();
        await staff.SignInAsync(Admin);
        var form = await staff.GetAsync($"/admin/commitments/{id}/update");
        var fields = new Dictionary<string, string?> { ["Status"] = "in-progress", ["Progress"] = "25", ["Note"] = "Work has started in Crewe." };
        var saved = await staff.SubmitAsync(form, "form[method=post]", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Contains("2 people will be emailed", (await staff.FollowAsync(saved)).Text("#saved"), StringComparison.Ordinal);

        // The same form sent again changes and emails nothing more.
        await staff.SubmitAsync(form, "form[method=post]", fields);

        var one = (await MailToAsync("one@example.org")).Where(m => m.Subject.StartsWith("Update:", StringComparison.Ordinal)).ToList();
        var both = (await MailToAsync("both@example.org")).Where(m => m.Subject.StartsWith("Update:", StringComparison.Ordinal)).ToList();
        Assert.Single(one);
        Assert.Single(both);
        Assert.Equal("Update: A promise with followers is now in progress", one[0].Subject);
        Assert.Contains("Work has started in Crewe.", one[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("/updates/unsubscribe/", one[0].TextBody, StringComparison.Ordinal);
        Assert.Equal(2, both[0].TextBody.Split("/updates/unsubscribe/").Length - 1);
        Assert.DoesNotContain(await MailToAsync("unconfirmed@example.org"), m => m.Subject.StartsWith("Update:", StringComparison.Ordinal));
        Assert.Empty(await MailToAsync("other@example.org"));
        Assert.Single(await app.WithDbAsync(db => db.CommitmentUpdates.Where(u => u.CommitmentId == id).ToListAsync()));

        // A progress update without a status change is recorded but emails nobody.
        await ChangeStatusAsync(staff, id, "in-progress", "40");
        Assert.Single(await MailToAsync("one@example.org"), m => m.Subject.StartsWith("Update:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unsubscribe_works_once_and_says_so_clearly_after()
    {
        var id = await NewCommitmentAsync("A promise to stop hearing about");
        using var client = app.CreateHtmlClient();
        await SignUpAsync(client, $"/you-said-we-did/{id}", "leaver@example.org", "18-plus");
        await FollowEmailAsync(client, "leaver@example.org", "/updates/confirm/", "#confirm");
        using var staff = app.CreateHtmlClient();
        await staff.SignInAsync(Admin);
        await ChangeStatusAsync(staff, id, "in-progress", "10");

        var mail = (await MailToAsync("leaver@example.org")).Single(m => m.Subject.StartsWith("Update:", StringComparison.Ordinal));
        var link = new Uri(WeDidTests.LinkIn(mail.TextBody, "/updates/unsubscribe/")).PathAndQuery;
        var page = await client.GetAsync(link);
        Assert.Equal("Stop email updates", page.H1);
        Assert.Equal(1, await app.WithDbAsync(db => db.UpdateSubscriptions.CountAsync(s => s.Email == "leaver@example.org")));
        var stopped = await client.SubmitAsync(page, "form[method=post]");
        Assert.NotNull(stopped.Document.QuerySelector("#removed"));
        Assert.Equal(0, await app.WithDbAsync(db => db.UpdateSubscriptions.CountAsync(s => s.Email == "leaver@example.org")));

        var again = await client.GetAsync(link);
        Assert.Equal("You are already unsubscribed", again.H1);
        var pressedAgain = await client.SubmitAsync(page, "form[method=post]");
        Assert.Equal("You are already unsubscribed", pressedAgain.H1);

        await ChangeStatusAsync(staff, id, "done", "100");
        Assert.Single(await MailToAsync("leaver@example.org"), m => m.Subject.StartsWith("Update:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Under_13_updates_start_only_once_a_parent_or_carer_has_said_yes()
    {
        var id = await NewCommitmentAsync("A promise a child follows");
        using var client = app.CreateHtmlClient();
        var page = await SignUpAsync(client, $"/you-said-we-did/{id}", "child@example.org", "under-13");
        Assert.Equal(["Enter your parent's or carer's email address. They need to say yes before we can email you"], page.ErrorSummary);
        page = await client.SubmitAsync(page, "form[action='/updates/sign-up']", new Dictionary<string, string?> { ["ParentEmail"] = "CHILD@example.org" });
        Assert.Equal(["Enter your parent's or carer's own email address, not yours"], page.ErrorSummary);
        page = await client.SubmitAsync(page, "form[action='/updates/sign-up']", new Dictionary<string, string?> { ["ParentEmail"] = "parent@example.org" });
        Assert.Equal("/updates/check-your-email?parent=yes", page.Location);
        Assert.Contains("parent or carer", (await client.FollowAsync(page)).Text("#parent-note"), StringComparison.Ordinal);
        Assert.Single(await MailToAsync("parent@example.org"));

        var confirmed = await FollowEmailAsync(client, "child@example.org", "/updates/confirm/", "#confirm");
        Assert.NotNull(confirmed.Document.QuerySelector("#waiting-for-parent"));

        using var staff = app.CreateHtmlClient();
        await staff.SignInAsync(Admin);
        await ChangeStatusAsync(staff, id, "in-progress", "10");
        Assert.DoesNotContain(await MailToAsync("child@example.org"), m => m.Subject.StartsWith("Update:", StringComparison.Ordinal));

        // The parent must tick that they are the parent or carer.
        var parentMail = (await MailToAsync("parent@example.org")).Single();
        var parentLink = new Uri(WeDidTests.LinkIn(parentMail.TextBody, "/updates/parent/")).PathAndQuery;
        var parentPage = await client.GetAsync(parentLink);
        Assert.Contains("child@example.org", parentPage.Html, StringComparison.Ordinal);
        var refused = await client.SubmitAsync(parentPage, "form[method=post]", null, "#agree");
        Assert.Equal(["Tick the box to say you are their parent or carer and agree"], refused.ErrorSummary);
        var agreed = await client.SubmitAsync(parentPage, "form[method=post]", new Dictionary<string, string?> { ["IAmParent"] = "true" }, "#agree");
        Assert.NotNull(agreed.Document.QuerySelector("#agreed"));
        var record = await app.WithDbAsync(db => db.UpdateSubscriptions.AsNoTracking().SingleAsync(s => s.Email == "child@example.org"));
        Assert.Equal(SubscriberAge.Under13, record.Age);
        Assert.NotNull(record.ParentConfirmedAt);
        Assert.NotNull(record.ConfirmedAt);

        await ChangeStatusAsync(staff, id, "done", "100");
        Assert.Single(await MailToAsync("child@example.org"), m => m.Subject.StartsWith("Update:", StringComparison.Ordinal));
        Assert.Single(await MailToAsync("parent@example.org"));
    }

    [Fact]
    public async Task A_parent_saying_no_deletes_the_request()
    {
        var id = await NewCommitmentAsync("A promise a parent declines");
        using var client = app.CreateHtmlClient();
        await SignUpAsync(client, $"/you-said-we-did/{id}", "young@example.org", "under-13", "carer@example.org");
        var declined = await FollowEmailAsync(client, "carer@example.org", "/updates/parent/", "#decline");
        Assert.NotNull(declined.Document.QuerySelector("#declined"));
        Assert.Equal(0, await app.WithDbAsync(db => db.UpdateSubscriptions.CountAsync(s => s.Email == "young@example.org")));
        var mail = (await MailToAsync("young@example.org")).Single();
        var stale = await client.GetAsync(new Uri(WeDidTests.LinkIn(mail.TextBody, "/updates/confirm/")).PathAndQuery);
        Assert.Equal("This link does not work", stale.H1);
    }

    [Fact]
    public async Task An_unconfirmed_sign_up_expires_after_7_days()
    {
        var id = await NewCommitmentAsync("A promise with a slow reader");
        using var client = app.CreateHtmlClient();
        await SignUpAsync(client, $"/you-said-we-did/{id}", "slow@example.org", "18-plus");
        var mail = (await MailToAsync("slow@example.org")).Single();
        var link = new Uri(WeDidTests.LinkIn(mail.TextBody, "/updates/confirm/")).PathAndQuery;
        var before = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, before.Status);
        await app.WithDbAsync(db => db.UpdateSubscriptions.Where(s => s.Email == "slow@example.org")
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ExpiresAt, app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1))));
        var page = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("This link does not work", page.H1);
        var pressed = await client.SubmitAsync(before, "form[method=post]");
        Assert.Equal("This link does not work", pressed.H1);
        Assert.Null(await app.WithDbAsync(db => db.UpdateSubscriptions.Where(s => s.Email == "slow@example.org").Select(s => s.ConfirmedAt).SingleAsync()));
    }

    [Fact]
    public async Task An_email_left_after_answering_is_never_stored_with_the_response()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync($"/have-your-say/{VoiceDemoSeeder.OpenSlug}");
        page = await client.FollowAsync(await client.SubmitAsync(page, "form[method=post]", null, "#start"));
        (string, string)[][] answers = [[("Answer", "yes")], [("Answer", "3")], [], [], [], [], []];
        foreach (var fields in answers)
        {
            if (page.H1 == "Check your answers")
            {
                break;
            }

            page = await client.FollowAsync(await client.SubmitAsync(page, "form[method=post]", fields.ToDictionary(f => f.Item1, f => (string?)f.Item2)));
        }

        Assert.Equal("Check your answers", page.H1);
        var done = await client.SubmitAsync(page, "form[method=post]");
        var key = done.Location!.Split('/')[3];
        page = await client.FollowAsync(done);
        Assert.Equal("Thank you", page.H1);

        // The sign-up form on the thank-you page carries the consultation only, never the respondent's key.
        var form = page.Document.QuerySelector("form[action='/updates/sign-up']")!;
        Assert.DoesNotContain(key, form.OuterHtml, StringComparison.Ordinal);
        var signedUp = await client.SubmitAsync(page, "form[action='/updates/sign-up']", new Dictionary<string, string?> { ["Email"] = "answerer@example.org", ["Age"] = "13-17", ["Consent"] = "true" });
        Assert.Equal("/updates/check-your-email", signedUp.Location);

        var subscription = await app.WithDbAsync(db => db.UpdateSubscriptions.AsNoTracking().SingleAsync(s => s.Email == "answerer@example.org"));
        var consultationId = await app.WithDbAsync(db => db.Consultations.Where(c => c.Slug == VoiceDemoSeeder.OpenSlug).Select(c => c.Id).SingleAsync());
        Assert.Equal(consultationId, subscription.ConsultationId);
        Assert.Null(subscription.CommitmentId);
        var responseId = await app.WithDbAsync(db => db.SurveyResponses.Where(r => r.DraftKeyHash == ResponseJourneys.Hash(key)).Select(r => r.Id).SingleAsync());

        // Nothing in the response, its answers or its draft holds the address, and nothing in the sign-up points back.
        Assert.False(await app.WithDbAsync(db => db.ResponseAnswers.AnyAsync(a => a.ResponseId == responseId && a.Value.Contains("answerer"))));
        Assert.False(await app.WithDbAsync(db => db.ResponseDrafts.AnyAsync(d => d.ResponseId == responseId && d.AnswersJson.Contains("answerer"))));
        var columns = app.WithScope(s => s.GetRequiredService<TogetherDbContext>().Model.FindEntityType(typeof(UpdateSubscription))!.GetProperties().Select(p => p.Name).ToList());
        Assert.DoesNotContain(columns, c => c.Contains("Response", StringComparison.Ordinal) || c.Contains("Draft", StringComparison.Ordinal));
        Assert.DoesNotContain(responseId.ToString(), string.Join("|", subscription.Id, subscription.Scope, subscription.ConsultationId), StringComparison.Ordinal);
    }
}
