using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Governance;
using Together.Web.Features.Outcomes;
using Together.Web.Features.Outcomes.TurnTheCurve;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Data.TurnTheCurve;

/// <summary>
/// One action of a turn-the-curve plan: its dated updates and a form to add one or change the status. The same action is
/// in the board's action log (/meetings/actions); this page lets the indicator's owners keep it up to date.
/// </summary>
public sealed class ActionModel(TogetherDbContext db, TurnTheCurveService service, TimeProvider clock) : PageModel
{
    public Indicator Indicator { get; private set; } = null!;
    public BoardAction Action { get; private set; } = null!;

    [BindProperty] public string? Update { get; set; }
    [BindProperty] public ActionStatus? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Status = Action.Status;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, id, cancellationToken) is { } refusal)
        {
            return refusal;
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

        if (Status is null || !Enum.IsDefined(Status.Value))
        {
            ModelState.AddModelError(nameof(Status), "Select the action's status");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // A repeated submit of the same update is stored once (as on the board's action log).
        if (!(Action.Updates.Any(u => u.Text == Update && u.At > now.AddMinutes(-10)) && Action.Status == Status))
        {
            var update = new ActionUpdate { Id = Guid.NewGuid(), ActionId = id, At = now, By = User.Identity?.Name ?? "unknown", Text = Update! };
            db.ActionUpdates.Add(update);
            if (Status != Action.Status)
            {
                Action.Status = Status!.Value;
                Action.ClosedAt = Action.IsOpen ? null : now;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        TempData["CurveMessage"] = "Update saved.";
        return Redirect($"/data/turn-the-curve/{Indicator.Code}/actions/{id}");
    }

    private async Task<IActionResult?> LoadAsync(string code, Guid id, CancellationToken cancellationToken)
    {
        var (result, indicator) = await CurveAccess.CheckAsync(db, service, User, code, cancellationToken);
        if (result == CurveAccessResult.NotFound)
        {
            return NotFound();
        }

        var action = await db.BoardActions.Include(a => a.Updates).Include(a => a.OwnerOrganisation)
            .FirstOrDefaultAsync(a => a.Id == id && a.TurnTheCurvePlan!.IndicatorId == indicator!.Id, cancellationToken);
        if (action is null)
        {
            return NotFound();
        }

        if (result == CurveAccessResult.Forbidden)
        {
            return Forbid();
        }

        Indicator = indicator!;
        Action = action;
        return null;
    }
}
