using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.Voice;

namespace Together.Tests.Voice;

public sealed class BuilderTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    /// <summary>A fresh open consultation with the demo survey, so each test edits its own.</summary>
    internal static async Task<(Guid Id, string Slug)> NewConsultationAsync(TogetherApp app, ConsultationStatus status = ConsultationStatus.Open)
    {
        var slug = "builder-" + Guid.NewGuid().ToString("N")[..10];
        var id = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            var owner = await db.Organisations.Select(o => o.Id).FirstAsync();
            var now = app.Clock.GetUtcNow().UtcDateTime;
            db.Consultations.Add(new Consultation
            {
                Id = id, Slug = slug, Title = "Builder test " + slug, Summary = "For tests", Audiences = Audience.Everyone, OwnerOrganisationId = owner,
                OpensAt = now.AddDays(-1), ClosesAt = now.AddDays(30), Status = status, CreatedAt = now,
            });
            db.SurveyVersions.Add(new SurveyVersion { Id = Guid.NewGuid(), ConsultationId = id, Number = 1, DefinitionJson = VoiceDemoSeeder.YouthOfferSurvey().ToJson(), CreatedAt = now });
            return await db.SaveChangesAsync();
        });
        return (id, slug);
    }

    private Task<List<SurveyVersion>> VersionsAsync(Guid id) =>
        app.WithDbAsync(db => db.SurveyVersions.AsNoTracking().Where(v => v.ConsultationId == id).OrderBy(v => v.Number).ToListAsync());

    private async Task<SurveyDefinition> LatestAsync(Guid id) => SurveyDefinition.FromJson((await VersionsAsync(id))[^1].DefinitionJson);

    private static string Order(SurveyDefinition survey) => string.Join(" | ", survey.Pages.Select(p => p.Id + ":" + string.Join(",", p.Questions.Select(q => q.Id))));

    private async Task<HtmlClient> AdminAsync()
    {
        var client = app.CreateHtmlClient();
        await client.SignInAsync("admin@demo.together.example");
        return client;
    }

    [Fact]
    public async Task Staff_edit_a_question_and_bad_input_keeps_what_they_typed()
    {
        var (id, _) = await NewConsultationAsync(app, ConsultationStatus.Draft);
        using var client = await AdminAsync();
        var manage = await client.GetAsync($"/admin/consultations/{id}");
        Assert.Equal($"/admin/consultations/{id}/questions/q2", manage.Document.QuerySelector("tr#q2 a")?.GetAttribute("href"));

        var page = await client.GetAsync($"/admin/consultations/{id}/questions/q2");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("What stops you going to a youth club or group?", page.Value("#Text"));
        Assert.StartsWith("It is too far away | Too far\n", page.Value("#Options"), StringComparison.Ordinal);
        Assert.Equal("q1|no", page.Document.QuerySelector("#ShowIf option[selected]")?.GetAttribute("value"));

        var refused = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Text"] = " ", ["Options"] = "Too far\ntoo far", ["Hint"] = new string('h', 501) });
        Assert.Equal(["Enter the question", "The hint must be 500 characters or fewer", "Each answer must be different"], refused.ErrorSummary);
        Assert.Equal("Too far\ntoo far", refused.Value("#Options"));
        Assert.Equal(new string('h', 501), refused.Value("#Hint"));
        Assert.Single(await VersionsAsync(id));
        Assert.Equal("What stops you going to a youth club or group?", (await LatestAsync(id)).Find("q2")!.Text);

        page = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?>
        {
            ["Text"] = "What gets in the way of going to a youth club?", ["EasyReadText"] = "What stops you going?", ["Hint"] = "Tick all that are true",
            ["Options"] = "It is too far away | Too far\nIt costs too much\nI have to look after someone | I look after someone", ["Required"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var versions = await VersionsAsync(id);
        Assert.Single(versions);
        var q2 = SurveyDefinition.FromJson(versions[0].DefinitionJson).Find("q2")!;
        Assert.Equal("What gets in the way of going to a youth club?", q2.Text);
        Assert.Equal("What stops you going?", q2.EasyReadText);
        Assert.True(q2.Required);
        Assert.Equal(["too-far", "cost", "o1"], q2.Options.Select(o => o.Value));
        Assert.Equal("I look after someone", q2.Options[2].EasyReadLabel);
        Assert.Equal(new SurveyCondition("q1", ConditionOperator.Is, "no"), q2.ShowIf);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/consultations/{id}/questions/q99")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/consultations/{Guid.NewGuid()}/questions/q1")).Status);
    }

    [Fact]
    public async Task Kind_specific_fields_are_edited_matrix_rows_and_number_ranges()
    {
        var (id, _) = await NewConsultationAsync(app, ConsultationStatus.Draft);
        using var client = await AdminAsync();
        var page = await client.GetAsync($"/admin/consultations/{id}/questions/q4");
        Assert.Equal("I feel safe in my area\nThere is an adult I can talk to if I am worried\nAdults listen to what young people say", page.Value("#Rows"));
        page = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Rows"] = "I feel safe in my area\nI feel safe at school" });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal(["I feel safe in my area", "I feel safe at school"], (await LatestAsync(id)).Find("q4")!.Rows);

        page = await client.GetAsync($"/admin/consultations/{id}/questions/q6");
        Assert.Equal("7", page.Value("#Max"));
        var refused = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Min"] = "5", ["Max"] = "two" });
        Assert.Equal(["Enter the largest number allowed as a whole number, like 10"], refused.ErrorSummary);
        Assert.Equal("two", refused.Value("#Max"));
        page = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Min"] = "1", ["Max"] = "5" });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var q6 = (await LatestAsync(id)).Find("q6")!;
        Assert.Equal((1, 5), (q6.Min, q6.Max));

        page = await client.GetAsync($"/admin/consultations/{id}/questions/q3");
        refused = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Options"] = "Bad\nOK\nGood" });
        Assert.Equal(["Enter 5 words for the rating scale, from 1 (lowest) to 5 (highest), one on each line"], refused.ErrorSummary);
    }

    [Fact]
    public async Task Editing_once_responses_exist_makes_a_new_version_and_every_response_keeps_its_own()
    {
        var (id, slug) = await NewConsultationAsync(app);
        using var respondent = app.CreateHtmlClient();
        var first = await AnsweringTests.AnswerQuicklyAsync(respondent, slug);
        using var client = await AdminAsync();

        var page = await client.GetAsync($"/admin/consultations/{id}/questions/q3");
        Assert.Contains("Saving creates version 2", page.Text("#version-note"), StringComparison.Ordinal);
        page = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Text"] = "How good are the things to do near you?" });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);

        // A refused edit creates no version.
        page = await client.GetAsync($"/admin/consultations/{id}/questions/q1");
        await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Text"] = "" });

        // Version 2 has no responses yet, so further edits change it in place.
        page = await client.GetAsync($"/admin/consultations/{id}/questions/q5");
        page = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Text"] = "What would make your area better?" });
        var versions = await VersionsAsync(id);
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(VoiceDemoSeeder.YouthOfferSurvey().ToJson(), versions[0].DefinitionJson);
        Assert.Equal("What would make your area better?", SurveyDefinition.FromJson(versions[1].DefinitionJson).Find("q5")!.Text);

        var second = await AnsweringTests.AnswerQuicklyAsync(respondent, slug);
        var responses = await app.WithDbAsync(db => db.SurveyResponses.Where(r => r.ConsultationId == id).ToDictionaryAsync(r => r.DraftKeyHash, r => r.SurveyVersionId));
        Assert.Equal(versions[0].Id, responses[ResponseJourneys.Hash(first)]);
        Assert.Equal(versions[1].Id, responses[ResponseJourneys.Hash(second)]);

        // Moving a question once version 2 has a response makes version 3.
        page = await client.GetAsync($"/admin/consultations/{id}");
        page = await client.SubmitAsync(page, "form[action*=MoveQuestion]", new Dictionary<string, string?> { ["QuestionId"] = "q6", ["Direction"] = "up" });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        versions = await VersionsAsync(id);
        Assert.Equal([1, 2, 3], versions.Select(v => v.Number));
        Assert.Equal("p1:q1 | p2:q2 | p3:q3 | p4:q4 | p6:q6 | p5:q5 | p7:q7,q8", Order(SurveyDefinition.FromJson(versions[2].DefinitionJson)));
        Assert.Equal("p1:q1 | p2:q2 | p3:q3 | p4:q4 | p5:q5 | p6:q6 | p7:q7,q8", Order(SurveyDefinition.FromJson(versions[1].DefinitionJson)));
    }

    [Fact]
    public async Task Questions_and_pages_move_with_buttons_and_a_move_that_breaks_a_condition_is_refused()
    {
        var (id, _) = await NewConsultationAsync(app, ConsultationStatus.Draft);
        using var client = await AdminAsync();
        var manage = $"/admin/consultations/{id}";
        var page = await client.GetAsync(manage);
        Assert.Empty(page.Document.QuerySelectorAll("tr#q1 form[action*=MoveQuestion] input[value=up]"));
        Assert.Single(page.Document.QuerySelectorAll("tr#q1 form[action*=MoveQuestion] input[value=down]"));

        // q2 is shown only if q1 is "no": it cannot go before q1.
        var refused = await client.SubmitAsync(page, "tr#q2 form[action*=MoveQuestion]", new Dictionary<string, string?> { ["Direction"] = "up" });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal(["q2 is shown only if q1 is no: a condition can only depend on an earlier question"], refused.ErrorSummary);
        Assert.Equal("p1:q1 | p2:q2 | p3:q3 | p4:q4 | p5:q5 | p6:q6 | p7:q7,q8", Order(await LatestAsync(id)));

        page = await client.SubmitAsync(page, "tr#q8 form[action*=MoveQuestion]", new Dictionary<string, string?> { ["Direction"] = "up" });
        Assert.Equal($"{manage}#q8", page.Location);
        page = await client.GetAsync(manage);
        page = await client.SubmitAsync(page, "tr#q5 form[action*=MoveQuestion]", new Dictionary<string, string?> { ["Direction"] = "down" });
        page = await client.GetAsync(manage);
        page = await client.SubmitAsync(page, "#page-p7 form[action*=MovePage]", new Dictionary<string, string?> { ["Direction"] = "up" });
        Assert.Equal("p1:q1 | p2:q2 | p3:q3 | p4:q4 | p6:q6 | p7:q8,q7 | p5:q5", Order(await LatestAsync(id)));

        // A stale page: the first question cannot move further up.
        page = await client.GetAsync(manage);
        refused = await client.SubmitAsync(page, "form[action*=MoveQuestion]", new Dictionary<string, string?> { ["QuestionId"] = "q1", ["Direction"] = "up" });
        Assert.Equal(["q1 cannot move further up"], refused.ErrorSummary);
    }

    [Fact]
    public async Task Pages_are_added_renamed_and_their_questions_are_answered_on_one_screen()
    {
        var (id, slug) = await NewConsultationAsync(app);
        using var client = await AdminAsync();
        var manage = $"/admin/consultations/{id}";
        var page = await client.GetAsync(manage);
        var refused = await client.SubmitAsync(page, "#add-page", new Dictionary<string, string?> { ["PageTitle"] = "" });
        Assert.Equal(["Enter a title for the new page, up to 200 characters"], refused.ErrorSummary);
        page = await client.SubmitAsync(page, "#add-page", new Dictionary<string, string?> { ["PageTitle"] = "Your ideas" });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("p8", (await LatestAsync(id)).Pages[^1].Id);

        page = await client.GetAsync($"{manage}/pages/p8");
        refused = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Title"] = new string('t', 201) });
        Assert.Equal(["The title must be 200 characters or fewer"], refused.ErrorSummary);
        page = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Title"] = "Your ideas for your area" });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);

        foreach (var q in new[] { "q5", "q6" })
        {
            page = await client.GetAsync($"{manage}/questions/{q}");
            page = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["PageId"] = "p8" });
            Assert.Equal(HttpStatusCode.Redirect, page.Status);
        }

        page = await client.GetAsync(manage);
        page = await client.SubmitAsync(page, "#page-p8 form[action*=MovePage]", new Dictionary<string, string?> { ["Direction"] = "up" });
        page = await client.GetAsync(manage);
        page = await client.SubmitAsync(page, "#page-p8 form[action*=MovePage]", new Dictionary<string, string?> { ["Direction"] = "up" });
        var survey = await LatestAsync(id);
        Assert.Equal("p1:q1 | p2:q2 | p3:q3 | p4:q4 | p5: | p8:q5,q6 | p6: | p7:q7,q8", Order(survey));
        Assert.Equal("Your ideas for your area", survey.Pages.Single(p => p.Id == "p8").Title);

        // Empty pages can be removed; a page with questions cannot.
        page = await client.GetAsync(manage);
        page = await client.SubmitAsync(page, "#page-p5 form[action*=RemovePage]");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        page = await client.GetAsync(manage);
        refused = await client.SubmitAsync(page, "#page-p6 form[action*=RemovePage]", new Dictionary<string, string?> { ["PageId"] = "p8" });
        Assert.Equal(["Only an empty page can be removed. Remove or move its questions first"], refused.ErrorSummary);

        // The respondent answers the two questions of the page on one screen.
        using var respondent = app.CreateHtmlClient();
        var key = await AnsweringTests.StartKeyAsync(respondent, slug);
        var screen = await respondent.GetAsync($"/have-your-say/{slug}/{key}/q/q5");
        Assert.Equal($"/have-your-say/{slug}/{key}/q/q1", screen.Location);
        screen = await respondent.GetAsync($"/have-your-say/{slug}/{key}/q/q1");
        screen = await respondent.FollowAsync(await respondent.SubmitAsync(screen, "form[method=post]", new Dictionary<string, string?> { ["Answer"] = "yes" }));
        screen = await respondent.FollowAsync(await respondent.SubmitAsync(screen, "form[method=post]", new Dictionary<string, string?> { ["Answer"] = "4" }));
        screen = await respondent.FollowAsync(await respondent.SubmitAsync(screen, "form[method=post]"));
        Assert.Equal("Your ideas for your area", screen.H1);
        Assert.Equal($"/have-your-say/{slug}/{key}/q/q5", screen.Response.RequestMessage!.RequestUri!.AbsolutePath);
        var bad = await respondent.SubmitAsync(screen, "form[method=post]", new Dictionary<string, string?> { ["q5-Answer"] = "A skate park", ["q6-Answer"] = "nine" });
        Assert.Equal(["Enter a whole number, like 3"], bad.ErrorSummary);
        Assert.Equal("A skate park", bad.Value("#q5-Answer"));
        Assert.Equal("nine", bad.Value("#q6-Answer"));
        var draft = await app.WithDbAsync(db => db.ResponseDrafts.SingleAsync(d => d.KeyHash == ResponseJourneys.Hash(key)));
        Assert.DoesNotContain("q5", SurveyAnswers.FromJson(draft.AnswersJson).Keys);
        var next = await respondent.FollowAsync(await respondent.SubmitAsync(screen, "form[method=post]", new Dictionary<string, string?> { ["q5-Answer"] = "A skate park", ["q6-Answer"] = "3" }));
        Assert.Equal("About you", next.H1);
        draft = await app.WithDbAsync(db => db.ResponseDrafts.SingleAsync(d => d.KeyHash == ResponseJourneys.Hash(key)));
        Assert.Equal(["A skate park"], SurveyAnswers.FromJson(draft.AnswersJson)["q5"]);
        Assert.Equal(["3"], SurveyAnswers.FromJson(draft.AnswersJson)["q6"]);
    }

    [Fact]
    public async Task The_conditions_editor_looks_only_back_and_only_at_real_answers()
    {
        var (id, slug) = await NewConsultationAsync(app);
        using var client = await AdminAsync();
        var page = await client.GetAsync($"/admin/consultations/{id}/questions/q5");
        Assert.Equal(["", "q1|yes", "q1|no", "q1|not-sure", "q2|too-far"], page.Document.QuerySelectorAll("#ShowIf option").Select(o => o.GetAttribute("value")).Take(5));
        Assert.DoesNotContain(page.Document.QuerySelectorAll("#ShowIf option"), o => o.GetAttribute("value")!.StartsWith("q7|", StringComparison.Ordinal));

        // Tampered values: a later question, and an answer the question does not have.
        var refused = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["ShowIf"] = "q7|13-17", ["ShowIfOperator"] = "Is" });
        Assert.Equal(["q5 is shown only if q7 is 13-17: a condition can only depend on an earlier question"], refused.ErrorSummary);
        Assert.Equal("#ShowIf", refused.Document.QuerySelector(".govuk-error-summary a")?.GetAttribute("href"));
        refused = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["ShowIf"] = "q1|perhaps", ["ShowIfOperator"] = "Is" });
        Assert.Equal(["q5 is shown only if q1 is perhaps: \"perhaps\" is not one of the answers to that question"], refused.ErrorSummary);

        page = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["ShowIf"] = "q1|yes", ["ShowIfOperator"] = "IsNot" });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal(new SurveyCondition("q1", ConditionOperator.IsNot, "yes"), (await LatestAsync(id)).Find("q5")!.ShowIf);

        // A page condition: the about-you page only for people who have been to a youth club.
        page = await client.GetAsync($"/admin/consultations/{id}/pages/p7");
        page = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["ShowIf"] = "q2|cost", ["ShowIfOperator"] = "Includes" });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal(new SurveyCondition("q2", ConditionOperator.Includes, "cost"), (await LatestAsync(id)).Pages[^1].ShowIf);

        // Changing q1's answers so "yes" no longer exists is refused, because q5 depends on it.
        page = await client.GetAsync($"/admin/consultations/{id}/questions/q1");
        refused = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Options"] = "No\nI'm not sure" });
        Assert.Equal(["q5 is shown only if q1 is not yes: \"yes\" is not one of the answers to that question"], refused.ErrorSummary);

        // The respondent: q1 "yes" hides q5; "no" shows it.
        using var respondent = app.CreateHtmlClient();
        var key = await AnsweringTests.AnswerQuicklyAsync(respondent, slug, send: false);
        var check = await respondent.GetAsync($"/have-your-say/{slug}/{key}/check");
        Assert.DoesNotContain("What one thing would make your area better for young people?", check.Texts("#answers dt"));
    }
}
