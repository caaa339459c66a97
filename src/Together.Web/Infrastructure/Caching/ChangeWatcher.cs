using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Together.Web.Infrastructure.Caching;

/// <summary>
/// Empties an in-memory cache on this server whenever a save adds, changes or removes an entity the cache is built
/// from. Each feature's cache keeps a generation number in its keys and gives its own invalidate action; other servers
/// see the change when their entries expire.
/// </summary>
public sealed class ChangeWatcher(Func<object, bool> watches, Action invalidate) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> pending = [];

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

    private bool Touches(DbContext? context) =>
        context is not null && context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && watches(e.Entity));

    // Invalidated before the save (so no reader caches a half-written state under the new generation) and again after
    // it is committed (so a reader that loaded during the save cannot keep what was there before).
    private void Mark(DbContext? context)
    {
        if (Touches(context))
        {
            pending.AddOrUpdate(context!, pending);
            invalidate();
        }
    }

    private void Release(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out _))
        {
            pending.Remove(context);
            invalidate();
        }
    }
}
