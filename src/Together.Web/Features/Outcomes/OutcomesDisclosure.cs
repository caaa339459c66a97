using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Areas;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Outcomes;

public static class OutcomesDisclosure
{
    /// <summary>The localities whose figures add up to Cheshire East's.</summary>
    public static async Task<IReadOnlyList<string>> LocalitiesAsync(TogetherDbContext db, CancellationToken cancellationToken) =>
        await db.Areas.AsNoTracking()
            .Where(a => a.ParentId == AreaDemoSeeder.CheshireEast && a.Kind == AreaKind.Locality)
            .Select(a => a.Id).ToListAsync(cancellationToken);
}
