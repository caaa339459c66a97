using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Governance;
using Together.Web.Features.Organisations;
using Together.Web.Features.Outcomes;
using Together.Web.Features.Outcomes.TurnTheCurve;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Data.TurnTheCurve;

/// <summary>Adds an action to an indicator's turn-the-curve plan, as an entry in the governance action log.</summary>
public sealed class NewActionModel(TogetherDbContext db, TurnTheCurveService service, TimeProvider clock) : PageModel
{
    public Indicator Indicator { get; private set; } = null!;
    public List<Organisation> Organisations { get; private set; } = [];

    [BindProperty] public Guid Token { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public Guid? OwnerOrganisationId { get; set; }
    [BindProperty] public string? OwnerName { get; set; }
    [BindProperty] public string? OwnerEmail { get; set; }
    [BindProperty] public string? Day { get; set; }
    [BindProperty] public string? Month { get; set; }
    [BindProperty] public string? Year { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Token = Guid.NewGuid();
        OwnerOrganisationId = Indicator.DataOwnerId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        // The form's token becomes the action's id, so a repeated submit stores the action once.
        if (Token == Guid.Empty || await db.BoardActions.AnyAsync(a => a.Id == Token, cancellationToken))
        {
            return Redirect($"/data/turn-the-curve/{Indicator.Code}");
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

        var plan = await service.FindOrCreateAsync(Indicator, cancellationToken);
        if (db.Entry(plan).State == EntityState.Added)
        {
            plan.DraftUpdatedBy = User.Identity?.Name ?? "unknown";
        }

        db.BoardActions.Add(new BoardAction
        {
            Id = Token,
            TurnTheCurvePlanId = plan.Id,
            Title = Title!,
            OwnerOrganisationId = OwnerOrganisationId!.Value,
            OwnerName = OwnerName!,
            OwnerEmail = OwnerEmail!,
            DueDate = due,
            Status = ActionStatus.Open,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData["CurveMessage"] = "Action added to the action plan and the action log.";
        return Redirect($"/data/turn-the-curve/{Indicator.Code}");
    }

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var (result, indicator) = await CurveAccess.CheckAsync(db, service, User, code, cancellationToken);
        if (result != CurveAccessResult.Allowed)
        {
            return result == CurveAccessResult.NotFound ? NotFound() : Forbid();
        }

        Indicator = indicator!;
        Organisations = await db.Organisations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Name).ToListAsync(cancellationToken);
        return null;
    }
}
