using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Voice.Analysis;

/// <summary>A consultation's survey (every version's questions) and all its responses and answers, ready for the sums.</summary>
public sealed record LoadedConsultation(
    Consultation Consultation,
    SurveyDefinition Survey,
    IReadOnlyList<(Guid ResponseId, bool EasyRead, DateTime SubmittedAt, int Version)> Responses,
    IReadOnlyList<(Guid AnswerId, Guid ResponseId, string QuestionId, string Value, bool Flagged)> Answers)
{
    public IReadOnlyDictionary<Guid, Respondent> Profile() =>
        ConsultationAnalysis.Profile(Survey, Consultation.Audiences, Responses.Select(r => (r.ResponseId, r.EasyRead)), Answers.Select(a => (a.ResponseId, a.QuestionId, a.Value)));
}

public sealed class AnalysisLoader(TogetherDbContext db)
{
    /// <param name="withText">Load free-text answers' words too (flagged ones never: their text stays in the database, marked).</param>
    public async Task<LoadedConsultation?> LoadAsync(Guid consultationId, bool withText, CancellationToken ct)
    {
        var consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consultationId, ct);
        return consultation is null ? null : await LoadAsync(consultation, withText, ct);
    }

    public async Task<LoadedConsultation> LoadAsync(Consultation consultation, bool withText, CancellationToken ct)
    {
        var id = consultation.Id;
        var versions = await db.SurveyVersions.AsNoTracking().Where(v => v.ConsultationId == id).OrderBy(v => v.Number).ToListAsync(ct);
        var survey = Merge(versions.Select(v => SurveyDefinition.FromJson(v.DefinitionJson)).ToList());
        var numbers = versions.ToDictionary(v => v.Id, v => v.Number);
        var responses = (await db.SurveyResponses.AsNoTracking().Where(r => r.ConsultationId == id).OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
                .Select(r => new { r.Id, r.EasyRead, r.SubmittedAt, r.SurveyVersionId }).ToListAsync(ct))
            .Select(r => (r.Id, r.EasyRead, r.SubmittedAt, numbers.GetValueOrDefault(r.SurveyVersionId))).ToList();
        var freeText = survey.AllQuestions.Where(q => q.IsFreeText).Select(q => q.Id).ToList();
        var answers = (await db.ResponseAnswers.AsNoTracking()
                .Where(a => db.SurveyResponses.Any(r => r.Id == a.ResponseId && r.ConsultationId == id))
                .Select(a => new { a.Id, a.ResponseId, a.QuestionId, Value = a.Flagged || (!withText && freeText.Contains(a.QuestionId)) ? "" : a.Value, a.Flagged })
                .ToListAsync(ct))
            .Select(a => (a.Id, a.ResponseId, a.QuestionId, a.Value, a.Flagged)).ToList();
        return new LoadedConsultation(consultation, survey, responses, answers);
    }

    /// <summary>
    /// Every question any version asked, in the latest version's order, then questions only earlier versions asked
    /// (on a last page), so answers to a question that has since been removed are still counted.
    /// </summary>
    public static SurveyDefinition Merge(IReadOnlyList<SurveyDefinition> versions)
    {
        if (versions.Count == 0)
        {
            return new SurveyDefinition();
        }

        var merged = versions[^1].Clone();
        var known = merged.AllQuestions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var earlier = new SurveyPage { Id = "earlier", Title = "Asked in earlier versions only" };
        foreach (var version in versions.Take(versions.Count - 1).Reverse())
        {
            foreach (var question in version.AllQuestions.Where(q => known.Add(q.Id)))
            {
                earlier.Questions.Add(question);
            }
        }

        if (earlier.Questions.Count > 0)
        {
            merged.Pages.Add(earlier);
        }

        return merged;
    }
}
