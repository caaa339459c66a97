using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Voice;

public sealed class ResultsModel(TogetherDbContext db) : PageModel
{
    public Consultation? Consultation { get; private set; }

    public int Responses { get; private set; }

    public IReadOnlyList<QuestionResult> Results { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        Consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug && c.Status == ConsultationStatus.ResultsPublished, ct);
        if (Consultation is null)
        {
            return NotFound();
        }

        var version = await ResponseJourneys.LatestVersionAsync(db, Consultation.Id, ct);
        var survey = SurveyDefinition.FromJson(version!.DefinitionJson);
        Responses = await db.SurveyResponses.CountAsync(r => r.ConsultationId == Consultation.Id, ct);
        var id = Consultation.Id;

        // Flagged answers never reach a published page, not even as a count.
        var answers = await db.ResponseAnswers.AsNoTracking()
            .Where(a => !a.Flagged && db.SurveyResponses.Any(r => r.Id == a.ResponseId && r.ConsultationId == id))
            .Select(a => new { a.ResponseId, a.QuestionId, a.Value })
            .ToListAsync(ct);
        Results = SurveyResults.Compute(survey, answers.Select(a => (a.ResponseId, a.QuestionId, a.Value)));
        return Page();
    }
}
