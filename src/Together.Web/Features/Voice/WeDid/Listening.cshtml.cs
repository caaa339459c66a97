using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.Voice.WeDid;

/// <summary>A consultation's Lundy-model record: Space, Voice, Audience and Influence.</summary>
public sealed class ListeningModel(WeDidReader reader) : PageModel
{
    public ListeningView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var view = await reader.ListeningAsync(slug, ct);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
