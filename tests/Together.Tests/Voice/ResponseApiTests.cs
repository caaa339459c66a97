using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Voice;

namespace Together.Tests.Voice;

public sealed class ResponseApiTests(Support.TogetherApp app) : IClassFixture<Support.TogetherApp>
{
    private static object Complete(string key, string text = "A skate park near the station") => new
    {
        idempotencyKey = key,
        answers = new Dictionary<string, string[]>
        {
            ["q1"] = ["no"], ["q2"] = ["cost", "too-far"], ["q3"] = ["4"], ["q4"] = ["0=agree", "1=strongly-agree"], ["q5"] = [text], ["q6"] = ["2"], ["q7"] = ["13-17"], ["q8"] = ["crewe"],
        },
    };

    private Task<int> CountAsync(Guid id) => app.WithDbAsync(db => db.SurveyResponses.CountAsync(r => r.ConsultationId == id));

    [Fact]
    public async Task A_complete_response_is_stored_once_however_often_it_is_sent()
    {
        var (id, _) = await BuilderTests.NewConsultationAsync(app);
        using var http = app.CreateClient();
        var key = "kiosk-" + Guid.NewGuid().ToString("N");
        var first = await http.PostAsJsonAsync($"/api/consultations/{id}/responses", Complete(key));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var body = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("created", body.GetProperty("stored").GetString());
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.False(body.GetProperty("flagged").GetBoolean());

        var again = await http.PostAsJsonAsync($"/api/consultations/{id}/responses", Complete(key));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var replay = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("already-stored", replay.GetProperty("stored").GetString());
        Assert.Equal(body.GetProperty("id").GetGuid(), replay.GetProperty("id").GetGuid());

        Assert.Equal(1, await CountAsync(id));
        var responseId = body.GetProperty("id").GetGuid();
        var answers = await app.WithDbAsync(db => db.ResponseAnswers.Where(a => a.ResponseId == responseId).ToListAsync());
        Assert.Equal(["cost", "too-far"], answers.Where(a => a.QuestionId == "q2").Select(a => a.Value).Order());
        Assert.Equal(["0=agree", "1=strongly-agree"], answers.Where(a => a.QuestionId == "q4").Select(a => a.Value).Order());
        Assert.Equal(10, answers.Count);

        // Time-ordered ids (UUID version 7), so new rows go at the end of the id indexes: random ones cost two thirds of the throughput (bench/voice).
        Assert.Equal(7, responseId.Version);
        Assert.All(answers, a => Assert.Equal(7, a.Id.Version));
    }

