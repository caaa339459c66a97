using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Voice;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations;

public sealed class PreviewModel(TogetherDbContext db) : PageModel
{
    public Consultation? Consultation { get; private set; }

    public SurveyDefinition Survey { get; private set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool EasyRead { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (Consultation is null)
        {
            return NotFound();
        }

        var version = await ResponseJourneys.LatestVersionAsync(db, id, ct);
        Survey = version is null ? new SurveyDefinition() : SurveyDefinition.FromJson(version.DefinitionJson);
        return Page();
    }
}
