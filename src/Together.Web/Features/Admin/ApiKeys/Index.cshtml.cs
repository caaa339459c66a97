using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Outcomes;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.ApiKeys;

/// <summary>Every key partners' systems use to send figures, in use and withdrawn.</summary>
public sealed class IndexModel(TogetherDbContext db) : PageModel
{
    public IReadOnlyList<OutcomesApiToken> Keys { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Keys = (await db.OutcomesApiTokens.AsNoTracking().Include(t => t.Organisation).ToListAsync(cancellationToken))
            .OrderBy(t => t.RevokedAt is not null).ThenBy(t => t.Organisation!.Name, StringComparer.Ordinal).ThenByDescending(t => t.CreatedAt).ToList();
    }
}
