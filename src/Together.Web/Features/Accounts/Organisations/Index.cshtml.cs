using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Organisations;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Accounts.Organisations;

/// <summary>The partner organisations people belong to.</summary>
public sealed class IndexModel(TogetherDbContext db) : PageModel
{
    public IReadOnlyList<(Organisation Organisation, int People)> Rows { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        var organisations = await db.Organisations.ToListAsync();
        var counts = await db.Users.Where(u => u.OrganisationId != null)
            .GroupBy(u => u.OrganisationId)
            .Select(g => new { Id = g.Key!.Value, Count = g.Count() })
            .ToDictionaryAsync(x => x.Id, x => x.Count);
        Rows = [.. organisations.OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).Select(o => (o, counts.GetValueOrDefault(o.Id)))];
    }
}
