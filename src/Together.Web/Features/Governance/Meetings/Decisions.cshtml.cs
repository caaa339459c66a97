using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance.Meetings;

/// <summary>The decisions register: every decision, why, what else was considered, and who decided. Exempt ones only for the board.</summary>
public sealed class DecisionsModel(TogetherDbContext db, PlanLinks planLinks) : PageModel
{
    public List<Decision> Decisions { get; private set; } = [];

    public Dictionary<string, PlanLinks.Link> Links { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var query = db.Decisions.Include(d => d.Meeting).ThenInclude(m => m!.Board).Include(d => d.AgendaItem).AsQueryable();
        if (!Agendas.CanSeeExempt(User))
        {
            query = query.Where(d => !d.AgendaItem!.IsExempt);
        }

        Decisions = (await query.ToListAsync(HttpContext.RequestAborted)).OrderByDescending(d => d.Meeting!.StartsAt).ThenBy(d => d.Title).ToList();
        Links = await planLinks.ResolveAsync(Decisions.SelectMany(d => (d.PlanLinks ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), HttpContext.RequestAborted);
    }
}
