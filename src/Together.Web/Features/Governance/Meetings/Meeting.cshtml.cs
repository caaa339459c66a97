using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.YouthCouncil;
using Together.Web.Infrastructure.Auditing;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance.Meetings;

/// <summary>
/// One meeting: agenda, papers, attendance, minutes and decisions. Exempt items (Schedule 12A) show only their
/// number and the paragraph to people who are not board members or administrators.
/// </summary>
public sealed class MeetingModel(TogetherDbContext db, MeetingService meetings, AuditLog audit, PlanLinks planLinks) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public List<AgendaItem> Items { get; private set; } = [];

    public bool CanSeeExempt { get; private set; }

    public List<Decision> Decisions { get; private set; } = [];

    public List<BoardAction> ActionsFromMeeting { get; private set; } = [];

    public List<BoardAction> CarriedForward { get; private set; } = [];

    public List<Challenge> Challenges { get; private set; } = [];

    public List<Attendance> Attendance { get; private set; } = [];

    public DateOnly Deadline { get; private set; }

    public int QuorumCount { get; private set; }

    public Dictionary<string, PlanLinks.Link> Links { get; private set; } = [];

    public ILookup<Guid, PaperListing> Papers { get; private set; } = Array.Empty<PaperListing>().ToLookup(p => p.AgendaItemId);

    public sealed record PaperListing(Guid Id, Guid AgendaItemId, string Title, long SizeBytes, int PageCount);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var meeting = await db.Meetings.Include(m => m.Board).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        Meeting = meeting;
        CanSeeExempt = Agendas.CanSeeExempt(User);
        Deadline = meetings.PublicationDeadline(meeting);
        if (meeting.AgendaIsPublic || CanSeeExempt)
        {
            Items = await db.AgendaItems.Include(i => i.Declarations).Where(i => i.MeetingId == id).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        }

        Decisions = await db.Decisions.Include(d => d.AgendaItem).Where(d => d.MeetingId == id).OrderBy(d => d.RecordedAt).ToListAsync(cancellationToken);
        Challenges = await db.Challenges.Where(c => c.MeetingId == id).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        Attendance = await db.MeetingAttendance.Include(a => a.Membership).ThenInclude(m => m!.Organisation)
            .Where(a => a.MeetingId == id).ToListAsync(cancellationToken);
        QuorumCount = Attendance.Count(a => a.Membership!.CountsTowardsQuorum && (a.Status == AttendanceStatus.Present || (a.Status == AttendanceStatus.Apologies && !string.IsNullOrWhiteSpace(a.DeputyName))));
        if (!CanSeeExempt)
        {
            Decisions = Decisions.Where(d => !d.AgendaItem!.IsExempt).ToList();
        }
        else
        {
            ActionsFromMeeting = await db.BoardActions.Include(a => a.OwnerOrganisation).Where(a => a.MeetingId == id).OrderBy(a => a.DueDate).ToListAsync(cancellationToken);
            CarriedForward = await meetings.CarriedForwardAsync(meeting, cancellationToken);
            if (Items.Any(i => i.IsExempt))
            {
                await audit.RecordViewAsync(nameof(Meeting), id.ToString(), "Exempt agenda items shown to a board member or administrator", cancellationToken);
            }
        }

        var itemIds = Items.Select(i => i.Id).ToList();
        var papers = await db.AgendaPapers.Where(p => itemIds.Contains(p.AgendaItemId)).OrderBy(p => p.UploadedAt)
            .Select(p => new PaperListing(p.Id, p.AgendaItemId, p.Title, p.SizeBytes, p.PageCount)).ToListAsync(cancellationToken);
        Papers = papers.ToLookup(p => p.AgendaItemId);
        Links = await planLinks.ResolveAsync(Items.SelectMany(i => i.PlanLinkIds), cancellationToken);
        return Page();
    }

    public bool ShowsContent(AgendaItem item) => !item.IsExempt || CanSeeExempt;

    public bool ShowsMinutes(AgendaItem item) =>
        ShowsContent(item) && !string.IsNullOrWhiteSpace(item.Minutes)
        && (item.MinutesStatus == MinutesStatus.Approved || (item.MinutesStatus == MinutesStatus.Draft && CanSeeExempt));
}
