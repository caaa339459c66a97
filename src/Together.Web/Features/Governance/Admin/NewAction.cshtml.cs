using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Organisations;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance.Admin;

public sealed class NewActionModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public List<AgendaItem> Items { get; private set; } = [];

    public List<Organisation> Organisations { get; private set; } = [];

    [BindProperty] public Guid Token { get; set; }
    [BindProperty] public Guid? AgendaItemId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public Guid? OwnerOrganisationId { get; set; }
    [BindProperty] public string? OwnerName { get; set; }
    [BindProperty] public string? OwnerEmail { get; set; }
    [BindProperty] public string? Day { get; set; }
    [BindProperty] public string? Month { get; set; }
    [BindProperty] public string? Year { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Token = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Token == Guid.Empty || await db.BoardActions.AnyAsync(a => a.Id == Token))
        {
            return Redirect($"/admin/meetings/{id}");
        }

        if (AgendaItemId is null || Items.All(i => i.Id != AgendaItemId))
        {
            ModelState.AddModelError(nameof(AgendaItemId), "Select the agenda item the action came from");
        }

        Title = FormInput.Clean(Title);
        if (Title is null)
        {
            ModelState.AddModelError(nameof(Title), "Enter the action");
        }
        else if (Title.Length > 500)
        {
            ModelState.AddModelError(nameof(Title), "The action must be 500 characters or fewer");
        }

        if (OwnerOrganisationId is null || Organisations.All(o => o.Id != OwnerOrganisationId))
        {
            ModelState.AddModelError(nameof(OwnerOrganisationId), "Select the organisation that owns the action");
        }

        OwnerName = FormInput.Clean(OwnerName);
        if (OwnerName is null || OwnerName.Length > 200)
        {
            ModelState.AddModelError(nameof(OwnerName), "Enter the name of the person who owns the action (200 characters or fewer)");
        }

        OwnerEmail = FormInput.Clean(OwnerEmail);
        if (OwnerEmail is null || OwnerEmail.Length > 320 || !OwnerEmail.Contains('@', StringComparison.Ordinal) || OwnerEmail.StartsWith('@') || OwnerEmail.EndsWith('@'))
        {
            ModelState.AddModelError(nameof(OwnerEmail), "Enter the owner's email address, like name@example.org");
        }

        if (!FormInput.TryDate(Day, Month, Year, out var due))
        {
            ModelState.AddModelError(nameof(Day), "Enter a real due date, for example 31 1 2027");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.BoardActions.Add(new BoardAction
        {
            Id = Token,
            MeetingId = id,
            AgendaItemId = AgendaItemId!.Value,
            Title = Title!,
            OwnerOrganisationId = OwnerOrganisationId!.Value,
            OwnerName = OwnerName!,
            OwnerEmail = OwnerEmail!,
            DueDate = due,
            Status = ActionStatus.Open,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        return Redirect($"/admin/meetings/{id}");
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
        Organisations = await db.Organisations.Where(o => o.IsActive).OrderBy(o => o.Name).ToListAsync();
        return true;
    }
}
