using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Voice;

public sealed class StartModel(TogetherDbContext db, ResponseJourneys journeys, TimeProvider clock) : PageModel
{
    public Consultation? Consultation { get; private set; }

    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug && c.Status != ConsultationStatus.Draft, ct);
        return Consultation is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, bool easyRead, CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug && c.Status != ConsultationStatus.Draft, ct);
        if (Consultation is null)
        {
            return NotFound();
        }

        if (!Consultation.AcceptsAnswers(Now) || await ResponseJourneys.LatestVersionAsync(db, Consultation.Id, ct) is null)
        {
            return Page();
        }

        var journey = await journeys.StartAsync(Consultation, easyRead, ct);
        var visible = journey.Visible;
        var first = visible.Count > 0 ? visible[0] : null;
        return Redirect(first is null ? journey.CheckPath : journey.QuestionPath(first));
    }
}
