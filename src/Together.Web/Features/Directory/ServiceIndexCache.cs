using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.ServiceDirectory;

/// <summary>A built index with the keyword results found against it.</summary>
public sealed class IndexedDirectory(ServiceIndex index)
{
    /// <summary>Keyword results kept, at most; past this the kept results are dropped and found again as needed.</summary>
    public const int MaxKeptSearches = 1_000;

    public ServiceIndex Index { get; } = index;

    /// <summary>Keyword results by full-text query: index positions and their rank.</summary>
    public ConcurrentDictionary<string, TextMatches> TextRanks { get; } = new(StringComparer.Ordinal);
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

    private static long generation;

    private readonly SemaphoreSlim building = new(1, 1);
    private Built? current;

    /// <summary>Goes up whenever a save on this server touches anything searchable.</summary>
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
        // Only what opening-time rules need, and each repeated text ("TU,TH", "09:30") held once: at 100,000 services
        // this is most of the index's memory.
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Shared(string? text) => text is null ? null : texts.TryGetValue(text, out var kept) ? kept : texts[text] = text;
        var schedules = (await db.DirectorySchedules.AsNoTracking().Where(s => s.ServiceId != null)
                .Select(s => new DirectorySchedule
                {
                    ServiceId = s.ServiceId, Frequency = s.Frequency, Interval = s.Interval, DtStart = s.DtStart, ValidFrom = s.ValidFrom,
                    ValidTo = s.ValidTo, ByDay = s.ByDay, ByMonthDay = s.ByMonthDay, OpensAt = s.OpensAt, ClosesAt = s.ClosesAt,
                })
                .ToListAsync(ct))
            .Select(s =>
            {
                (s.ByDay, s.ByMonthDay, s.OpensAt, s.ClosesAt) = (Shared(s.ByDay), Shared(s.ByMonthDay), Shared(s.OpensAt), Shared(s.ClosesAt));
                return s;
            })
            .ToLookup(s => s.ServiceId!.Value);
        var charged = (await db.Set<DirectoryCostOption>().AsNoTracking().Where(c => c.Amount > 0).Select(c => c.ServiceId).Distinct().ToListAsync(ct)).ToHashSet();
        var languages = (await db.Set<DirectoryLanguage>().AsNoTracking().Where(l => l.Code != null)
            .Select(l => new { l.ServiceId, l.Code }).ToListAsync(ct)).ToLookup(l => l.ServiceId, l => Shared(l.Code)!);
        var links = (await db.DirectoryServiceAtLocations.AsNoTracking()
            .Select(l => new { l.ServiceId, l.Id, l.Location.LocationType, l.Location.Latitude, l.Location.Longitude }).ToListAsync(ct))
            .ToLookup(l => l.ServiceId, l => new IndexedLink(l.Id, l.LocationType, l.Latitude, l.Longitude));

        return services.Select(s => new IndexedService(
            s.Id, s.Name, s.Status, s.OrganizationId, s.LastModified, s.MinimumAge, s.MaximumAge, s.Send,
            s.DeliveredInPerson, s.DeliveredOnline, s.DeliveredByPhone, charged.Contains(s.Id),
            attributes[s.Id].Select(a => a.TaxonomyTermId).ToArray(),
            attributes[s.Id].Select(a => a.TaxonomyId).Distinct().ToArray(),
            languages[s.Id].ToArray(),
            schedules[s.Id].ToArray(),
            links[s.Id].ToArray())).ToList();
    }
}
