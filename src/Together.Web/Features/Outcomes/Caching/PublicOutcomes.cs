using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Together.Web.Features.Areas;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Outcomes.Caching;

/// <summary>
/// The public read model of the outcomes pages, kept in memory. At national scale (1.8 million figures) building the
/// scorecard reads tens of thousands of figures and runs a trend test for every indicator; the public sees the same answer
/// until a figure changes. Any save that touches an indicator, figure, comparator figure or area empties the cache at once
/// on this server (<see cref="OutcomesChangeWatcher"/>); other servers see a change within <see cref="Lifetime"/>, as with
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

/// <summary>Empties the public outcomes cache whenever a save touches what the public outcomes pages show.</summary>
public sealed class OutcomesChangeWatcher : SaveChangesInterceptor
{
    private static bool Touches(DbContext? context) =>
        context is not null && context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted &&
            e.Entity is Indicator or IndicatorValue or ComparatorFigure or Area);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> Pending = [];

    // Invalidated before the save (so no reader caches a half-written state under the new generation) and again after
    // it is committed (so a reader that loaded during the save cannot keep the old figures).
    private static void Mark(DbContext? context)
    {
        if (Touches(context))
        {
            Pending.AddOrUpdate(context!, Pending);
            PublicOutcomes.Invalidate();
        }
    }

    private static void Release(DbContext? context)
    {
        if (context is not null && Pending.TryGetValue(context, out _))
        {
            Pending.Remove(context);
            PublicOutcomes.Invalidate();
        }
    }
}
