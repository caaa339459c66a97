using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.Safeguarding;
using Together.Web.Features.Voice;

namespace Together.Tests.Voice;

public sealed class AnsweringTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private const string Slug = VoiceDemoSeeder.OpenSlug;

    private static async Task<HtmlPage> StartAsync(HtmlClient client, string slug = Slug, bool easyRead = false)
    {
        var page = await client.GetAsync($"/have-your-say/{slug}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        page = await client.SubmitAsync(page, "form[method=post]", null, easyRead ? "#start-easy-read" : "#start");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        return page;
    }

    private static async Task<HtmlPage> AnswerAsync(HtmlClient client, HtmlPage page, params (string Key, string Value)[] fields)
    {
        var values = fields.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => (string?)HtmlClient.Many([.. g.Select(f => f.Value)]));
        return await client.SubmitAsync(page, "form[method=post]", values);
    }

    /// <summary>Starts a journey and returns its key.</summary>
    internal static async Task<string> StartKeyAsync(HtmlClient client, string slug) => KeyOf((await StartAsync(client, slug)).Location!);

    /// <summary>Answers only the required questions of the demo survey (q1 "yes", q3 "2") and, unless told not to, sends them. Returns the key.</summary>
    internal static async Task<string> AnswerQuicklyAsync(HtmlClient client, string slug, bool send = true)
    {
        var key = await StartKeyAsync(client, slug);
        var page = await client.FollowAsync(await AnswerAsync(client, await client.GetAsync($"/have-your-say/{slug}/{key}/q/q1"), ("Answer", "yes")));
        page = await AnswerAsync(client, page, ("Answer", "2"));
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        if (send)
        {
            var sent = await client.SubmitAsync(await client.GetAsync($"/have-your-say/{slug}/{key}/check"), "form[method=post]");
            Assert.EndsWith("/done", sent.Location, StringComparison.Ordinal);
        }

        return key;
    }

    private static string KeyOf(string location) => location.Split('/')[3];

    private Task<int> ResponsesAsync(string slug = Slug) =>
        app.WithDbAsync(db => db.SurveyResponses.CountAsync(r => db.Consultations.Any(c => c.Id == r.ConsultationId && c.Slug == slug)));

    [Fact]
    public async Task The_whole_journey_stores_one_response_even_when_sent_twice()
    {
        using var client = app.CreateHtmlClient();
        var before = await ResponsesAsync();
        var start = await client.GetAsync($"/have-your-say/{Slug}");
        Assert.Contains("skip any question", start.Text("#before-you-start"), StringComparison.Ordinal);
        var page = await client.FollowAsync(await StartAsync(client));
        Assert.Equal("Have you been to a youth club or youth group in the last year?", page.Text("legend h1"));
        var q1 = page;
        page = await client.FollowAsync(await AnswerAsync(client, page, ("Answer", "no")));
        Assert.Contains("What stops you going", page.H1, StringComparison.Ordinal);

        // Back and refresh lose nothing.
        var back = await client.GetAsync(page.Document.QuerySelector(".govuk-back-link")!.GetAttribute("href")!);
        Assert.Equal("no", back.Document.QuerySelector("input[name=Answer]:checked")?.GetAttribute("value"));
        page = await client.GetAsync(q1.Response.RequestMessage!.RequestUri!.PathAndQuery.Replace("/q1", "/q2", StringComparison.Ordinal));
        page = await client.FollowAsync(await AnswerAsync(client, page, ("Answer", "too-far"), ("Answer", "cost")));
        page = await client.FollowAsync(await AnswerAsync(client, page, ("Answer", "4")));
        page = await client.FollowAsync(await AnswerAsync(client, page, ("Answer-0", "agree"), ("Answer-1", "strongly-agree")));
        page = await client.FollowAsync(await AnswerAsync(client, page, ("Answer", "A skate park near the station")));
        page = await client.FollowAsync(await AnswerAsync(client, page, ("Answer", "2")));

        // The two "about you" questions share a page, so they are answered on one screen.
        Assert.Equal("About you", page.H1);
        Assert.Equal(["How old are you? (optional)", "Which town do you live in or nearest to? (optional)"], page.Texts("form legend h2"));
        var aboutYou = page;
        page = await AnswerAsync(client, aboutYou, ("q7-Answer", "13-17"), ("q8-Answer", "paris"));
        Assert.Equal(["Choose one of the answers shown"], page.ErrorSummary);
        Assert.Equal("#q8-Answer", page.Document.QuerySelector(".govuk-error-summary a")?.GetAttribute("href"));
        Assert.Equal("13-17", page.Document.QuerySelector("input[name=q7-Answer]:checked")?.GetAttribute("value"));
        page = await client.FollowAsync(await AnswerAsync(client, aboutYou, ("q7-Answer", "13-17"), ("q8-Answer", "crewe")));
        Assert.Equal("Check your answers", page.H1);
        var answers = page.Texts("#answers .govuk-summary-list__value");
        Assert.Contains("It is too far away, It costs too much", answers);
        Assert.Contains("A skate park near the station", answers);
        Assert.Contains("Crewe", answers);

        var check = page;
        page = await client.SubmitAsync(check, "form[method=post]");
        Assert.EndsWith("/done", page.Location, StringComparison.Ordinal);
        var again = await client.SubmitAsync(check, "form[method=post]");
        Assert.EndsWith("/done?already=true", again.Location, StringComparison.Ordinal);
        page = await client.FollowAsync(page);
        Assert.Equal("Thank you", page.H1);
        Assert.Contains("We will publish what we heard", page.Text("#results-date"), StringComparison.Ordinal);
        Assert.Equal(before + 1, await ResponsesAsync());

        var key = KeyOf(check.Response.RequestMessage!.RequestUri!.AbsolutePath);
        var stored = await app.WithDbAsync(db => db.ResponseAnswers.Where(a => db.SurveyResponses.Any(r => r.Id == a.ResponseId && r.DraftKeyHash == ResponseJourneys.Hash(key))).ToListAsync());
        Assert.Equal(["cost", "too-far"], stored.Where(a => a.QuestionId == "q2").Select(a => a.Value).Order());
        Assert.Equal(["0=agree", "1=strongly-agree"], stored.Where(a => a.QuestionId == "q4").Select(a => a.Value).Order());

        // After sending, the pages only show the confirmation.
        var afterwards = await client.GetAsync(q1.Response.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.EndsWith("/done?already=true", afterwards.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_again_from_an_old_page_says_the_answers_were_already_sent_and_stores_nothing_more()
    {
        using var client = app.CreateHtmlClient();
        var key = await AnswerQuicklyAsync(client, Slug, send: false);
        var before = await ResponsesAsync();

        // Two tabs on "Check your answers" (or Back from the confirmation to a page kept by the browser): both send.
        var first = await client.GetAsync($"/have-your-say/{Slug}/{key}/check");
        var second = await client.GetAsync($"/have-your-say/{Slug}/{key}/check");
        var sent = await client.FollowAsync(await client.SubmitAsync(first, "form[method=post]"));
        Assert.Equal("Thank you", sent.H1);
        Assert.Null(sent.Document.QuerySelector("#already-sent"));

        var again = await client.SubmitAsync(second, "form[method=post]");
        Assert.EndsWith($"/{key}/done?already=true", again.Location, StringComparison.Ordinal);
        again = await client.FollowAsync(again);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("Thank you", again.H1);
        Assert.Contains("You have already sent your answers", again.Text("#already-sent"), StringComparison.Ordinal);
        Assert.Equal(before + 1, await ResponsesAsync());

        // Back to "Check your answers" or to a question: the same message, never a form to send again.
        foreach (var path in new[] { "check", "q/q1" })
        {
            var back = await client.FollowAsync(await client.GetAsync($"/have-your-say/{Slug}/{key}/{path}"));
            Assert.Contains("You have already sent your answers", back.Text("#already-sent"), StringComparison.Ordinal);
            Assert.Null(back.Document.QuerySelector("main form:not([action='/updates/sign-up'])"));
        }

        Assert.Equal(before + 1, await ResponsesAsync());
    }

    [Fact]
    public async Task Bad_answers_get_a_clear_message_and_nothing_is_stored()
    {
        using var client = app.CreateHtmlClient();
        var location = (await StartAsync(client)).Location!;
        var key = KeyOf(location);
        var q1 = await client.GetAsync(location);
        var page = await AnswerAsync(client, q1, ("Answer", "maybe"));
        Assert.Equal(["Choose one of the answers shown"], page.ErrorSummary);
        page = await AnswerAsync(client, q1);
        Assert.Equal(["Choose an answer"], page.ErrorSummary);

        // Answers for other questions smuggled into the form are ignored.
        page = await client.FollowAsync(await AnswerAsync(client, q1, ("Answer", "yes"), ("q5", "forged"), ("Answer-0", "agree")));
        Assert.Contains("How good are the things to do", page.Text("legend h1"), StringComparison.Ordinal);

        // A question hidden by an earlier answer cannot be answered by posting to it.
        var hidden = await client.GetAsync($"/have-your-say/{Slug}/{key}/q/q2");
        Assert.Equal(HttpStatusCode.Conflict, hidden.Status);
        Assert.Equal(QuestionModel.NotInYourSurvey, hidden.Text("#problem"));

        // Over-long text is refused and what was typed is kept.
        var q5 = await client.GetAsync($"/have-your-say/{Slug}/{key}/q/q3");
        q5 = await client.FollowAsync(await AnswerAsync(client, q5, ("Answer", "3")));
        q5 = await client.FollowAsync(await AnswerAsync(client, q5));
        Assert.Contains("What one thing", q5.Text("h1"), StringComparison.Ordinal);
        var longText = new string('x', 5001);
        page = await AnswerAsync(client, q5, ("Answer", longText));
        Assert.Equal(["Your answer must be 5,000 characters or fewer. It is 5,001 now"], page.ErrorSummary);
        Assert.Equal(longText, page.Value("#Answer"));

        var draft = await app.WithDbAsync(db => db.ResponseDrafts.SingleAsync(d => d.KeyHash == ResponseJourneys.Hash(key)));
        var answers = SurveyAnswers.FromJson(draft.AnswersJson);
        Assert.Equal(["q1", "q3"], answers.Keys.Order());
        Assert.Equal(["yes"], answers["q1"]);

        // Unknown questions and made-up keys are not found.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/have-your-say/{Slug}/{key}/q/q99")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/have-your-say/{Slug}/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/q/q1")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/have-your-say/getting-help-with-how-you-feel/{key}/q/q1")).Status);
    }

    [Fact]
    public async Task Jumping_ahead_goes_back_to_the_first_question_still_needed()
    {
        using var client = app.CreateHtmlClient();
        var key = KeyOf((await StartAsync(client)).Location!);
        var page = await client.GetAsync($"/have-your-say/{Slug}/{key}/q/q6");
        Assert.Equal($"/have-your-say/{Slug}/{key}/q/q1", page.Location);
        page = await client.GetAsync($"/have-your-say/{Slug}/{key}/check");
        page = await client.SubmitAsync(page, "form[method=post]");
        Assert.Single(page.ErrorSummary);
        Assert.Equal(0, await app.WithDbAsync(db => db.SurveyResponses.CountAsync(r => r.DraftKeyHash == ResponseJourneys.Hash(key))));
    }

    [Fact]
    public async Task A_worrying_answer_goes_to_triage_the_writer_sees_help_and_it_is_never_published()
    {
        using var client = app.CreateHtmlClient();
        var key = KeyOf((await StartAsync(client)).Location!);
        var page = await client.FollowAsync(await AnswerAsync(client, await client.GetAsync($"/have-your-say/{Slug}/{key}/q/q1"), ("Answer", "yes")));
        page = await client.FollowAsync(await AnswerAsync(client, page, ("Answer", "2")));
        page = await client.FollowAsync(await AnswerAsync(client, page));
        var answered = await AnswerAsync(client, page, ("Answer", "Nothing, my dad hits me when he has been drinking and I am scared to go home"));
        Assert.StartsWith(SafeguardingTriage.HelpPath, answered.Location, StringComparison.Ordinal);
        var help = await client.GetAsync(answered.Location!);
        Assert.Equal("You are not alone", help.H1);
        var next = help.Document.QuerySelector("#continue")!.GetAttribute("href")!;
        Assert.Equal($"/have-your-say/{Slug}/{key}/q/q6", next);

        var sourceId = ResponseJourneys.Hash(key)[..16] + "/q5";
        var concern = await app.WithDbAsync(db => db.SafeguardingConcerns.SingleAsync(c => c.SourceId == sourceId));
        Assert.Contains("Better places for young people", concern.Context, StringComparison.Ordinal);

        page = await client.GetAsync($"/have-your-say/{Slug}/{key}/check");
        page = await client.FollowAsync(await client.SubmitAsync(page, "form[method=post]"));
        Assert.Contains("Childline", page.Html, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.ResponseAnswers.SingleAsync(a => a.QuestionId == "q5" && db.SurveyResponses.Any(r => r.Id == a.ResponseId && r.DraftKeyHash == ResponseJourneys.Hash(key))));
        Assert.True(stored.Flagged);
    }

    [Fact]
    public async Task The_easy_read_version_uses_the_easy_read_words()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.FollowAsync(await StartAsync(client, easyRead: true));
        Assert.Equal("In the last year, have you been to a youth club?", page.Text("legend h1"));
    }

    [Fact]
    public async Task Nothing_is_stored_once_a_consultation_has_closed()
    {
        var slug = await CopyOpenConsultationAsync();
        using var client = app.CreateHtmlClient();
        var key = KeyOf((await StartAsync(client, slug)).Location!);
        var page = await client.FollowAsync(await AnswerAsync(client, await client.GetAsync($"/have-your-say/{slug}/{key}/q/q1"), ("Answer", "yes")));
        page = await client.FollowAsync(await AnswerAsync(client, page, ("Answer", "2")));
        var check = await client.GetAsync($"/have-your-say/{slug}/{key}/check");
        Assert.Equal("Check your answers", check.H1);

        await app.WithDbAsync(async db =>
        {
            var c = await db.Consultations.SingleAsync(x => x.Slug == slug);
            c.Status = ConsultationStatus.Closed;
            return await db.SaveChangesAsync();
        });
        page = await client.FollowAsync(await client.SubmitAsync(check, "form[method=post]"));
        Assert.Contains("so you can no longer answer it", page.Text("#status"), StringComparison.Ordinal);
        Assert.Equal(0, await ResponsesAsync(slug));
        Assert.Empty((await client.GetAsync($"/have-your-say/{slug}")).Document.QuerySelectorAll("form[method=post] #start"));
    }

    [Fact]
    public async Task A_resume_link_lasts_seven_days()
    {
        var slug = await CopyOpenConsultationAsync(closesInDays: 30);
        using var client = app.CreateHtmlClient();
        var location = (await StartAsync(client, slug)).Location!;
        using var otherDevice = app.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.OK, (await otherDevice.GetAsync(location)).Status);
        app.Clock.Advance(TimeSpan.FromDays(7).Add(TimeSpan.FromMinutes(1)));
        Assert.Equal(HttpStatusCode.NotFound, (await otherDevice.GetAsync(location)).Status);
    }

    private async Task<string> CopyOpenConsultationAsync(int closesInDays = 5)
    {
        var slug = "test-" + Guid.NewGuid().ToString("N")[..10];
        await app.WithDbAsync(async db =>
        {
            var source = await db.Consultations.AsNoTracking().SingleAsync(c => c.Slug == Slug);
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var copy = new Consultation
            {
                Id = Guid.NewGuid(), Slug = slug, Title = "Test consultation", Summary = "For tests", Audiences = Audience.Everyone, OwnerOrganisationId = source.OwnerOrganisationId,
                OpensAt = now.AddDays(-1), ClosesAt = now.AddDays(closesInDays), Status = ConsultationStatus.Open, CreatedAt = now,
            };
            db.Consultations.Add(copy);
            db.SurveyVersions.Add(new SurveyVersion { Id = Guid.NewGuid(), ConsultationId = copy.Id, Number = 1, DefinitionJson = VoiceDemoSeeder.YouthOfferSurvey().ToJson(), CreatedAt = now });
            return await db.SaveChangesAsync();
        });
        return slug;
    }
}
