using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Files;

namespace Together.Web.Features.Governance.Admin;

/// <summary>
/// Uploads a PDF paper for an agenda item. An accessible summary is required with every PDF, so nobody depends on
/// the PDF to know what the board is being asked.
/// </summary>
// The limits are above the 20 MB cap so that a larger file reaches the page and gets a plain answer, not a bare 413.
[RequestSizeLimit(UploadLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimitBytes)]
public sealed class PaperModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public const long MaxPaperBytes = 20 * 1024 * 1024;
    private const long UploadLimitBytes = 128 * 1024 * 1024;

    public Meeting Meeting { get; private set; } = null!;
    public AgendaItem Item { get; private set; } = null!;

    [BindProperty] public Guid Token { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public IFormFile? PdfFile { get; set; }
    [BindProperty] public string? AccessibleSummary { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid itemId)
    {
        if (!await LoadAsync(id, itemId))
        {
            return NotFound();
        }
        Token = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid itemId, CancellationToken ct)
    {
        if (!await LoadAsync(id, itemId))
        {
            return NotFound();
        }
        if (await db.AgendaPapers.AnyAsync(p => p.Id == Token, ct))
        {
            return Redirect($"/admin/meetings/{id}/items/{itemId}#papers");
        }

        Title = FormInput.Clean(Title);
        AccessibleSummary = FormInput.Clean(AccessibleSummary);
        if (Title is null)
        {
            ModelState.AddModelError(nameof(Title), "Enter the title of the paper");
        }
        else if (Title.Length > 200)
        {
            ModelState.AddModelError(nameof(Title), "The title must be 200 characters or fewer");
        }

        var pdf = await PdfUpload.ReadAsync(PdfFile, "a PDF of the paper", MaxPaperBytes, ct);
        if (!pdf.IsValid)
        {
            ModelState.AddModelError(nameof(PdfFile), pdf.Error!);
        }

        if (AccessibleSummary is null)
        {
            ModelState.AddModelError(nameof(AccessibleSummary), "Enter an accessible summary of the paper");
        }
        else if (AccessibleSummary.Length > 20000)
        {
            ModelState.AddModelError(nameof(AccessibleSummary), "The summary must be 20,000 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.AgendaPapers.Add(new AgendaPaper
        {
            Id = Token,
            AgendaItemId = Item.Id,
            Title = Title!,
            FileName = Path.GetFileName(PdfFile!.FileName) is { Length: > 0 and <= 260 } name ? name : "paper.pdf",
            SizeBytes = pdf.Content!.LongLength,
            PageCount = pdf.PageCount,
            Content = pdf.Content,
            AccessibleSummary = AccessibleSummary!,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedBy = User.Identity?.Name ?? "unknown",
        });
        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/meetings/{id}/items/{itemId}#papers");
    }

    private async Task<bool> LoadAsync(Guid id, Guid itemId)
    {
        var meeting = await db.Meetings.Include(m => m.Board).FirstOrDefaultAsync(m => m.Id == id);
        var item = await db.AgendaItems.FirstOrDefaultAsync(i => i.Id == itemId && i.MeetingId == id);
        if (meeting is null || item is null)
        {
            return false;
        }
        Meeting = meeting;
        Item = item;
        return true;
    }
}
