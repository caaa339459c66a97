using Microsoft.Extensions.Caching.Memory;

namespace Together.Web.Infrastructure.Caching;

/// <summary>
/// A bounded, read-through cache for things shown a page at a time and looked up by id: the ids already kept come from
/// memory, the rest are loaded in one batch. What is kept is bounded by memory (<c>maxBytes</c>, counting each value
/// at <c>sizeOf</c>, an estimate, plus <see cref="EntryBytes"/>), so many different lookups cannot fill the memory
/// however large the values are. The caller's generation number is part of each key, so bumping it (from a
/// <see cref="ChangeWatcher"/>) drops everything at once on this server; entries also expire after <c>lifetime</c>.
/// The cached values are shared between requests and must only be read.
/// </summary>
public sealed class BatchCache<TValue>(long maxBytes, TimeSpan lifetime, Func<TValue, long> sizeOf) : IDisposable
    where TValue : class
{
    /// <summary>What keeping an entry costs besides its value: the cache's own entry and the boxed key, about.</summary>
    public const long EntryBytes = 200;

    private readonly MemoryCache entries = new(new MemoryCacheOptions { SizeLimit = maxBytes });

    public async Task<IReadOnlyDictionary<Guid, TValue>> GetManyAsync(
        long generation, IReadOnlyList<Guid> ids, Func<List<Guid>, Task<IEnumerable<KeyValuePair<Guid, TValue>>>> loadMissing)
    {
        var found = new Dictionary<Guid, TValue>(ids.Count);
        var missing = new List<Guid>();
        foreach (var id in ids)
        {
            if (entries.TryGetValue((generation, id), out TValue? value))
            {
                found[id] = value!;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            foreach (var (id, value) in await loadMissing(missing))
            {
                entries.Set((generation, id), value, new MemoryCacheEntryOptions { Size = sizeOf(value) + EntryBytes, AbsoluteExpirationRelativeToNow = lifetime });
                found[id] = value;
            }
        }

        return found;
    }

    public void Dispose() => entries.Dispose();
}
