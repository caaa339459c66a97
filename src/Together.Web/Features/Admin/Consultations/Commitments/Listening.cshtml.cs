using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Governance;
using Together.Web.Features.Shared;
using Together.Web.Features.Voice;
using Together.Web.Features.Voice.WeDid;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations.Commitments;

/// <summary>
/// Staff write a consultation's Lundy record: Space (how, where, who could take part), Audience (who heard the
/// views and when, with the board meeting where there was one) and the feedback given back. Voice and Influence
/// are filled in from the responses and the commitments.
/// </summary>
public sealed class ListeningModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public Consultation Consultation { get; private set; } = null!;

    public IReadOnlyList<ListeningHearing> Hearings { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Text)> Meetings { get; private set; } = [];

    [BindProperty] public string? HowAndWhere { get; set; }
    [BindProperty] public string? WhoCouldTakePart { get; set; }
    [BindProperty] public string? FeedbackGiven { get; set; }
    [BindProperty] public DateField FeedbackGivenOn { get; set; } = new();

    [BindProperty] public string? HeardBy { get; set; }
    [BindProperty] public DateField HeardOn { get; set; } = new();
    [BindProperty] public Guid? MeetingId { get; set; }
    [BindProperty] public string? HearingNote { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var record = await db.ListeningRecords.AsNoTracking().SingleOrDefaultAsync(r => r.ConsultationId == id, ct);
        HowAndWhere = record?.HowAndWhere;
        WhoCouldTakePart = record?.WhoCouldTakePart;
        FeedbackGiven = record?.FeedbackGiven;
        FeedbackGivenOn = record?.FeedbackGivenOn is { } on ? DateField.From(on) : new DateField();
        return Page();
    }

    public async Task<IActionResult> OnPostRecordAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        HowAndWhere = Forms.Clean(HowAndWhere);
        WhoCouldTakePart = Forms.Clean(WhoCouldTakePart);
        FeedbackGiven = Forms.Clean(FeedbackGiven);
        if (HowAndWhere is null)
        {
            this.AddError(nameof(HowAndWhere), "Enter how and where views were gathered");
        }

        foreach (var (name, value) in new[] { (nameof(HowAndWhere), HowAndWhere), (nameof(WhoCouldTakePart), WhoCouldTakePart), (nameof(FeedbackGiven), FeedbackGiven) })
        {
            if (value?.Length > ListeningRecord.TextMax)
            {
                this.AddError(name, $"This must be {ListeningRecord.TextMax:N0} characters or fewer");
            }
        }

        var (on, dateError, part) = FeedbackGivenOn.Read("The date feedback was given");
        if (dateError is not null)
        {
            this.AddError($"{nameof(FeedbackGivenOn)}.{part}", dateError);
        }
        else if (on is not null && FeedbackGiven is null)
        {
            this.AddError(nameof(FeedbackGiven), "Enter the feedback given, or remove the date");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var record = await db.ListeningRecords.SingleOrDefaultAsync(r => r.ConsultationId == id, ct);
        if (record is null)
        {
            record = new ListeningRecord { ConsultationId = id };
            db.ListeningRecords.Add(record);
        }

        record.HowAndWhere = HowAndWhere!;
        record.WhoCouldTakePart = WhoCouldTakePart ?? "";
        record.FeedbackGiven = FeedbackGiven;
        record.FeedbackGivenOn = on;
        record.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two first saves at once: the consultation's key let one in; the page shows what is stored.
        }

        TempData["Saved"] = "How we listened saved.";
        return Redirect($"/admin/consultations/{id}/listening");
    }

    public async Task<IActionResult> OnPostHearingAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        HeardBy = Forms.Clean(HeardBy);
        HearingNote = Forms.Clean(HearingNote);
        if (HeardBy is null)
        {
            this.AddError(nameof(HeardBy), "Enter who heard the views, like \"Trust Board\"");
        }
        else if (HeardBy.Length > ListeningHearing.TextMax)
        {
            this.AddError(nameof(HeardBy), $"This must be {ListeningHearing.TextMax} characters or fewer");
        }

        var (on, dateError, part) = HeardOn.Read("The date they heard them");
        if (dateError is not null || on is null)
        {
            this.AddError($"{nameof(HeardOn)}.{part}", dateError ?? "Enter the date they heard them");
        }

        if (MeetingId is not null && Meetings.All(m => m.Id != MeetingId))
        {
            this.AddError(nameof(MeetingId), "Select a meeting from the list");
        }

        if (HearingNote?.Length > ListeningHearing.TextMax)
        {
            this.AddError(nameof(HearingNote), $"The note must be {ListeningHearing.TextMax} characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // A repeated submit of the same hearing adds it once.
        if (!Hearings.Any(h => h.HeardBy == HeardBy && h.HeardOn == on && h.MeetingId == MeetingId))
        {
            db.ListeningHearings.Add(new ListeningHearing { Id = Guid.NewGuid(), ConsultationId = id, HeardBy = HeardBy!, HeardOn = on!.Value, MeetingId = MeetingId, Note = HearingNote });
            await db.SaveChangesAsync(ct);
        }

        TempData["Saved"] = "Hearing added.";
        return Redirect($"/admin/consultations/{id}/listening");
    }

    public async Task<IActionResult> OnPostRemoveHearingAsync(Guid id, Guid hearingId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await db.ListeningHearings.Where(h => h.Id == hearingId && h.ConsultationId == id).ExecuteDeleteAsync(ct);
        TempData["Saved"] = "Hearing removed.";
        return Redirect($"/admin/consultations/{id}/listening");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is not { } consultation)
        {
            return false;
        }

        Consultation = consultation;
        Hearings = (await db.ListeningHearings.AsNoTracking().Where(h => h.ConsultationId == id).ToListAsync(ct)).OrderBy(h => h.HeardOn).ToList();
        Meetings = (await db.Meetings.AsNoTracking().Include(m => m.Board).Where(m => m.Status != MeetingStatus.Draft).ToListAsync(ct))
            .OrderByDescending(m => m.StartsAt).Select(m => (m.Id, $"{m.Board?.Name}, {MeetingTimes.Date(m.StartsAt)}")).ToList();
        return true;
    }
}
