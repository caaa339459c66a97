using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.YouthCouncil;

/// <summary>
/// Every challenge the Youth Council raised, the board's answer and what changed, in plain words (Lundy model:
/// audience — who heard it, and influence — what happened because of it). Exempt decisions are never linked here.
/// </summary>
public sealed class ChallengesModel(TogetherDbContext db) : PageModel
{
    public List<Challenge> Challenges { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Challenges = (await db.Challenges
            .Include(c => c.Meeting).ThenInclude(m => m!.Board)
            .Include(c => c.Decision).ThenInclude(d => d!.AgendaItem)
            .Include(c => c.Action).ThenInclude(a => a!.AgendaItem)
            .ToListAsync(HttpContext.RequestAborted))
            .OrderByDescending(c => c.CreatedAt)
            .ToList();
    }
}
