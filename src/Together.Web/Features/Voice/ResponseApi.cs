using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Safeguarding;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Hosting;

namespace Together.Web.Features.Voice;

/// <summary>Checks a whole response at once against the version it answers, with the same rules the journey applies page by page.</summary>
public static class CompleteResponse
{
    public static (SurveyAnswers Answers, Dictionary<string, string[]> Errors) Check(SurveyDefinition survey, int versionNumber, IReadOnlyDictionary<string, List<string>> given, bool easyRead)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var answers = new SurveyAnswers();
        foreach (var questionId in given.Keys.Where(k => survey.Find(k) is null))
        {
            errors[questionId] = [$"There is no question {questionId} in version {versionNumber} of this survey"];
        }

        foreach (var question in survey.AllQuestions)
        {
            if (!given.TryGetValue(question.Id, out var values) || values is null || values.Count == 0)
            {
                continue;
            }

            var outcome = AnswerRules.Check(question, Fields(question, values), easyRead);
            if (outcome.Error is not null)
            {
                errors[question.Id] = [outcome.Error];
            }
            else if (outcome.Values.Count > 0)
            {
                answers[question.Id] = outcome.Values;
            }
        }

        var visible = SurveyLogic.VisibleQuestions(survey, answers);
        foreach (var questionId in answers.Keys.Where(k => visible.All(q => q.Id != k)).ToList())
        {
            errors[questionId] = ["This question is not asked after the earlier answers given, so it cannot be answered"];
        }

        foreach (var question in visible.Where(q => q.IsRequired && !answers.ContainsKey(q.Id) && !errors.ContainsKey(q.Id)))
        {
            errors[question.Id] = ["This question must be answered"];
        }

        return (answers, errors);
    }

    /// <summary>The answer as the journey's form would post it: "Answer", or "Answer-0"… for matrix rows ("0=agree").</summary>
    private static Dictionary<string, IReadOnlyList<string>> Fields(SurveyQuestion question, List<string> values)
    {
        if (question.Type != QuestionType.Matrix)
        {
            return new(StringComparer.Ordinal) { ["Answer"] = values };
        }

        return values.Select(v => v.Split('=', 2)).GroupBy(p => "Answer-" + p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Length == 2 ? p[1] : "").ToList(), StringComparer.Ordinal);
    }
}

/// <summary>What a caller sends: a complete response, with a key of its own choosing so a retry is stored once.</summary>
public sealed record ResponseRequest(string? IdempotencyKey, int? Version, bool EasyRead, Dictionary<string, List<string>>? Answers);

/// <summary>
/// POST /api/consultations/{id}/responses: a complete response in one request (paper forms typed in, kiosks). Anonymous
/// and rate-limited like every anonymous write, checked against the survey version, screened for safeguarding like the
/// journey, and stored by the same writer.
/// </summary>
public static partial class ResponseApi
{
    public static WebApplication MapVoice(this WebApplication app)
    {
        app.MapPost("/api/consultations/{id:guid}/responses", SubmitAsync)
            .RequireRateLimiting(TogetherHost.AnonymousWritesPolicy)
            .DisableAntiforgery();
        return app;
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{8,100}$")]
    private static partial Regex KeyPattern();

    public static string KeyHash(Guid consultationId, string idempotencyKey) => ResponseJourneys.Hash($"api|{consultationId:N}|{idempotencyKey}");

    private static async Task<IResult> SubmitAsync(Guid id, ResponseRequest request, TogetherDbContext db, SurveyCatalogue catalogue, SafeguardingTriage triage, ResponseWriter writer, TimeProvider clock, CancellationToken ct)
    {
        var catalogued = await catalogue.FindAsync(db, id, ct);
        if (catalogued is null)
        {
            return Results.Problem(title: "Consultation not found", detail: $"There is no consultation {id}.", statusCode: 404);
        }

        var consultation = catalogued.Consultation;
        var now = clock.GetUtcNow().UtcDateTime;
        if (!consultation.AcceptsAnswers(now))
        {
            return Results.Problem(title: "Not open for answers", detail: $"\"{consultation.Title}\" is not open for answers now, so nothing was stored.", statusCode: 409);
        }

        if (request.IdempotencyKey is null || !KeyPattern().IsMatch(request.IdempotencyKey))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["idempotencyKey"] = ["Send an idempotency key of 8 to 100 letters, digits, dots, dashes, colons or underscores, new for each response"] });
        }

        var found = request.Version is { } number ? catalogued.Find(number) : catalogued.Latest;
        if (found is not { } chosen)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["version"] = [$"This survey has no version {request.Version}"] });
        }

        var (version, survey) = chosen;
        var (answers, errors) = CompleteResponse.Check(survey, version.Number, request.Answers ?? [], request.EasyRead);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Some answers need changing", detail: "Nothing was stored.");
        }

        var keyHash = KeyHash(id, request.IdempotencyKey);
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in survey.AllQuestions.Where(q => q.IsFreeText && answers.ContainsKey(q.Id)))
        {
            var result = await triage.ScreenAsync(answers[question.Id][0], "Survey answer", $"api:{keyHash[..16]}/{question.Id}", $"{consultation.Title}: {question.Text}", ct);
            if (result.Flagged)
            {
                flagged.Add(question.Id);
            }
        }

        var stored = await writer.StoreAsync(new ResponseSubmission(id, version.Id, keyHash, request.EasyRead, now, answers, flagged, FromDraft: false), ct);
        var body = new
        {
            id = stored.ResponseId,
            idempotencyKey = request.IdempotencyKey,
            version = version.Number,
            stored = stored.Created ? "created" : "already-stored",
            flagged = flagged.Count > 0,
            help = flagged.Count > 0 ? SafeguardingTriage.HelpPath : null,
        };
        return stored.Created ? Results.Json(body, statusCode: 201) : Results.Ok(body);
    }
}
