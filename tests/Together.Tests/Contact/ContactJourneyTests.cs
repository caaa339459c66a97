using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Feedback;
using Together.Tests.Support;
using Together.Web.Features.Contact;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Tests.Contact;

public sealed class ContactJourneyTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private const string Form = "main form[method=post]";

    private static Guid DraftIdOf(HtmlPage page) =>
        Guid.Parse(page.Location!.Split('/', StringSplitOptions.RemoveEmptyEntries)[1]);

    /// <summary>Writes the message and returns the next page (reply) and the draft's id.</summary>
    private static async Task<(HtmlPage Page, Guid Id)> StartAsync(HtmlClient client, string message, string start = "/contact")
    {
        var page = await client.GetAsync(start);
        page = await client.SubmitAsync(page, Form, new Dictionary<string, string?> { ["Message"] = message });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var id = DraftIdOf(page);
        return (await client.FollowAsync(page), id);
    }

    [Fact]
    public async Task Asking_for_a_reply_by_email_goes_through_check_your_answers_to_a_confirmation()
    {
        using var client = app.CreateHtmlClient();
        var (page, id) = await StartAsync(client, "How can our youth club\r\nget involved?");
        Assert.Equal("Do you want a reply?", page.H1);

        page = await client.SubmitAsync(page, Form, new Dictionary<string, string?> { ["Reply"] = "Email", ["Name"] = "Sam", ["Email"] = "sam@example.org" });
        Assert.Equal($"/contact/{id}/about-you", page.Location);
        page = await client.FollowAsync(page);
        Assert.Equal("About you (optional)", page.H1);
        Assert.Equal(7, page.Document.QuerySelectorAll("input[name=AgeBand]").Length);

        page = await client.FollowAsync(await client.SubmitAsync(page, Form, new Dictionary<string, string?> { ["AgeBand"] = "From13To17" }));
        Assert.Equal("Check your answers before sending your message", page.H1);
        var answers = page.Texts(".govuk-summary-list__value");
        Assert.Equal(["How can our youth club\nget involved?", "Yes, by email", "sam@example.org", "Sam", "13 to 17"], answers);
        Assert.Contains($"/contact/{id}", page.Document.QuerySelectorAll(".govuk-summary-list__actions a").Select(a => a.GetAttribute("href")));

        page = await client.SubmitAsync(page, Form);
        Assert.Equal($"/contact/{id}/sent", page.Location);
        page = await client.FollowAsync(page);

        Assert.Equal("Message sent", page.H1);
        Assert.Equal(ContactMessage.ReferenceFor(id), page.Text("#reference"));
        Assert.Contains("We aim to reply within 5 working days", page.Text("main"));
        Assert.DoesNotContain("sam@example.org", page.Html);
        var stored = await app.WithDbAsync(db => db.ContactMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal("How can our youth club\nget involved?", stored.Message);
        Assert.Equal(ReplyPreference.Email, stored.Reply);
        Assert.Equal("Sam", stored.Name);
        Assert.Equal("sam@example.org", stored.Email);
        Assert.Equal(AgeBand.From13To17, stored.AgeBand);
        Assert.Equal(ContactStatus.New, stored.Status);
        Assert.Equal(ScreeningStatus.Clear, stored.ScreeningStatus);
        Assert.False(await app.WithDbAsync(db => db.ContactDrafts.AnyAsync(d => d.Id == id)));

        // The Trust's mailbox is told a message arrived, without what it says.
        var email = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Category == "contact.new" && m.TextBody.Contains(ContactMessage.ReferenceFor(id))));
        Assert.Equal("cypt@cheshireeast.gov.uk", email.ToAddress);
        Assert.Equal("New message received", email.Subject);
        Assert.DoesNotContain("youth club", email.TextBody);
        Assert.DoesNotContain("sam@example.org", email.TextBody);
        Assert.Contains($"/admin/inbox/{id}", email.TextBody);
    }

    [Fact]
    public async Task Without_a_reply_no_contact_details_are_kept_and_the_confirmation_says_what_we_do_with_messages()
    {
        using var client = app.CreateHtmlClient();
        var (page, id) = await StartAsync(client, "More things to do in Crewe please");

        // Details typed before changing one's mind are dropped with the "no reply" answer.
        page = await client.FollowAsync(await client.SubmitAsync(page, Form, new Dictionary<string, string?> { ["Reply"] = "NoReply", ["Name"] = "Alex", ["Email"] = "alex@example.org" }));
        page = await client.FollowAsync(await client.SubmitAsync(page, Form));
        Assert.Equal(["More things to do in Crewe please", "No", "Not given"], page.Texts(".govuk-summary-list__value"));
        page = await client.FollowAsync(await client.SubmitAsync(page, Form));

        Assert.Contains("we will not contact you", page.Text("main"));
        Assert.DoesNotContain("5 working days", page.Text("main"));
        var stored = await app.WithDbAsync(db => db.ContactMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Null(stored.Name);
        Assert.Null(stored.Email);
        Assert.Null(stored.AgeBand);
    }

    [Fact]
    public async Task An_empty_message_is_refused()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/contact");

        page = await client.SubmitAsync(page, Form, new Dictionary<string, string?> { ["Message"] = "   " });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Enter your message"], page.ErrorSummary);
        Assert.Equal("Enter your message", page.Text("#Message-error").Replace("Error:", "").Trim());
    }

    [Fact]
    public async Task A_message_of_5001_characters_is_refused_and_kept_and_5000_is_accepted()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/contact");
        var token = Guid.Parse(page.Value("input[name=Token]")!);
        var tooLong = new string('x', 5001);

        page = await client.SubmitAsync(page, Form, new Dictionary<string, string?> { ["Message"] = tooLong });

        Assert.Equal(["Your message must be 5,000 characters or fewer"], page.ErrorSummary);
        Assert.Equal(tooLong, page.Value("textarea[name=Message]"));
        Assert.False(await app.WithDbAsync(db => db.ContactDrafts.AnyAsync(d => d.Id == token)));

        page = await client.SubmitAsync(page, Form, new Dictionary<string, string?> { ["Message"] = tooLong[..5000] });
        Assert.Equal($"/contact/{token}/reply", page.Location);
    }

    [Fact]
    public async Task An_invalid_email_address_is_refused_with_what_was_typed_kept()
    {
        using var client = app.CreateHtmlClient();
        var (page, id) = await StartAsync(client, "Please send me the plan");

        page = await client.SubmitAsync(page, Form, new Dictionary<string, string?> { ["Reply"] = "Email", ["Name"] = "Jo", ["Email"] = "jo at example" });

        Assert.Equal(["Enter an email address in the correct format, like name@example.com"], page.ErrorSummary);
        Assert.Equal("jo at example", page.Value("#Email"));
        Assert.Equal("Jo", page.Value("#Name"));
        Assert.NotNull(page.Document.QuerySelector("#Reply-Email[checked]"));
        Assert.NotNull(page.Document.QuerySelector("#Email.govuk-input--error"));
        var draft = await app.WithDbAsync(db => db.ContactDrafts.AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.Null(draft.Reply);

        page = await client.SubmitAsync(page, Form, new Dictionary<string, string?> { ["Reply"] = "Email", ["Email"] = "" });
        Assert.Equal(["Enter your email address"], page.ErrorSummary);

        page = await client.SubmitAsync(page, Form, new Dictionary<string, string?> { ["Reply"] = null });
        Assert.Equal(["Select whether you want a reply"], page.ErrorSummary);
    }

    [Fact]
    public async Task Back_and_refresh_lose_nothing_and_change_links_return_to_check_your_answers()
    {
        using var client = app.CreateHtmlClient();
        var (page, id) = await StartAsync(client, "First version");
        page = await client.FollowAsync(await client.SubmitAsync(page, Form, new Dictionary<string, string?> { ["Reply"] = "Email", ["Email"] = "pat@example.org" }));

        // Back to question 1 and 2: the answers are there.
        Assert.Equal("First version", (await client.GetAsync($"/contact/{id}")).Value("textarea[name=Message]"));
        var reply = await client.GetAsync($"/contact/{id}/reply");
        Assert.Equal("pat@example.org", reply.Value("#Email"));
        Assert.NotNull(reply.Document.QuerySelector("#Reply-Email[checked]"));

        page = await client.FollowAsync(await client.SubmitAsync(page, Form, new Dictionary<string, string?> { ["AgeBand"] = "PreferNotToSay" }));
        Assert.Equal("Check your answers before sending your message", page.H1);

        // Change the message: straight back to check your answers with the new text.
        var change = await client.GetAsync($"/contact/{id}");
        page = await client.SubmitAsync(change, Form, new Dictionary<string, string?> { ["Message"] = "Second version" });
        Assert.Equal($"/contact/{id}/check", page.Location);
        page = await client.FollowAsync(page);
        Assert.Equal("Second version", page.Texts(".govuk-summary-list__value")[0]);

        // A refresh of check your answers shows the same.
        Assert.Equal("Second version", (await client.GetAsync($"/contact/{id}/check")).Texts(".govuk-summary-list__value")[0]);
    }

    [Fact]
    public async Task Pressing_send_twice_stores_one_message_and_one_email()
    {
        using var client = app.CreateHtmlClient();
        var (page, id) = await StartAsync(client, "Sent twice by accident");
        page = await client.FollowAsync(await client.SubmitAsync(page, Form, new Dictionary<string, string?> { ["Reply"] = "NoReply" }));
        var check = await client.FollowAsync(await client.SubmitAsync(page, Form));

        var first = await client.SubmitAsync(check, Form);
        var second = await client.SubmitAsync(check, Form);

        Assert.Equal($"/contact/{id}/sent", first.Location);
        Assert.Equal($"/contact/{id}/sent", second.Location);
        Assert.Equal(1, await app.WithDbAsync(db => db.ContactMessages.CountAsync(m => m.Id == id)));
        var reference = ContactMessage.ReferenceFor(id);
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.TextBody.Contains(reference))));

        // Going back into the journey after sending shows the confirmation, not an empty form.
        Assert.Equal($"/contact/{id}/sent", (await client.GetAsync($"/contact/{id}/reply")).Location);
    }

    [Fact]
    public async Task The_phase_banner_link_records_which_page_the_message_is_about()
    {
        using var client = app.CreateHtmlClient();
        var home = await client.GetAsync("/privacy?x=1");
        var link = home.Document.QuerySelector(".govuk-phase-banner a")!.GetAttribute("href")!;

        var page = await client.GetAsync(link);
        Assert.Contains("/privacy", page.Text("#about-page"));
        var (_, id) = await StartAsync(client, "The privacy page is long", link);

        var draft = await app.WithDbAsync(db => db.ContactDrafts.AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.Equal("/privacy", draft.AboutPath);
    }

    [Fact]
    public async Task Only_pages_on_this_site_can_be_named_as_the_page_a_message_is_about()
    {
        using var client = app.CreateHtmlClient();

        var page = await client.GetAsync("/contact?about=//evil.example/x");

        Assert.Empty(page.Value("input[name=About]") ?? "");
    }

    [Theory]
    [InlineData("/contact/{0}/reply")]
    [InlineData("/contact/{0}/check")]
    [InlineData("/contact/{0}/sent")]
    [InlineData("/contact/{0}")]
    public async Task Unknown_drafts_are_not_found(string address)
    {
        using var client = app.CreateHtmlClient();

        var page = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, address, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task A_draft_left_for_more_than_a_day_is_gone()
    {
        using var client = app.CreateHtmlClient();
        var (_, id) = await StartAsync(client, "Left half way");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/contact/{id}/reply")).Status);
        app.Clock.Advance(TimeSpan.FromHours(25));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/contact/{id}/reply")).Status);
    }

    [Fact]
    public async Task A_tampered_antiforgery_token_gets_the_400_page_and_nothing_is_stored()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/contact");
        var token = Guid.Parse(page.Value("input[name=Token]")!);

        page = await client.SubmitAsync(page, Form, new Dictionary<string, string?> { ["Message"] = "Hello", ["__RequestVerificationToken"] = "CfDJ8tampered" });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("There is a problem with your request", page.H1);
        Assert.False(await app.WithDbAsync(db => db.ContactDrafts.AnyAsync(d => d.Id == token)));
    }
}

public sealed class ContactSafeguardingTests(FlaggingScreenApp app) : IClassFixture<FlaggingScreenApp>
{
    [Fact]
    public async Task A_flagged_message_is_stored_for_review_and_the_sender_is_shown_where_to_get_help_now()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/contact");
        page = await client.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["Message"] = "My step dad hurts me" });
        var id = Guid.Parse(page.Location!.Split('/', StringSplitOptions.RemoveEmptyEntries)[1]);
        page = await client.FollowAsync(page);
        page = await client.FollowAsync(await client.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["Reply"] = "NoReply" }));
        page = await client.FollowAsync(await client.SubmitAsync(page, "main form[method=post]"));
        page = await client.FollowAsync(await client.SubmitAsync(page, "main form[method=post]"));

        Assert.Equal("Message sent", page.H1);
        var help = page.Text(".together-help-now");
        Assert.Contains("0800 1111", help);
        Assert.Contains("999", help);
        Assert.Contains("0300 123 5012", help);
        var stored = await app.WithDbAsync(db => db.ContactMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(ScreeningStatus.Flagged, stored.ScreeningStatus);
    }
}
