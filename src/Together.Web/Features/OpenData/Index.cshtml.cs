using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.OpenData;

/// <summary>What the open data API holds, its licence and how small numbers are protected, for people and developers.</summary>
public sealed class IndexModel(TogetherDbContext db) : PageModel
{
    public int Indicators { get; private set; }
    public string? ExampleCode { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var codes = await db.Indicators.AsNoTracking().Where(i => i.IsPublished).OrderBy(i => i.Code).Select(i => i.Code).ToListAsync(cancellationToken);
        Indicators = codes.Count;
        ExampleCode = codes.FirstOrDefault();
    }
}
