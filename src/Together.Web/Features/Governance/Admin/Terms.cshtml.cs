using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Documents;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance.Admin;

/// <summary>Edits a board's terms of reference and quorum; each save publishes a new version in the documents library.</summary>
public sealed class TermsModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public Board Board { get; private set; } = null!;

    [BindProperty] public string? TermsOfReference { get; set; }
    [BindProperty] public string? Quorum { get; set; }
    [BindProperty] public string? ChangeNote { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        TermsOfReference = Board.TermsOfReference;
        Quorum = Board.Quorum.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        TermsOfReference = FormInput.Clean(TermsOfReference);
        ChangeNote = FormInput.Clean(ChangeNote);
        if (TermsOfReference is null)
        {
            ModelState.AddModelError(nameof(TermsOfReference), "Enter the terms of reference");
        }
        else if (TermsOfReference.Length > 20000)
        {
            ModelState.AddModelError(nameof(TermsOfReference), "The terms of reference must be 20,000 characters or fewer");
        }
        Quorum = FormInput.Clean(Quorum);
        var quorum = int.TryParse(Quorum, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        if (quorum is < 1 or > 100)
        {
            ModelState.AddModelError(nameof(Quorum), "Enter the quorum as a whole number of members, from 1 to 100");
        }
        if (ChangeNote is null)
        {
            ModelState.AddModelError(nameof(ChangeNote), "Enter what has changed, for example \"Agreed by the board on 12 March 2026\"");
        }
        else if (ChangeNote.Length > 500)
        {
            ModelState.AddModelError(nameof(ChangeNote), "What changed must be 500 characters or fewer");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Board.TermsOfReference = TermsOfReference!;
        Board.Quorum = quorum;
        await Documents.TermsOfReference.PublishAsync(db, Board, ChangeNote!, User.Identity?.Name ?? "unknown", clock.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);
        return Redirect($"/documents/{Documents.TermsOfReference.SlugFor(Board)}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var board = await db.Boards.FirstOrDefaultAsync(b => b.Id == id, ct);
        if (board is null)
        {
            return false;
        }
        Board = board;
        return true;
    }
}
