using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.ServiceDirectory;

/// <summary>A built index with the keyword results found against it.</summary>
public sealed class IndexedDirectory(ServiceIndex index, int maxKeptPositions = IndexedDirectory.MaxKeptPositions)
{
    /// <summary>Keyword results kept, at most; past this the kept results are dropped and found again as needed.</summary>
    public const int MaxKeptSearches = 1_000;

    /// <summary>
    /// Services found, summed over the kept keyword results, at most (12 bytes each, so about 24 MB): a common word can
    /// find most of the directory, so a count of searches alone would not bound the memory.
    /// </summary>
    public const int MaxKeptPositions = 2_000_000;

    private readonly ConcurrentDictionary<string, TextMatches> textRanks = new(StringComparer.Ordinal);
    private readonly Lock keeping = new();
    private int keptPositions;

    public ServiceIndex Index { get; } = index;

    /// <summary>Keyword results kept by full-text query: index positions and their rank.</summary>
    public bool TryGetTextRanks(string query, out TextMatches matches) => textRanks.TryGetValue(query, out matches!);

    public void KeepTextRanks(string query, TextMatches matches)
    {
        lock (keeping)
        {
            if (textRanks.Count >= MaxKeptSearches || keptPositions + matches.Positions.Length > maxKeptPositions)
            {
                textRanks.Clear();
                keptPositions = 0;
            }

            if (matches.Positions.Length <= maxKeptPositions && textRanks.TryAdd(query, matches))
            {
                keptPositions += matches.Positions.Length;
            }
        }
    }
}

