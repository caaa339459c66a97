using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance.Admin;

public sealed class NewDecisionModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public List<AgendaItem> Items { get; private set; } = [];

    [BindProperty] public Guid Token { get; set; }
    [BindProperty] public Guid? AgendaItemId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Reasons { get; set; }
    [BindProperty] public string? OptionsConsidered { get; set; }
    [BindProperty] public string? DecidedBy { get; set; }
    [BindProperty] public string? PlanLinks { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Token = Guid.NewGuid();
        DecidedBy = Meeting.Board?.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Token == Guid.Empty || await db.Decisions.AnyAsync(d => d.Id == Token))
        {
            return Redirect($"/admin/meetings/{id}");
        }

        if (Meeting.Status is MeetingStatus.Draft or MeetingStatus.AgendaPublished)
        {
            ModelState.AddModelError(string.Empty, "Decisions can be recorded once the meeting has been held");
        }

        if (AgendaItemId is null || Items.All(i => i.Id != AgendaItemId))
        {
            ModelState.AddModelError(nameof(AgendaItemId), "Select the agenda item the decision was made under");
        }

        Title = Check(Title, nameof(Title), "Enter a short title for the decision", 200);
        Text = Check(Text, nameof(Text), "Enter what was decided", 5000);
        Reasons = Check(Reasons, nameof(Reasons), "Enter the reasons for the decision", 5000);
        OptionsConsidered = Check(OptionsConsidered, nameof(OptionsConsidered), null, 5000);
        DecidedBy = Check(DecidedBy, nameof(DecidedBy), "Enter who made the decision", 200);
        PlanLinks = Check(PlanLinks, nameof(PlanLinks), null, 1000);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Decisions.Add(new Decision
        {
            Id = Token,
            MeetingId = id,
            AgendaItemId = AgendaItemId!.Value,
            Title = Title!,
            Text = Text!,
            Reasons = Reasons!,
            OptionsConsidered = OptionsConsidered,
            DecidedBy = DecidedBy!,
            PlanLinks = PlanLinks,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        return Redirect($"/admin/meetings/{id}");
    }

    private string? Check(string? value, string field, string? emptyMessage, int max)
    {
        var cleaned = FormInput.Clean(value);
        if (cleaned is null && emptyMessage is not null)
        {
            ModelState.AddModelError(field, emptyMessage);
        }
        else if (cleaned?.Length > max)
        {
            ModelState.AddModelError(field, $"This must be {max:N0} characters or fewer");
        }

        return cleaned;
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var meeting = await db.Meetings.Include(m => m.Board).FirstOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
        {
            return false;
        }

        Meeting = meeting;
        Items = await db.AgendaItems.Where(i => i.MeetingId == id).OrderBy(i => i.Position).ToListAsync();
        return true;
    }
}
