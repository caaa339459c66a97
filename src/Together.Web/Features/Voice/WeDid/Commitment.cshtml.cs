using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.Voice.WeDid;

public sealed class CommitmentModel(WeDidReader reader) : PageModel
{
    public CommitmentView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var view = await reader.PublishedCommitmentAsync(id, ct);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
