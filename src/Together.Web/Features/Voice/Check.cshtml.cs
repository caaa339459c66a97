using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Voice;

public sealed class CheckModel(TogetherDbContext db, ResponseJourneys journeys, TimeProvider clock) : PageModel
{
    public Journey? Journey { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string key, CancellationToken ct)
    {
        Journey = await journeys.FindAsync(slug, key, ct);
        if (Journey is null)
        {
            return NotFound();
        }

        if (Journey.Draft.ResponseId is not null)
        {
            return Redirect(Journey.DonePath);
        }

        return Journey.Consultation.AcceptsAnswers(clock.GetUtcNow().UtcDateTime) ? Page() : Redirect($"/have-your-say/{slug}");
    }

    public async Task<IActionResult> OnPostAsync(string slug, string key, CancellationToken ct)
    {
        Journey = await journeys.FindAsync(slug, key, ct);
        if (Journey is null)
        {
            return NotFound();
        }

        var draft = Journey.Draft;
        if (draft.ResponseId is not null)
        {
            return Redirect(Journey.DonePath);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (!Journey.Consultation.AcceptsAnswers(now))
        {
            return Redirect($"/have-your-say/{slug}");
        }

        var missing = SurveyLogic.FirstMissing(Journey.Survey, Journey.Answers);
        if (missing is not null)
        {
            ModelState.AddModelError("answers", $"Answer \"{missing.TextFor(draft.EasyRead)}\" before you send your answers");
            return Page();
        }

        var flagged = Journey.Flagged;
        var response = new SurveyResponse
        {
            Id = Guid.NewGuid(),
            ConsultationId = Journey.Consultation.Id,
            SurveyVersionId = Journey.Version.Id,
            DraftKeyHash = draft.KeyHash,
            EasyRead = draft.EasyRead,
            SubmittedAt = now,
        };
        db.SurveyResponses.Add(response);
        foreach (var (questionId, values) in SurveyLogic.EffectiveAnswers(Journey.Survey, Journey.Answers))
        {
            foreach (var value in values)
            {
                db.ResponseAnswers.Add(new ResponseAnswer { Id = Guid.NewGuid(), ResponseId = response.Id, QuestionId = questionId, Value = value, Flagged = flagged.Contains(questionId) });
            }
        }

        draft.ResponseId = response.Id;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two submits at once: the unique draft key let exactly one response in. Show the same confirmation.
            return Redirect(Journey.DonePath);
        }

        return Redirect(Journey.DonePath);
    }
}
