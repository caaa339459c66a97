using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.Voice;

public sealed class CheckModel(ResponseJourneys journeys, ResponseWriter writer, TimeProvider clock) : PageModel
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
            return Redirect(Journey.AlreadySentPath);
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
            return Redirect(Journey.AlreadySentPath);
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

        // The same writer as the API: stored with every response that arrived at the same moment, in one durable commit.
        var stored = await writer.StoreAsync(
            new ResponseSubmission(Journey.Consultation.Id, Journey.Version.Id, draft.KeyHash, draft.EasyRead, now, SurveyLogic.EffectiveAnswers(Journey.Survey, Journey.Answers), Journey.Flagged.ToHashSet(StringComparer.Ordinal), FromDraft: true),
            ct);
        // A second send that raced the first (two tabs, a double press) stored nothing new: say so.
        return Redirect(stored.Created ? Journey.DonePath : Journey.AlreadySentPath);
    }
}
