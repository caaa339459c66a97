using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Voice;

/// <summary>Everything one respondent's pages need: the consultation, the survey version they are answering, and their draft.</summary>
public sealed record Journey(Consultation Consultation, SurveyVersion Version, SurveyDefinition Survey, ResponseDraft Draft, string Key)
{
    public SurveyAnswers Answers { get; } = SurveyAnswers.FromJson(Draft.AnswersJson);

    public string BasePath => $"/have-your-say/{Consultation.Slug}/{Key}";

    public string QuestionPath(SurveyQuestion question) => $"{BasePath}/q/{question.Id}";

    public string CheckPath => $"{BasePath}/check";

    public string DonePath => $"{BasePath}/done";

    /// <summary>The confirmation, saying the answers had already been sent (after Back, a second tab or a repeated send).</summary>
    public string AlreadySentPath => $"{DonePath}?already=true";

    public IReadOnlyList<SurveyQuestion> Visible => SurveyLogic.VisibleQuestions(Survey, Answers);

    public ISet<string> Flagged => Draft.FlaggedQuestions.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}

/// <summary>Starts, finds and saves response drafts. The key is random and unguessable; only its hash is stored.</summary>
public sealed class ResponseJourneys(TogetherDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan ResumeFor = TimeSpan.FromDays(7);

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public async Task<Journey> StartAsync(Consultation consultation, bool easyRead, CancellationToken ct)
    {
        var version = await LatestVersionAsync(db, consultation.Id, ct) ?? throw new InvalidOperationException("The consultation has no survey.");
        var key = Base64Url(RandomNumberGenerator.GetBytes(24));
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = new ResponseDraft
        {
            KeyHash = Hash(key),
            ConsultationId = consultation.Id,
            SurveyVersionId = version.Id,
            EasyRead = easyRead,
            CreatedAt = now,
            ExpiresAt = now + ResumeFor,
        };
        db.ResponseDrafts.Add(draft);
        await db.SaveChangesAsync(ct);
        return new Journey(consultation, version, SurveyDefinition.FromJson(version.DefinitionJson), draft, key);
    }

    /// <summary>The journey for a slug and key, or null when either is unknown, they do not match, or the draft has expired.</summary>
    public async Task<Journey?> FindAsync(string slug, string key, CancellationToken ct)
    {
        if (key.Length is < 20 or > 64)
        {
            return null;
        }

        var draft = await db.ResponseDrafts.SingleOrDefaultAsync(d => d.KeyHash == Hash(key), ct);
        if (draft is null || (draft.ResponseId is null && draft.ExpiresAt <= clock.GetUtcNow().UtcDateTime))
        {
            return null;
        }

        var consultation = await db.Consultations.SingleOrDefaultAsync(c => c.Id == draft.ConsultationId && c.Slug == slug, ct);
        if (consultation is null)
        {
            return null;
        }

        var version = await db.SurveyVersions.SingleAsync(v => v.Id == draft.SurveyVersionId, ct);
        return new Journey(consultation, version, SurveyDefinition.FromJson(version.DefinitionJson), draft, key);
    }

    public static Task<SurveyVersion?> LatestVersionAsync(TogetherDbContext db, Guid consultationId, CancellationToken ct) =>
        db.SurveyVersions.Where(v => v.ConsultationId == consultationId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Editing a survey: once any response uses a version, changes go into a new version, so every response keeps the questions it answered.</summary>
public static class SurveyVersions
{
    public static async Task<SurveyVersion> EditableAsync(TogetherDbContext db, Guid consultationId, DateTime now, CancellationToken ct)
    {
        var latest = await ResponseJourneys.LatestVersionAsync(db, consultationId, ct);
        if (latest is null)
        {
            latest = new SurveyVersion { Id = Guid.NewGuid(), ConsultationId = consultationId, Number = 1, DefinitionJson = new SurveyDefinition().ToJson(), CreatedAt = now };
            db.SurveyVersions.Add(latest);
            return latest;
        }

        if (!await db.SurveyResponses.AnyAsync(r => r.SurveyVersionId == latest.Id, ct))
        {
            return latest;
        }

        var next = new SurveyVersion { Id = Guid.NewGuid(), ConsultationId = consultationId, Number = latest.Number + 1, DefinitionJson = latest.DefinitionJson, CreatedAt = now };
        db.SurveyVersions.Add(next);
        return next;
    }
}
