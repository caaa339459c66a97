using Together.Web.Infrastructure.Caching;

namespace Together.Tests.Foundation;

public sealed class BatchCacheTests
{
    private const long ValueBytes = 1_000;

    private static List<Guid> Ids(int count) => Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();

    private static async Task<List<Guid>> MissingAsync(BatchCache<string> cache, long generation, List<Guid> ids)
    {
        var loaded = new List<Guid>();
        var found = await cache.GetManyAsync(generation, ids, missing =>
        {
            loaded.AddRange(missing);
            return Task.FromResult(missing.Select(id => KeyValuePair.Create(id, id.ToString())));
        });
        Assert.Equal(ids.Count, found.Count);
        return loaded;
    }

    [Fact]
    public async Task Values_kept_are_not_loaded_again_until_the_generation_changes()
    {
        using var cache = new BatchCache<string>(100 * (ValueBytes + BatchCache<string>.EntryBytes), TimeSpan.FromMinutes(10), _ => ValueBytes);
        var ids = Ids(20);

        Assert.Equal(20, (await MissingAsync(cache, 1, ids)).Count);
        Assert.Empty(await MissingAsync(cache, 1, ids));
        Assert.Equal(20, (await MissingAsync(cache, 2, ids)).Count);
    }

    [Fact]
    public async Task What_is_kept_stays_within_its_memory_bound()
    {
        // Room for ten values of this size, however many are asked for.
        using var cache = new BatchCache<string>(10 * (ValueBytes + BatchCache<string>.EntryBytes), TimeSpan.FromMinutes(10), _ => ValueBytes);
        var ids = Ids(50);

        await MissingAsync(cache, 1, ids);
        var loadedAgain = await MissingAsync(cache, 1, ids);

        Assert.True(loadedAgain.Count >= 40, $"{50 - loadedAgain.Count} of 50 values were kept; room for 10");
    }
}
