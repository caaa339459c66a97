using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance.Actions;

/// <summary>One action: its dated updates, and a form for board members to add an update or change its status.</summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class ActionModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public BoardAction Action { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    [BindProperty] public string? Update { get; set; }
    [BindProperty] public ActionStatus? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Status = Action.Status;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Update = FormInput.Clean(Update);
        if (Update is null)
        {
            ModelState.AddModelError(nameof(Update), "Enter an update");
        }
        else if (Update.Length > 2000)
        {
            ModelState.AddModelError(nameof(Update), "The update must be 2,000 characters or fewer");
        }

        if (Status is null)
        {
            ModelState.AddModelError(nameof(Status), "Select the action's status");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // A repeated submit of the same update is stored once.
        if (Action.Updates.Any(u => u.Text == Update && u.At > now.AddMinutes(-10)) && Action.Status == Status)
        {
            return Redirect($"/meetings/actions/{id}");
        }

        var by = User.Identity?.Name ?? "Board member";
        Action.Updates.Add(new ActionUpdate { Id = Guid.NewGuid(), ActionId = id, At = now, By = by, Text = Update! });
        db.Entry(Action.Updates[^1]).State = EntityState.Added;
        if (Status != Action.Status)
        {
            Action.Status = Status!.Value;
            Action.ClosedAt = Action.IsOpen ? null : now;
        }

        await db.SaveChangesAsync();
        return Redirect($"/meetings/actions/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        Today = MeetingTimes.Today(clock);
        var action = await db.BoardActions.Include(a => a.Updates).Include(a => a.OwnerOrganisation).Include(a => a.Meeting).ThenInclude(m => m!.Board).Include(a => a.AgendaItem).Include(a => a.TurnTheCurvePlan).ThenInclude(p => p!.Indicator)
            .FirstOrDefaultAsync(a => a.Id == id);
        if (action is null)
        {
            return false;
        }

        Action = action;
        return true;
    }
}
