using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Auditing;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance.Meetings;

/// <summary>A PDF paper's accessible summary, as a web page, with the download beside it.</summary>
public sealed class PaperModel(TogetherDbContext db, AuditLog audit) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;
    public AgendaItem Item { get; private set; } = null!;
    public AgendaPaper Paper { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid paperId, CancellationToken ct)
    {
        var paper = await db.AgendaPapers.Include(p => p.AgendaItem).ThenInclude(i => i!.Meeting).ThenInclude(m => m!.Board)
            .FirstOrDefaultAsync(p => p.Id == paperId && p.AgendaItem!.MeetingId == id, ct);
        if (paper is null || !PaperEndpoints.CanRead(paper.AgendaItem!.Meeting!, paper.AgendaItem, User))
        {
            return NotFound();
        }
        if (paper.AgendaItem.IsExempt)
        {
            await audit.RecordViewAsync(nameof(AgendaPaper), paper.Id.ToString(), "Exempt paper's summary shown to a board member or administrator", ct);
        }
        Paper = paper;
        Item = paper.AgendaItem;
        Meeting = paper.AgendaItem.Meeting!;
        return Page();
    }
}
