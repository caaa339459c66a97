using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Outcomes;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Voice.Analysis;

public sealed record FeedResult(QuestionIndicatorLink Link, int Count, int Denominator, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Sends a question's answers to the Outcomes indicator it is linked to: the people who chose a "yes" option out of everyone
/// who answered become the figure's count and denominator, through the same checks, revisions and disclosure control as
/// every other figure (FigureSubmissions), with the consultation recorded as the source.
/// </summary>
public sealed class IndicatorFeed(TogetherDbContext db, AnalysisLoader loader, FigureSubmissions figures, TimeProvider clock)
{
    public static string SourceOf(Consultation consultation) => $"consultation:{consultation.Slug}";

    public async Task<IReadOnlyList<FeedResult>> SendAllAsync(Guid consultationId, string by, CancellationToken ct)
    {
        var links = await db.QuestionIndicatorLinks.Where(l => l.ConsultationId == consultationId).OrderBy(l => l.CreatedAt).ToListAsync(ct);
        var results = new List<FeedResult>();
        foreach (var link in links)
        {
            results.Add(await SendAsync(link, by, ct));
        }

        return results;
    }

    public async Task<FeedResult> SendAsync(QuestionIndicatorLink link, string by, CancellationToken ct)
    {
        var data = (await loader.LoadAsync(link.ConsultationId, withText: false, ct))!;
        var indicator = await db.Indicators.AsNoTracking().SingleAsync(i => i.Id == link.IndicatorId, ct);
        var question = data.Survey.Find(link.QuestionId);
        if (question is null)
        {
            return new FeedResult(link, 0, 0, [$"The survey no longer has question {link.QuestionId}"]);
        }

        var (count, denominator) = Count(data, question, link);
        if (denominator == 0)
        {
            return new FeedResult(link, 0, 0, ["Nobody has answered the question yet, so there is no figure to send"]);
        }

        var consultation = data.Consultation;
        var label = link.MatrixRow is { } row && row < question.Rows.Count ? $"{question.Text}: {question.Rows[row]}" : question.Text;
        var note = $"From the consultation \"{consultation.Title}\": {count} of the {denominator} people who answered \"{label}\" chose {string.Join(" or ", link.YesValueList.Select(v => Label(question, v)))}.";
        if (note.Length > FigureSubmissions.MaxNoteLength)
        {
            note = note[..(FigureSubmissions.MaxNoteLength - 1)] + "…";
        }

        var input = new FigureInput(indicator.Code, link.AreaId, link.Period, "all", null,
            count.ToString(CultureInfo.InvariantCulture), denominator.ToString(CultureInfo.InvariantCulture), null, null, note);

        // The person linking the question was checked against the indicator's owner when the link was made; sending it
        // again later (when the consultation closes) is the platform acting on that decision.
        var result = await figures.SubmitAsync([(0, input)], new Submitter(by, null, IsAdministrator: true), SourceOf(consultation), $"From the consultation {consultation.Slug}", ct);
        if (!result.Succeeded)
        {
            return new FeedResult(link, count, denominator, result.Errors.Select(e => e.Message).ToList());
        }

        link.SentAt = clock.GetUtcNow().UtcDateTime;
        link.SentCount = count;
        link.SentDenominator = denominator;
        await db.SaveChangesAsync(ct);
        return new FeedResult(link, count, denominator, []);
    }

    /// <summary>
    /// The count and denominator. For a locality's figure only the people who said they live there count; for Cheshire
    /// East or any wider area, everyone who answered.
    /// </summary>
    public static (int Count, int Denominator) Count(LoadedConsultation data, SurveyQuestion question, QuestionIndicatorLink link)
    {
        var profiles = data.Profile();
        var locality = SurveyDefinition.Localities.Any(l => l.Value == link.AreaId) ? link.AreaId : null;
        return ConsultationAnalysis.YesCount(question, link.MatrixRow, link.YesValueList, data.Answers.Select(a => (a.ResponseId, a.QuestionId, a.Value)),
            id => locality is null || (profiles.TryGetValue(id, out var p) && p.Locality == locality));
    }

    public static string Label(SurveyQuestion question, string value) =>
        SurveyDefinition.ChoicesFor(question).FirstOrDefault(c => c.Value == value)?.Label is { } label ? $"\"{label}\"" : value;

    /// <summary>Questions whose answers can be counted as yes or no: single choice, multiple choice, rating, and each matrix statement.</summary>
    public static bool CanFeed(SurveyQuestion question) =>
        question.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Rating or QuestionType.Matrix;
}
