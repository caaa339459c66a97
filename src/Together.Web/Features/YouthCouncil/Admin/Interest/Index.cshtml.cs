using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.YouthCouncil.Admin.Interest;

/// <summary>The participation team's inbox of young people who would like to join the Youth Council.</summary>
public sealed class IndexModel(TogetherDbContext db) : PageModel
{
    public List<YouthCouncilInterest> Items { get; private set; } = [];

    public Dictionary<string, string> Places { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Items = (await db.YouthCouncilInterests.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(i => i.Status).ThenByDescending(i => i.ReceivedAt).ToList();
        Places = await db.Areas.AsNoTracking().Where(a => a.Kind == Areas.AreaKind.Locality).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
    }

    public string Place(string id) => Places.GetValueOrDefault(id) ?? "Not sure, or somewhere else";
}