    [Fact]
    public async Task A_respondents_answers_are_stored_but_not_copied_into_the_audit_log()
    {
        var (id, _) = await BuilderTests.NewConsultationAsync(app);
        using var http = app.CreateClient();
        var text = "A quiet room at the library " + Guid.NewGuid().ToString("N");
        var sent = await http.PostAsJsonAsync($"/api/consultations/{id}/responses", Complete("audit-" + Guid.NewGuid().ToString("N"), text));
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var responseId = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.True(await app.WithDbAsync(db => db.ResponseAnswers.AnyAsync(a => a.ResponseId == responseId && a.Value == text)));
        var copies = await app.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityId == responseId.ToString() || (a.After != null && a.After.Contains(text)))
            .CountAsync());
        Assert.Equal(0, copies);
    }

    [Fact]
    public async Task Many_responses_at_once_are_each_stored_exactly_once()
    {
        var (id, _) = await BuilderTests.NewConsultationAsync(app);
        using var http = app.CreateClient();
        var keys = Enumerable.Range(0, 40).Select(i => $"load-{i:000}-{Guid.NewGuid():N}").ToList();

        // Every key sent twice, all at the same moment: the writer batches them and stores each once.
        var sends = keys.Concat(keys).Select(k => http.PostAsJsonAsync($"/api/consultations/{id}/responses", Complete(k))).ToList();
        var answers = await Task.WhenAll(sends);
        Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode, a.StatusCode.ToString()));
        Assert.Equal(40, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(40, await CountAsync(id));
        var hashes = await app.WithDbAsync(db => db.SurveyResponses.Where(r => r.ConsultationId == id).Select(r => r.DraftKeyHash).ToListAsync());
        Assert.Equal(keys.Select(k => ResponseApi.KeyHash(id, k)).Order(), hashes.Order());
    }

    [Fact]
    public async Task Bad_answers_get_clear_messages_and_nothing_is_stored()
    {
        var (id, _) = await BuilderTests.NewConsultationAsync(app);
        using var http = app.CreateClient();
        var response = await http.PostAsJsonAsync($"/api/consultations/{id}/responses", new
        {
            idempotencyKey = "bad-answers-1",
            answers = new Dictionary<string, string[]> { ["q1"] = ["yes"], ["q2"] = ["cost"], ["q3"] = ["9"], ["q5"] = [new string('x', 5001)], ["q99"] = ["forged"] },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["q2", "q3", "q5", "q99"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("Choose one of the answers shown", errors.GetProperty("q3")[0].GetString());

        var noKey = await http.PostAsJsonAsync($"/api/consultations/{id}/responses", new { answers = new Dictionary<string, string[]> { ["q1"] = ["yes"], ["q3"] = ["2"] } });
        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        var noVersion = await http.PostAsJsonAsync($"/api/consultations/{id}/responses", new { idempotencyKey = "no-such-version", version = 4, answers = new Dictionary<string, string[]> { ["q1"] = ["yes"], ["q3"] = ["2"] } });
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.Equal(0, await CountAsync(id));

        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsJsonAsync($"/api/consultations/{Guid.NewGuid()}/responses", Complete("unknown-consultation"))).StatusCode);
        var (closed, _) = await BuilderTests.NewConsultationAsync(app, ConsultationStatus.Closed);
        var refused = await http.PostAsJsonAsync($"/api/consultations/{closed}/responses", Complete("closed-consultation"));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(0, await CountAsync(closed));
    }

    [Fact]
    public async Task Closing_a_consultation_stops_answers_at_once_though_the_survey_is_kept_in_memory()
    {
        var (id, _) = await BuilderTests.NewConsultationAsync(app);
        using var http = app.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsJsonAsync($"/api/consultations/{id}/responses", Complete("before-closing-" + Guid.NewGuid().ToString("N")))).StatusCode);

        // A new version is used at once.
        await app.WithDbAsync(async db =>
        {
            db.SurveyVersions.Add(new SurveyVersion { Id = Guid.NewGuid(), ConsultationId = id, Number = 2, DefinitionJson = VoiceDemoSeeder.YouthOfferSurvey().ToJson(), CreatedAt = app.Clock.GetUtcNow().UtcDateTime });
            return await db.SaveChangesAsync();
        });
        var second = await http.PostAsJsonAsync($"/api/consultations/{id}/responses", Complete("second-version-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(2, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());

        await app.WithDbAsync(async db =>
        {
            var consultation = await db.Consultations.SingleAsync(c => c.Id == id);
            consultation.Status = ConsultationStatus.Closed;
            return await db.SaveChangesAsync();
        });

        var refused = await http.PostAsJsonAsync($"/api/consultations/{id}/responses", Complete("after-closing-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(2, await CountAsync(id));
    }

    [Fact]
    public async Task A_worrying_answer_is_screened_flagged_and_sent_to_triage()
    {
        var (id, _) = await BuilderTests.NewConsultationAsync(app);
        using var http = app.CreateClient();
        var response = await http.PostAsJsonAsync($"/api/consultations/{id}/responses", Complete("worrying-answer-1", "My dad hits me when he has been drinking and I am scared to go home"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("flagged").GetBoolean());
        Assert.Equal("/help/you-are-not-alone", body.GetProperty("help").GetString());
        var responseId = body.GetProperty("id").GetGuid();
        Assert.True(await app.WithDbAsync(db => db.ResponseAnswers.Where(a => a.ResponseId == responseId && a.QuestionId == "q5").Select(a => a.Flagged).SingleAsync()));
        var sourceId = $"api:{ResponseApi.KeyHash(id, "worrying-answer-1")[..16]}/q5";
        Assert.Equal(1, await app.WithDbAsync(db => db.SafeguardingConcerns.CountAsync(c => c.SourceId == sourceId)));
    }

    [Fact]
    public async Task Answers_to_an_older_version_are_checked_against_that_version()
    {
        var (id, _) = await BuilderTests.NewConsultationAsync(app);
        await app.WithDbAsync(async db =>
        {
            var survey = VoiceDemoSeeder.YouthOfferSurvey();
            survey.Pages[^1].Questions.Add(new SurveyQuestion { Id = "q9", Type = QuestionType.ShortText, Text = "Anything else?" });
            db.SurveyVersions.Add(new SurveyVersion { Id = Guid.NewGuid(), ConsultationId = id, Number = 2, DefinitionJson = survey.ToJson(), CreatedAt = app.Clock.GetUtcNow().UtcDateTime });
            return await db.SaveChangesAsync();
        });
        using var http = app.CreateClient();
        var old = await http.PostAsJsonAsync($"/api/consultations/{id}/responses", new { idempotencyKey = "old-version-1", version = 1, answers = new Dictionary<string, string[]> { ["q1"] = ["yes"], ["q3"] = ["2"], ["q9"] = ["hi"] } });
        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        var latest = await http.PostAsJsonAsync($"/api/consultations/{id}/responses", new { idempotencyKey = "new-version-1", answers = new Dictionary<string, string[]> { ["q1"] = ["yes"], ["q3"] = ["2"], ["q9"] = ["hi"] } });
        Assert.Equal(HttpStatusCode.Created, latest.StatusCode);
        Assert.Equal(2, (await latest.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
    }
}
