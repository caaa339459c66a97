using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Voice;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations.Analysis;

public sealed class ExportModel(TogetherDbContext db) : PageModel
{
    public Consultation? Consultation { get; private set; }

    public int Responses { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (Consultation is null)
        {
            return NotFound();
        }

        Responses = await db.SurveyResponses.CountAsync(r => r.ConsultationId == id, ct);
        return Page();
    }
}
