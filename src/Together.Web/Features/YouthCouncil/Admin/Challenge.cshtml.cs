using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Governance;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.YouthCouncil.Admin;

/// <summary>Records the board's answer to a challenge, moves it on, and links the decision or action it produced.</summary>
public sealed class ChallengeModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public Challenge Item { get; private set; } = null!;

    public List<Decision> Decisions { get; private set; } = [];

    public List<BoardAction> Actions { get; private set; } = [];

    [BindProperty] public ChallengeStatus? NextStatus { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public Guid? DecisionId { get; set; }
    [BindProperty] public Guid? ActionId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        DecisionId = Item.DecisionId;
        ActionId = Item.ActionId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (NextStatus is null)
        {
            ModelState.AddModelError(nameof(NextStatus), "Select what happens next");
            return Page();
        }

        if (Text?.Length > 2000)
        {
            ModelState.AddModelError(nameof(Text), "This must be 2,000 characters or fewer");
            return Page();
        }

        var history = Item.History.Count;
        var problems = ChallengeFlow.Move(Item, NextStatus.Value, User.Identity?.Name ?? "Administrator", clock.GetUtcNow().UtcDateTime, Text);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError(problem.StartsWith("Enter", StringComparison.Ordinal) ? nameof(Text) : nameof(NextStatus), problem);
            }

            return Page();
        }

        foreach (var added in Item.History.Skip(history))
        {
            db.Entry(added).State = EntityState.Added;
        }

        await db.SaveChangesAsync();
        return Redirect($"/admin/youth-council/challenges/{id}");
    }

    public async Task<IActionResult> OnPostLinkAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (DecisionId is not null && Decisions.All(d => d.Id != DecisionId))
        {
            ModelState.AddModelError(nameof(DecisionId), "Select a decision from the list");
        }

        if (ActionId is not null && Actions.All(a => a.Id != ActionId))
        {
            ModelState.AddModelError(nameof(ActionId), "Select an action from the list");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Item.DecisionId = DecisionId;
        Item.ActionId = ActionId;
        await db.SaveChangesAsync();
        return Redirect($"/admin/youth-council/challenges/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var challenge = await db.Challenges.Include(c => c.History).Include(c => c.Meeting).FirstOrDefaultAsync(c => c.Id == id);
        if (challenge is null)
        {
            return false;
        }

        Item = challenge;
        Decisions = (await db.Decisions.Include(d => d.Meeting).ToListAsync()).OrderByDescending(d => d.Meeting!.StartsAt).ToList();
        Actions = await db.BoardActions.OrderByDescending(a => a.CreatedAt).ToListAsync();
        return true;
    }
}
