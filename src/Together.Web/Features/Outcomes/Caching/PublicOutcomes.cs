using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Together.Web.Features.Areas;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Outcomes.Caching;

/// <summary>
/// The public read model of the outcomes pages, kept in memory. At national scale (1.8 million figures) building the
/// scorecard reads tens of thousands of figures and runs a trend test for every indicator; the public sees the same answer
/// until a figure changes. Any save that touches an indicator, figure, comparator figure or area empties the cache at once
/// on this server (a <see cref="Infrastructure.Caching.ChangeWatcher"/> set up in TurnTheCurveSetup); other servers see a change within <see cref="Lifetime"/>, as with
/// PlanReader's public view. Only public (disclosure-controlled) data is cached; staff views are always read fresh.
/// </summary>
public sealed class PublicOutcomes(TogetherDbContext db, OutcomesReader reader, IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private static long generation;

    public static void Invalidate() => Interlocked.Increment(ref generation);

    /// <summary>Every published indicator summarised for the public, in code order.</summary>
    public Task<IReadOnlyList<IndicatorSummary>> ScorecardAsync(CancellationToken cancellationToken) =>
        GetAsync("scorecard", async () =>
        {
            var indicators = await db.Indicators.AsNoTracking().Where(i => i.IsPublished).OrderBy(i => i.Code).ToListAsync(cancellationToken);
            var data = await reader.LoadScorecardAsync(indicators, Audience.Public, cancellationToken);
            return (IReadOnlyList<IndicatorSummary>)data.Select(d => reader.Summarise(d)).ToList();
        });

    /// <summary>A published indicator with everything the public may see of it, or null.</summary>
    public Task<(Indicator Indicator, IndicatorData Data, IndicatorSummary Summary)?> IndicatorAsync(string code, CancellationToken cancellationToken) =>
        GetAsync("indicator:" + code, async () =>
        {
            var indicator = await db.Indicators.AsNoTracking().Include(i => i.DataOwner).FirstOrDefaultAsync(i => i.Code == code && i.IsPublished, cancellationToken);
            if (indicator is null)
            {
                return ((Indicator, IndicatorData, IndicatorSummary)?)null;
            }

            var data = await reader.LoadAsync(indicator, Audience.Public, cancellationToken);
            return (indicator, data, reader.Summarise(data, AreaDemoSeeder.CheshireEast));
        });

    private async Task<T> GetAsync<T>(string name, Func<Task<T>> load)
    {
        var key = $"outcomes:{Interlocked.Read(ref generation)}:{name}";
        if (cache.TryGetValue(key, out T? cached))
        {
            return cached!;
        }

        var value = await load();
        cache.Set(key, value, Lifetime);
        return value;
    }
}
