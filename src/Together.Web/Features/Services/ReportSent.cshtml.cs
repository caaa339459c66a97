using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.Services;

/// <summary>Thanks, with a reference; shows where to get help now when the report was flagged.</summary>
public sealed class ReportSentModel(TogetherDbContext db) : PageModel
{
    public string Reference { get; private set; } = "";
    public bool NeedsHelp { get; private set; }
    public bool WantsReply { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid report, CancellationToken ct)
    {
        var found = await db.DirectoryServiceReports.AsNoTracking().Where(r => r.Id == report && r.ServiceId == id)
            .Select(r => new { r.Id, r.ScreeningStatus, HasEmail = r.Email != null }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return NotFound();
        }

        Reference = "SR-" + found.Id.ToString("N")[..8].ToUpperInvariant();
        NeedsHelp = found.ScreeningStatus == ScreeningStatus.Flagged;
        WantsReply = found.HasEmail;
        return Page();
    }
}
