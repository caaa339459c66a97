using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance.Admin;

/// <summary>The agenda builder and the record of the meeting: items, publication, attendance, minutes approval.</summary>
public sealed class ManageModel(TogetherDbContext db, MeetingService meetings, TimeProvider clock) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public List<AgendaItem> Items { get; private set; } = [];

    public List<BoardMembership> Members { get; private set; } = [];

    public Dictionary<Guid, Attendance> AttendanceByMember { get; private set; } = [];

    public List<Decision> Decisions { get; private set; } = [];

    public List<BoardAction> Actions { get; private set; } = [];

    public Meeting? Previous { get; private set; }

    public DateOnly Deadline { get; private set; }

    public bool WouldBeLate { get; private set; }

    public bool HasStarted { get; private set; }

    [BindProperty] public string? LateReason { get; set; }

    [TempData] public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMoveAsync(Guid id, Guid itemId, string direction)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var item = Items.FirstOrDefault(i => i.Id == itemId);
        if (item is null)
        {
            return NotFound();
        }

        var index = Items.IndexOf(item);
        var swapWith = direction == "up" ? index - 1 : index + 1;
        if (swapWith >= 0 && swapWith < Items.Count)
        {
            (Items[index].Position, Items[swapWith].Position) = (Items[swapWith].Position, Items[index].Position);
            Agendas.Renumber(Items);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        return Redirect($"/admin/meetings/{id}#agenda");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid itemId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var item = Items.FirstOrDefault(i => i.Id == itemId);
        if (item is null)
        {
            // Already removed (a repeated submit): nothing more to do.
            return Redirect($"/admin/meetings/{id}#agenda");
        }

        var why = Agendas.WhyNotRemovable(item);
        if (why is not null)
        {
            ModelState.AddModelError(string.Empty, why);
            return Page();
        }

        if (await db.Decisions.AnyAsync(d => d.AgendaItemId == itemId) || await db.BoardActions.AnyAsync(a => a.AgendaItemId == itemId))
        {
            ModelState.AddModelError(string.Empty, $"\"{item.Title}\" has decisions or actions recorded against it and cannot be removed");
            return Page();
        }

        db.AgendaItems.Remove(item);
        Items.Remove(item);
        Agendas.Renumber(Items);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Notice = $"Removed \"{item.Title}\" from the agenda.";
        return Redirect($"/admin/meetings/{id}");
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Meeting.Status != MeetingStatus.Draft)
        {
            return Redirect($"/admin/meetings/{id}");
        }

        if (LateReason?.Length > 1000)
        {
            ModelState.AddModelError(nameof(LateReason), "The reason must be 1,000 characters or fewer");
            return Page();
        }

        var problems = await meetings.PublishAsync(Meeting, LateReason, HttpContext.RequestAborted);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError(problem.StartsWith("Enter the reason", StringComparison.Ordinal) ? nameof(LateReason) : string.Empty, problem);
            }

            return Page();
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Notice = "The agenda is published.";
        return Redirect($"/admin/meetings/{id}");
    }

    public async Task<IActionResult> OnPostHeldAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Meeting.Status == MeetingStatus.AgendaPublished)
        {
            if (!HasStarted)
            {
                ModelState.AddModelError(string.Empty, "A meeting can be marked as held only once it has started");
                return Page();
            }

            Meeting.Status = MeetingStatus.Held;
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            Notice = "The meeting is marked as held. Record attendance, minutes, decisions and actions.";
        }

        return Redirect($"/admin/meetings/{id}");
    }

    /// <summary>At this meeting, the board approves the draft minutes of its previous meeting.</summary>
    public async Task<IActionResult> OnPostApproveMinutesAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Previous is null || Previous.Status == MeetingStatus.MinutesApproved)
        {
            return Redirect($"/admin/meetings/{id}");
        }

        if (Previous.Status != MeetingStatus.Held || Meeting.Status != MeetingStatus.Held)
        {
            ModelState.AddModelError(string.Empty, "Minutes can be approved only at a meeting that has been held, for a previous meeting that has been held");
            return Page();
        }

        var previousItems = await db.AgendaItems.Where(i => i.MeetingId == Previous.Id).ToListAsync(HttpContext.RequestAborted);
        if (previousItems.Any(i => i.MinutesStatus == MinutesStatus.None))
        {
            ModelState.AddModelError(string.Empty, "Every item of the previous meeting needs draft minutes before they can be approved");
            return Page();
        }

        foreach (var item in previousItems)
        {
            item.MinutesStatus = MinutesStatus.Approved;
        }

        Previous.Status = MeetingStatus.MinutesApproved;
        Previous.MinutesApprovedAt = clock.GetUtcNow().UtcDateTime;
        Previous.MinutesApprovedAtMeetingId = Meeting.Id;
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Notice = "The minutes of the previous meeting are approved and published.";
        return Redirect($"/admin/meetings/{id}");
    }

    public async Task<IActionResult> OnPostAttendanceAsync(Guid id, Dictionary<Guid, AttendanceStatus> status, Dictionary<Guid, string?> deputy)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        foreach (var member in Members)
        {
            if (!status.TryGetValue(member.Id, out var value))
            {
                continue;
            }

            var name = FormInput.Clean(deputy.GetValueOrDefault(member.Id));
            if (name?.Length > 200)
            {
                ModelState.AddModelError(string.Empty, $"The deputy's name for {member.PersonName} must be 200 characters or fewer");
                return Page();
            }

            if (!AttendanceByMember.TryGetValue(member.Id, out var record))
            {
                record = new Attendance { Id = Guid.NewGuid(), MeetingId = id, MembershipId = member.Id };
                db.MeetingAttendance.Add(record);
            }

            record.Status = value;
            record.DeputyName = value == AttendanceStatus.Apologies ? name : null;
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Notice = "Attendance saved.";
        return Redirect($"/admin/meetings/{id}#attendance");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var meeting = await db.Meetings.Include(m => m.Board).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return false;
        }

        Meeting = meeting;
        Items = await db.AgendaItems.Where(i => i.MeetingId == id).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        var day = MeetingTimes.LocalDate(meeting.StartsAt);
        Members = (await db.BoardMemberships.Include(m => m.Organisation).Where(m => m.BoardId == meeting.BoardId).ToListAsync(cancellationToken))
            .Where(m => m.IsCurrentOn(day) && m.Role != BoardRole.Deputy).OrderBy(m => m.Role).ThenBy(m => m.PersonName).ToList();
        AttendanceByMember = await db.MeetingAttendance.Where(a => a.MeetingId == id).ToDictionaryAsync(a => a.MembershipId, cancellationToken);
        Decisions = await db.Decisions.Where(d => d.MeetingId == id).OrderBy(d => d.RecordedAt).ToListAsync(cancellationToken);
        Actions = await db.BoardActions.Where(a => a.MeetingId == id).OrderBy(a => a.DueDate).ToListAsync(cancellationToken);
        Previous = await meetings.PreviousMeetingAsync(meeting, cancellationToken);
        Deadline = meetings.PublicationDeadline(meeting);
        WouldBeLate = meetings.WouldBeLate(meeting);
        HasStarted = clock.GetUtcNow().UtcDateTime >= meeting.StartsAt;
        return true;
    }
}
