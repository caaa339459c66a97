using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.Voice;
using Together.Web.Features.Voice.WeDid;

namespace Together.Tests.Voice.WeDid;

/// <summary>"You said, we did": published results, commitments, the Lundy record and the staff pages.</summary>
public sealed partial class WeDidTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private const string Admin = "admin@demo.together.example";

    private Task<Commitment> DemoCommitmentAsync(string title) => app.WithDbAsync(db => db.Commitments.AsNoTracking().SingleAsync(c => c.Title == title));

    /// <summary>A commitment of our own on a consultation, so tests that change it do not disturb each other.</summary>
    private Task<Guid> NewCommitmentAsync(string consultationSlug, string title, CommitmentStatus status = CommitmentStatus.Planned) => app.WithDbAsync(async db =>
    {
        var consultation = await db.Consultations.SingleAsync(c => c.Slug == consultationSlug);
        var commitment = new Commitment
        {
            Id = Guid.NewGuid(), Title = title, Description = "Test commitment.", OwnerOrganisationId = await db.Organisations.Select(o => o.Id).FirstAsync(),
            Status = status, CreatedAt = app.Clock.GetUtcNow().UtcDateTime, UpdatedAt = app.Clock.GetUtcNow().UtcDateTime,
        };
        db.Commitments.Add(commitment);
        db.CommitmentConsultations.Add(new CommitmentConsultation { CommitmentId = commitment.Id, ConsultationId = consultation.Id });
        await db.SaveChangesAsync();
        return commitment.Id;
    });

    [Fact]
    public async Task The_index_lists_only_commitments_whose_consultation_has_published_results_and_filters_by_status()
    {
        var hidden = await NewCommitmentAsync(VoiceDemoSeeder.OpenSlug, "A promise on a consultation that is still open");
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/you-said-we-did");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var titles = page.Texts(".together-commitment h3");
        Assert.Contains("Publish waiting times for mental health support every month", titles);
        Assert.Contains("Free transport to after-school clubs for disabled children", titles);
        Assert.DoesNotContain("A promise on a consultation that is still open", titles);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/you-said-we-did/{hidden}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/you-said-we-did/{Guid.NewGuid()}")).Status);

        // Every status is in the demo content; the filter shows one.
        foreach (var status in Enum.GetValues<CommitmentStatus>())
        {
            var filtered = await client.GetAsync($"/you-said-we-did?status={WeDidText.Slug(status)}");
            var tags = filtered.Texts(".together-commitment .govuk-tag");
            Assert.NotEmpty(tags);
            Assert.All(tags, t => Assert.Equal(WeDidText.Status(status), t));
        }

        // An unknown filter value is ignored rather than an error.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/you-said-we-did?status=nonsense&outcome=abc")).Status);
    }

    [Fact]
    public async Task A_commitment_page_shows_status_reason_updates_and_the_public_decision_it_came_from()
    {
        using var client = app.CreateHtmlClient();
        var notDoing = await DemoCommitmentAsync(WeDidDemoSeeder.NotDoingTitle);
        var page = await client.GetAsync($"/you-said-we-did/{notDoing.Id}");
        Assert.Equal("Not doing", page.Text("#status"));
        Assert.Contains("not enough trained mental health workers", page.Text("#reason"), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#meeting-link[href^='/meetings/']"));

        var done = await DemoCommitmentAsync("Publish waiting times for mental health support every month");
        page = await client.GetAsync($"/you-said-we-did/{done.Id}");
        Assert.Equal("100%", page.Text("#progress"));
        Assert.Contains("Year two priorities for the plan", page.Text("#decision-link"), StringComparison.Ordinal);
        Assert.True(page.Texts("#updates > li").Count >= 3);
        Assert.NotNull(page.Document.QuerySelector("form[action='/updates/sign-up'] input[name=Commitment]"));
    }

    [Fact]
    public async Task Published_results_say_what_we_asked_who_answered_and_what_we_did()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/have-your-say/support-for-send-families/results");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.Texts("#questions-asked li"));
        Assert.Contains("350 people answered", page.Text("#who-total"), StringComparison.Ordinal);
        Assert.NotEmpty(page.Texts("#who-by-audience tbody tr"));
        Assert.NotEmpty(page.Texts("#who-by-age tbody tr"));
        Assert.NotNull(page.Document.QuerySelector("#you-said"));
        Assert.Contains("A named key worker for every family waiting for an EHC needs assessment", page.Texts("#we-did-list h3"));
        Assert.NotNull(page.Document.QuerySelector("form[action='/updates/sign-up'] input[name=Consultation][value=support-for-send-families]"));
    }

    [Fact]
    public void Who_answered_hides_counts_under_5_and_a_second_count_that_would_give_one_away()
    {
        var responses = Enumerable.Range(0, 12).Select(i => (Guid.NewGuid(), i < 2)).ToList();
        var bands = new Dictionary<Guid, string>();
        for (var i = 0; i < responses.Count; i++)
        {
            bands[responses[i].Item1] = i < 3 ? "8-12" : "13-17";
        }

        var who = WhoAnswered.Compute(responses, bands);
        Assert.Equal(12, who.Total);
        Assert.False(who.TotalSuppressed);
        var children = who.ByAge.Single(r => r.Label == "8 to 12");
        var teenagers = who.ByAge.Single(r => r.Label == "13 to 17");
        Assert.True(children.Suppressed);
        Assert.True(teenagers.Suppressed);
        Assert.False(who.ByAge.Single(r => r.Label == "18 to 25").Suppressed);
        Assert.True(who.ByAudience.Single(r => r.Label.StartsWith("Children", StringComparison.Ordinal)).Suppressed);
        Assert.True(who.EasyRead.Suppressed);
    }

    [Fact]
    public async Task Small_numbers_are_suppressed_on_the_public_results_page()
    {
        var slug = "small-" + Guid.NewGuid().ToString("N")[..8];
        await app.WithDbAsync(async db =>
        {
            var consultation = new Consultation
            {
                Id = Guid.NewGuid(), Slug = slug, Title = "A small consultation", Summary = "Few answers.", Audiences = Audience.YoungPeople13To17,
                OwnerOrganisationId = await db.Organisations.Select(o => o.Id).FirstAsync(), OpensAt = app.Clock.GetUtcNow().UtcDateTime.AddDays(-30),
                ClosesAt = app.Clock.GetUtcNow().UtcDateTime.AddDays(-10), Status = ConsultationStatus.ResultsPublished, CreatedAt = app.Clock.GetUtcNow().UtcDateTime.AddDays(-40),
            };
            db.Consultations.Add(consultation);
            var version = new SurveyVersion { Id = Guid.NewGuid(), ConsultationId = consultation.Id, Number = 1, DefinitionJson = VoiceDemoSeeder.YouthOfferSurvey().ToJson(), CreatedAt = consultation.CreatedAt };
            db.SurveyVersions.Add(version);
            for (var i = 0; i < 12; i++)
            {
                var response = new SurveyResponse { Id = Guid.NewGuid(), ConsultationId = consultation.Id, SurveyVersionId = version.Id, DraftKeyHash = ResponseJourneys.Hash($"{slug}-{i}"), SubmittedAt = consultation.OpensAt.AddHours(i) };
                db.SurveyResponses.Add(response);
                db.ResponseAnswers.Add(new ResponseAnswer { Id = Guid.NewGuid(), ResponseId = response.Id, QuestionId = "q7", Value = i < 3 ? "8-12" : "13-17" });
            }

            return await db.SaveChangesAsync();
        });

        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync($"/have-your-say/{slug}/results");
        Assert.Contains("12 people answered", page.Text("#who-total"), StringComparison.Ordinal);
        var ages = page.Document.QuerySelectorAll("#who-by-age tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal("Not shown (small number)", ages["8 to 12"]);
        Assert.Equal("Not shown (small number)", ages["13 to 17"]);
        Assert.DoesNotContain(page.Texts("#who-by-age td, #who-by-audience td"), t => t is "3" or "9");
        Assert.Contains("We are still deciding", page.Text("#we-did-none"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lundy_record_shows_space_voice_audience_and_influence_and_only_once_results_are_published()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/have-your-say/getting-help-with-how-you-feel/how-we-listened");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        foreach (var section in new[] { "#space", "#voice", "#audience", "#influence" })
        {
            Assert.NotNull(page.Document.QuerySelector(section));
        }

        Assert.Contains("youth clubs", page.Text("#how-and-where"), StringComparison.Ordinal);
        Assert.Contains("240 people answered", page.Text("#who-total"), StringComparison.Ordinal);
        Assert.Contains("Trust Board", page.Text("#hearings"), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#hearings a[href^='/meetings/']"));
        Assert.Equal(4, page.Texts("#influence-commitments > li").Count);
        Assert.Contains("school council", page.Text("#feedback"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/have-your-say/{VoiceDemoSeeder.OpenSlug}/how-we-listened")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/have-your-say/no-such-thing/how-we-listened")).Status);
    }

    [Fact]
    public async Task Staff_add_a_commitment_with_error_messages_and_it_is_stored_once()
    {
        using var client = app.CreateHtmlClient();
        await client.SignInAsync(Admin);
        var form = await client.GetAsync("/admin/commitments/new");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var page = await client.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Details.Title"] = new string('x', 201) });
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("The title must be 200 characters or fewer", page.ErrorSummary);
        Assert.Contains("Enter what will change and for whom", page.ErrorSummary);
        Assert.Contains("Select at least one consultation this answers", page.ErrorSummary);
        Assert.Contains("Select the organisation responsible", page.ErrorSummary);
        Assert.Equal(new string('x', 201), page.Value("#Details-Title"));

        var consultation = await app.WithDbAsync(db => db.Consultations.Where(c => c.Slug == "support-for-send-families").Select(c => c.Id).SingleAsync());
        var owner = page.Document.QuerySelectorAll("#Details-OwnerOrganisationId option").Select(o => o.GetAttribute("value")).First(v => v is { Length: > 0 });
        var fields = new Dictionary<string, string?>
        {
            ["Details.Title"] = "Quiet rooms at every family hub",
            ["Details.Description"] = "Families said the hubs are too noisy for some children.",
            ["Details.ConsultationIds"] = consultation.ToString(),
            ["Details.OwnerOrganisationId"] = owner,
        };
        var saved = await client.SubmitAsync(page, "form[method=post]", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var again = await client.SubmitAsync(page, "form[method=post]", fields);
        Assert.Equal(saved.Location, again.Location);
        Assert.Equal(1, await app.WithDbAsync(db => db.Commitments.CountAsync(c => c.Title == "Quiet rooms at every family hub")));
        var manage = await client.FollowAsync(saved);
        Assert.Equal("Planned", manage.Text("#status"));

        // It is public at once, because that consultation's results are published.
        using var visitor = app.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(saved.Location!.Replace("/admin/commitments/", "/you-said-we-did/", StringComparison.Ordinal))).Status);
    }

    [Fact]
    public async Task Not_doing_needs_a_reason_and_every_status_change_is_recorded()
    {
        var id = await NewCommitmentAsync("support-for-send-families", "A promise that will not go ahead");
        using var client = app.CreateHtmlClient();
        await client.SignInAsync(Admin);
        var form = await client.GetAsync($"/admin/commitments/{id}/update");
        var page = await client.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Status"] = "not-doing", ["Progress"] = "0", ["Reason"] = "  " });
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Enter why the partnership is not doing this. People who asked for it will read it", page.ErrorSummary);
        Assert.Equal(CommitmentStatus.Planned, (await app.WithDbAsync(db => db.Commitments.SingleAsync(c => c.Id == id))).Status);

        page = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Status"] = "done", ["Progress"] = "60" });
        Assert.Contains("A commitment that is done is 100% complete. Enter 100, or choose another status", page.ErrorSummary);
        page = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Status"] = "in-progress", ["Progress"] = "abc" });
        Assert.Contains("Enter progress as a whole number from 0 to 100, like 40", page.ErrorSummary);
        Assert.Equal("abc", page.Value("#Progress"));

        page = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Status"] = "in-progress", ["Progress"] = "20", ["Note"] = "Work has started." });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        form = await client.GetAsync($"/admin/commitments/{id}/update");
        page = await client.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Status"] = "not-doing", ["Progress"] = "20", ["Reason"] = "The money went to something families said matters more." });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);

        var updates = await app.WithDbAsync(db => db.CommitmentUpdates.Where(u => u.CommitmentId == id).ToListAsync());
        Assert.Equal(
            [(CommitmentStatus.Planned, CommitmentStatus.InProgress), (CommitmentStatus.InProgress, CommitmentStatus.NotDoing)],
            updates.OrderBy(u => u.At).ThenBy(u => u.ToStatus).Select(u => (u.FromStatus!.Value, u.ToStatus!.Value)));
        using var visitor = app.CreateHtmlClient();
        var pub = await visitor.GetAsync($"/you-said-we-did/{id}");
        Assert.Equal("Not doing", pub.Text("#status"));
        Assert.Equal("The money went to something families said matters more.", pub.Text("#reason"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/commitments/{Guid.NewGuid()}/update")).Status);
    }

    [Fact]
    public async Task Staff_pages_are_for_staff_only()
    {
        using var visitor = app.CreateHtmlClient();
        var page = await visitor.GetAsync("/admin/commitments");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/account/sign-in", page.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_record_how_we_listened_with_clear_errors()
    {
        var consultation = await app.WithDbAsync(db => db.Consultations.Where(c => c.Slug == "support-for-send-families").Select(c => c.Id).SingleAsync());
        using var client = app.CreateHtmlClient();
        await client.SignInAsync(Admin);
        var page = await client.GetAsync($"/admin/consultations/{consultation}/listening");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        page = await client.SubmitAsync(page, "form[action$='handler=Hearing']", new Dictionary<string, string?> { ["HeardBy"] = "", ["HeardOn.Day"] = "31", ["HeardOn.Month"] = "2", ["HeardOn.Year"] = "2026" });
        Assert.Contains("Enter who heard the views, like \"Trust Board\"", page.ErrorSummary);
        Assert.Contains("The date they heard them must be a real date", page.ErrorSummary);
        page = await client.SubmitAsync(page, "form[action$='handler=Hearing']", new Dictionary<string, string?> { ["HeardBy"] = "Participation and Voice Group", ["HeardOn.Day"] = "3", ["HeardOn.Month"] = "11", ["HeardOn.Year"] = "2026" });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        using var visitor = app.CreateHtmlClient();
        var pub = await visitor.GetAsync("/have-your-say/support-for-send-families/how-we-listened");
        Assert.Contains("3 November 2026: Participation and Voice Group", pub.Text("#hearings"), StringComparison.Ordinal);
    }

    internal static string LinkIn(string body, string path) => LinkPattern().Matches(body).Select(m => m.Value).First(v => v.Contains(path, StringComparison.Ordinal));

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