/// <summary>
/// Holds the directory's <see cref="ServiceIndex"/> for the whole server and builds it again when the directory
/// changes. A save on this server that touches anything searchable drops it at once (a
/// <see cref="Infrastructure.Caching.ChangeWatcher"/> set up in DirectorySetup), so the next search sees the change.
/// Changes made through another server are noticed within <see cref="CheckEvery"/>: every so often one search compares
/// the change trail and the services' last-modified dates with those the index was built from.
/// Building reads every service's searchable facts (about 2 s at 100,000 services on 2 cores); only one request builds,
/// and the others wait for it.
/// </summary>
public sealed class ServiceIndexCache(TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long what a search showed (result cards, ORUK list entries) is kept at most. Any change this server sees,
    /// its own saves at once and other servers' within <see cref="CheckEvery"/>, drops them sooner (it bumps
    /// <see cref="Generation"/>); this only bounds how long a change written straight into the database, past the
    /// change trail, can go unseen.
    /// </summary>
    public static readonly TimeSpan KeepResultsFor = TimeSpan.FromMinutes(10);

    private static long generation;

    private readonly SemaphoreSlim building = new(1, 1);
    private Built? current;

    /// <summary>Goes up whenever a save on this server touches anything searchable, or a check finds another server's change.</summary>
    public static long Generation => Interlocked.Read(ref generation);

    public static void Invalidate() => Interlocked.Increment(ref generation);

    public void Dispose() => building.Dispose();

    public async Task<IndexedDirectory> CurrentAsync(TogetherDbContext db, CancellationToken ct)
    {
        var built = Volatile.Read(ref current);
        if (built is not null && built.Generation == Interlocked.Read(ref generation))
        {
            if (clock.GetUtcNow() - built.CheckedAt < CheckEvery || !building.Wait(0, CancellationToken.None))
            {
                // Recently checked, or another request is checking now: this one need not wait.
                return built.Directory;
            }

            try
            {
                if (await StampAsync(db, ct) == built.Stamp)
                {
                    built.CheckedAt = clock.GetUtcNow();
                    return built.Directory;
                }

                // Changed through another server: what was kept from this index's searches goes too.
                Invalidate();
                return (await BuildAsync(db, ct)).Directory;
            }
            finally
            {
                building.Release();
            }
        }

        await building.WaitAsync(ct);
        try
        {
            built = Volatile.Read(ref current);
            if (built is not null && built.Generation == Interlocked.Read(ref generation))
            {
                return built.Directory;
            }

            return (await BuildAsync(db, ct)).Directory;
        }
        finally
        {
            building.Release();
        }
    }

    private sealed class Built(IndexedDirectory directory, long generation, Stamp stamp, DateTimeOffset checkedAt)
    {
        public IndexedDirectory Directory { get; } = directory;
        public long Generation { get; } = generation;
        public Stamp Stamp { get; } = stamp;
        public DateTimeOffset CheckedAt { get; set; } = checkedAt;
    }

    private readonly record struct Stamp(int Changes, int Services, DateTime? LastModified);

    private static async Task<Stamp> StampAsync(TogetherDbContext db, CancellationToken ct) => new(
        await db.DirectoryMetadata.CountAsync(ct),
        await db.DirectoryServices.CountAsync(ct),
        await db.DirectoryServices.MaxAsync(s => (DateTime?)s.LastModified, ct));

    private async Task<Built> BuildAsync(TogetherDbContext db, CancellationToken ct)
    {
        // Read the generation first: a save that lands while this builds makes the result stale at once.
        var builtFor = Interlocked.Read(ref generation);
        var stamp = await StampAsync(db, ct);
        var index = new ServiceIndex(await LoadAsync(db, ct));
        var built = new Built(new IndexedDirectory(index), builtFor, stamp, clock.GetUtcNow());
        Volatile.Write(ref current, built);
        // Reading a large directory leaves many lists behind (about 100 MB at 100,000 services); give them back now rather than holding it (measured:
        // the server's peak memory under load fell from about 510 MB to 475 MB).
        if (index.Count >= 10_000)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        return built;
    }

    private static async Task<List<IndexedService>> LoadAsync(TogetherDbContext db, CancellationToken ct)
    {
        var services = await db.DirectoryServices.AsNoTracking()
            .Select(s => new
            {
                s.Id, s.Name, s.Status, s.OrganizationId, s.LastModified, s.MinimumAge, s.MaximumAge,
                Send = s.SendSupport != null, s.DeliveredInPerson, s.DeliveredOnline, s.DeliveredByPhone,
            })
            .ToListAsync(ct);
        var attributes = (await db.DirectoryAttributes.AsNoTracking()
            .Select(a => new { a.ServiceId, a.TaxonomyTermId, a.TaxonomyTerm.TaxonomyId }).ToListAsync(ct)).ToLookup(a => a.ServiceId);
        // Only what opening-time rules need, and each repeated rule held once: at 100,000 services there are about
        // 150,000 schedules but only about a hundred different rules, and one object per schedule was a quarter of the
        // index's memory. The kept rules carry no service or schedule id.
        var rules = new Dictionary<ScheduleRule, DirectorySchedule>();
        var schedules = (await db.DirectorySchedules.AsNoTracking().Where(s => s.ServiceId != null)
                .Select(s => new
                {
                    ServiceId = s.ServiceId!.Value,
                    Rule = new ScheduleRule(s.Frequency, s.Interval, s.DtStart, s.ValidFrom, s.ValidTo, s.ByDay, s.ByMonthDay, s.OpensAt, s.ClosesAt),
                })
                .ToListAsync(ct))
            .ToLookup(s => s.ServiceId, s => rules.TryGetValue(s.Rule, out var kept) ? kept : rules[s.Rule] = new DirectorySchedule
            {
                Frequency = s.Rule.Frequency, Interval = s.Rule.Interval, DtStart = s.Rule.DtStart, ValidFrom = s.Rule.ValidFrom, ValidTo = s.Rule.ValidTo,
                ByDay = s.Rule.ByDay, ByMonthDay = s.Rule.ByMonthDay, OpensAt = s.Rule.OpensAt, ClosesAt = s.Rule.ClosesAt,
            });
        var charged = (await db.Set<DirectoryCostOption>().AsNoTracking().Where(c => c.Amount > 0).Select(c => c.ServiceId).Distinct().ToListAsync(ct)).ToHashSet();
        var languages = (await db.Set<DirectoryLanguage>().AsNoTracking().Where(l => l.Code != null)
            .Select(l => new { l.ServiceId, l.Code }).ToListAsync(ct)).ToLookup(l => l.ServiceId, l => l.Code!);
        var links = (await db.DirectoryServiceAtLocations.AsNoTracking()
            .Select(l => new { l.ServiceId, l.Id, l.Location.LocationType, l.Location.Latitude, l.Location.Longitude }).ToListAsync(ct))
            .ToLookup(l => l.ServiceId, l => new IndexedLink(l.Id, l.LocationType, l.Latitude, l.Longitude));

        // Lists that many services share (the same categories' taxonomy, the same languages, the same opening rules) are held once.
        var taxonomyLists = new SharedLists<Guid>();
        var languageLists = new SharedLists<string>();
        var scheduleLists = new SharedLists<DirectorySchedule>();
        return services.Select(s => new IndexedService(
            s.Id, s.Name, s.Status, s.OrganizationId, s.LastModified, s.MinimumAge, s.MaximumAge, s.Send,
            s.DeliveredInPerson, s.DeliveredOnline, s.DeliveredByPhone, charged.Contains(s.Id),
            attributes[s.Id].Select(a => a.TaxonomyTermId).ToArray(),
            taxonomyLists.Of(attributes[s.Id].Select(a => a.TaxonomyId).Distinct()),
            languageLists.Of(languages[s.Id]),
            scheduleLists.Of(schedules[s.Id]),
            links[s.Id].ToArray())).ToList();
    }

    private readonly record struct ScheduleRule(
        ScheduleFrequency Frequency, int? Interval, DateTime? DtStart, DateTime? ValidFrom, DateTime? ValidTo,
        string? ByDay, string? ByMonthDay, string? OpensAt, string? ClosesAt);

    /// <summary>Hands out one array for each different list of items (compared item by item, in order).</summary>
    private sealed class SharedLists<T>
        where T : notnull
    {
        private readonly Dictionary<string, T[]> kept = new(StringComparer.Ordinal);
        // Schedules are already one object per rule here, and a class without its own equality compares by reference.
        private readonly Dictionary<T, int> numbers = [];

        public T[] Of(IEnumerable<T> items)
        {
            var list = items.ToArray();
            if (list.Length == 0)
            {
                return [];
            }

            // The key names each item by a number given on first sight, so equal lists have equal keys.
            var key = string.Join(',', list.Select(item => numbers.TryGetValue(item, out var n) ? n : numbers[item] = numbers.Count));
            return kept.TryGetValue(key, out var shared) ? shared : kept[key] = list;
        }
    }
}
