using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.Voice;

public sealed class DoneModel(ResponseJourneys journeys) : PageModel
{
    public Journey? Journey { get; private set; }

    /// <summary>Set when someone came back to send again (Back, another tab): the answers were kept once, and they are told so.</summary>
    [BindProperty(SupportsGet = true, Name = "already")]
    public bool AlreadySent { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, string key, CancellationToken ct)
    {
        Journey = await journeys.FindAsync(slug, key, ct);
        if (Journey is null)
        {
            return NotFound();
        }

        return Journey.Draft.ResponseId is null ? Redirect(Journey.CheckPath) : Page();
    }
}
