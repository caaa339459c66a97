using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.ServiceDirectory;

/// <summary>What to look for. Empty fields do not filter. The ORUK API and the people's search page both build one.</summary>
public sealed record ServiceFilter
{
    public string? Text { get; init; }
    /// <summary>Services with any of these terms (already including each chosen term's descendants).</summary>
    public IReadOnlyList<Guid> TermIds { get; init; } = [];
    public Guid? TaxonomyId { get; init; }
    public Guid? OrganizationId { get; init; }
    public DateTime? ModifiedAfter { get; init; }
    /// <summary>The age range wanted; services whose age range overlaps it match (see AgeRange).</summary>
    public double? MinimumAge { get; init; }
    public double? MaximumAge { get; init; }
    /// <summary>RFC 5545 day code, e.g. "TU".</summary>
    public string? Day { get; init; }
    /// <summary>ORUK: a schedule that opens at or after StartTime and closes at or before EndTime.</summary>
    public TimeOnly? StartTime { get; init; }
    public TimeOnly? EndTime { get; init; }
    /// <summary>People's search: a schedule that is open at some point between these times.</summary>
    public (TimeOnly From, TimeOnly To)? OpenDuring { get; init; }
    public DateTimeOffset? OpenAt { get; init; }
    public bool FreeOnly { get; init; }
    public bool SendOnly { get; init; }
    public string? LanguageCode { get; init; }
    public bool InPerson { get; init; }
    public bool Online { get; init; }
    public bool ByPhone { get; init; }
    public GeoPoint? Near { get; init; }
    public double? RadiusMetres { get; init; }
    /// <summary>Only services people can use now or soon (active or temporarily closed).</summary>
    public bool PublicOnly { get; init; }
    /// <summary>Leaves out services that have ended (defunct, which is what archiving does): the ORUK feed.</summary>
    public bool LeaveOutDefunct { get; init; }
}

/// <summary>One result in order: the service (and the service-at-location for that endpoint), with its distance when searching near a place.</summary>
public sealed record SearchHit(Guid ServiceId, Guid? ServiceAtLocationId, double? DistanceMetres);

public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int Total);

/// <summary>
/// Finds services: filters in SQL, full-text ranking from the provider's index (SQLite FTS5 with Porter stemming, or
/// PostgreSQL to_tsvector('english') with the name weighted above the description), and distance from a point
/// (a bounding box in SQL, then the exact distance in memory).
/// </summary>
public sealed class ServiceSearch(TogetherDbContext db, IMemoryCache cache)
{
    private const string PostgresVector =
        "(setweight(to_tsvector('english', \"Name\"), 'A') || setweight(to_tsvector('english', \"Description\"), 'B'))";

    public async Task<SearchResult> ServicesAsync(ServiceFilter filter, int page, int perPage, CancellationToken cancellationToken = default)
    {
        var services = Filtered(filter);
        var tokens = SearchText.Tokens(filter.Text);
        var hits = tokens.Count > 0 ? TextHits(tokens) : null;

        if (filter.Near is null && filter.OpenAt is null)
        {
            // Everything happens in SQL: count, order and one page.
            IQueryable<Guid> ordered = hits is null
                ? services.OrderBy(s => s.Name).ThenBy(s => s.Id).Select(s => s.Id)
                : from s in services join h in hits on s.Id equals h.ServiceId orderby h.Rank, s.Name, s.Id select s.Id;
            var total = await ordered.CountAsync(cancellationToken);
            var ids = await ordered.Skip((page - 1) * perPage).Take(perPage).ToListAsync(cancellationToken);
            return new(ids.Select(id => new SearchHit(id, null, null)).ToList(), total);
        }

        var rows = await CandidateRowsAsync(services, hits, filter, cancellationToken);
        var perService = rows.GroupBy(r => r.ServiceId)
            .Select(g => g.OrderBy(r => r.Distance ?? 0).First())
            .ToList();
        var filtered = await OpenNowAsync(perService, filter, cancellationToken);
        var sorted = Sort(filtered, filter);
        return new(sorted.Skip((page - 1) * perPage).Take(perPage).Select(r => new SearchHit(r.ServiceId, null, r.Distance)).ToList(), sorted.Count);
    }

    public async Task<SearchResult> ServiceAtLocationsAsync(ServiceFilter filter, int page, int perPage, CancellationToken cancellationToken = default)
    {
        var services = Filtered(filter);
        var tokens = SearchText.Tokens(filter.Text);
        var hits = tokens.Count > 0 ? TextHits(tokens) : null;
        if (filter.Near is null && filter.OpenAt is null)
        {
            var links = from l in db.DirectoryServiceAtLocations join s in services on l.ServiceId equals s.Id select new { l, s };
            var ordered = hits is null
                ? links.OrderBy(x => x.s.Name).ThenBy(x => x.l.Id).Select(x => new { x.l.Id, x.l.ServiceId })
                : from x in links join h in hits on x.s.Id equals h.ServiceId orderby h.Rank, x.s.Name, x.l.Id select new { x.l.Id, x.l.ServiceId };
            var total = await ordered.CountAsync(cancellationToken);
            var page1 = await ordered.Skip((page - 1) * perPage).Take(perPage).ToListAsync(cancellationToken);
            return new(page1.Select(x => new SearchHit(x.ServiceId, x.Id, null)).ToList(), total);
        }

        var rows = await CandidateRowsAsync(services, hits, filter, cancellationToken);
        var filtered = await OpenNowAsync(rows, filter, cancellationToken);
        var sorted = Sort(filtered, filter);
        return new(sorted.Skip((page - 1) * perPage).Take(perPage).Select(r => new SearchHit(r.ServiceId, r.LinkId, r.Distance)).ToList(), sorted.Count);
    }

    /// <summary>Every match in order, for streaming (ndjson) and exports. Ids only, so memory stays small even for 100,000 services.</summary>
    public async Task<IReadOnlyList<SearchHit>> AllServicesAsync(ServiceFilter filter, CancellationToken cancellationToken = default) =>
        (await ServicesAsync(filter, 1, int.MaxValue, cancellationToken)).Hits;

    public async Task<IReadOnlyList<SearchHit>> AllServiceAtLocationsAsync(ServiceFilter filter, CancellationToken cancellationToken = default) =>
        (await ServiceAtLocationsAsync(filter, 1, int.MaxValue, cancellationToken)).Hits;

    /// <summary>A chosen category and everything beneath it in the tree.</summary>
    public async Task<IReadOnlyList<Guid>> WithDescendantsAsync(Guid termId, CancellationToken cancellationToken = default)
    {
        var terms = await TermsAsync(cancellationToken);
        var result = new List<Guid> { termId };
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(terms.Where(t => t.ParentId == result[i]).Select(t => t.Id));
        }

        return result;
    }

    public async Task<IReadOnlyList<DirectoryTaxonomyTerm>> TermsAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync("directory:terms", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return await db.DirectoryTaxonomyTerms.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name).ToListAsync(cancellationToken);
        }))!;

    /// <summary>"Did you mean" for keywords that found nothing, from the words in category and service names.</summary>
    public async Task<string?> DidYouMeanAsync(string? text, CancellationToken cancellationToken = default)
    {
        var tokens = SearchText.Tokens(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        var vocabulary = (await cache.GetOrCreateAsync("directory:vocabulary", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var term in await TermsAsync(cancellationToken))
            {
                words.UnionWith(SearchText.Tokens(term.Name + " " + term.Description));
            }

            // Distinct names only, and a bounded number, so a very large directory does not make this slow.
            var names = await db.DirectoryServices.AsNoTracking().Select(s => s.Name).Distinct().Take(20_000).ToListAsync(cancellationToken);
            foreach (var name in names)
            {
                words.UnionWith(SearchText.Tokens(name));
            }

            words.RemoveWhere(w => w.Length < 3 || w.All(char.IsDigit));
            return (IReadOnlySet<string>)words;
        }))!;
        var suggestion = SearchText.DidYouMean(tokens, vocabulary);
        if (suggestion is null)
        {
            return null;
        }

        // Only suggest what would find something.
        var found = await ServicesAsync(new ServiceFilter { Text = suggestion, PublicOnly = true }, 1, 1, cancellationToken);
        return found.Total > 0 ? suggestion : null;
    }

    private IQueryable<DirectorySearchHit> TextHits(IReadOnlyList<string> tokens)
    {
        if (db.Database.IsNpgsql())
        {
            return db.DirectorySearchHits.FromSqlRaw(
                $"SELECT \"Id\" AS \"ServiceId\", -ts_rank({PostgresVector}, plainto_tsquery('english', {{0}})) AS \"Rank\" " +
                $"FROM \"DirectoryServices\" WHERE {PostgresVector} @@ plainto_tsquery('english', {{0}})",
                string.Join(' ', tokens));
        }

        // bm25 is lower for better matches; a match in the name counts ten times one in the description.
        return db.DirectorySearchHits.FromSqlRaw(
            "SELECT s.\"Id\" AS \"ServiceId\", bm25(\"fts_services\", 10.0, 1.0) AS \"Rank\" " +
            "FROM \"fts_services\" JOIN \"DirectoryServices\" s ON s.rowid = \"fts_services\".rowid WHERE \"fts_services\" MATCH {0}",
            SearchText.Fts5Query(tokens));
    }

    private IQueryable<DirectoryService> Filtered(ServiceFilter f)
    {
        var q = db.DirectoryServices.AsNoTracking();
        if (f.PublicOnly)
        {
            q = q.Where(s => s.Status == ServiceStatus.Active || s.Status == ServiceStatus.TemporarilyClosed);
        }
        else if (f.LeaveOutDefunct)
        {
            q = q.Where(s => s.Status != ServiceStatus.Defunct);
        }

        if (f.TermIds.Count > 0)
        {
            var terms = f.TermIds.ToList();
            q = q.Where(s => s.Attributes.Any(a => terms.Contains(a.TaxonomyTermId)));
        }

        if (f.TaxonomyId is { } taxonomyId)
        {
            q = q.Where(s => s.Attributes.Any(a => a.TaxonomyTerm.TaxonomyId == taxonomyId));
        }

        if (f.OrganizationId is { } organizationId)
        {
            q = q.Where(s => s.OrganizationId == organizationId);
        }

        if (f.ModifiedAfter is { } after)
        {
            q = q.Where(s => s.LastModified >= after);
        }

        // Age overlap (AgeRange.Overlaps): a missing limit on the service means no limit.
        if (f.MinimumAge is { } min)
        {
            q = q.Where(s => s.MaximumAge == null || s.MaximumAge >= min);
        }

        if (f.MaximumAge is { } max)
        {
            q = q.Where(s => s.MinimumAge == null || s.MinimumAge <= max);
        }

        if (f.Day is not null || f.StartTime is not null || f.EndTime is not null || f.OpenDuring is not null)
        {
            var day = f.Day;
            var start = f.StartTime?.ToString("HH:mm");
            var end = f.EndTime?.ToString("HH:mm");
            var duringFrom = f.OpenDuring?.From.ToString("HH:mm");
            var duringTo = f.OpenDuring?.To.ToString("HH:mm");
            q = q.Where(s => s.Schedules.Any(x =>
                (day == null || x.ByDay!.Contains(day))
                && (start == null || string.Compare(x.OpensAt, start) >= 0)
                && (end == null || string.Compare(x.ClosesAt, end) <= 0)
                && (duringFrom == null || (string.Compare(x.OpensAt, duringTo) < 0 && string.Compare(x.ClosesAt, duringFrom) > 0))));
        }

        if (f.OpenAt is { } at)
        {
            // A broad SQL filter (the day and the time); OpenNowAsync then applies the exact rules.
            var local = OpeningTimes.ToLondon(at);
            var code = ScheduleText.DayCodes[ScheduleText.DayIndex(local.DayOfWeek)];
            var time = local.ToString("HH:mm");
            q = q.Where(s => s.Schedules.Any(x => x.ByDay!.Contains(code) && string.Compare(x.OpensAt, time) <= 0 && string.Compare(x.ClosesAt, time) > 0));
        }

        if (f.FreeOnly)
        {
            q = q.Where(s => !s.CostOptions.Any(c => c.Amount > 0));
        }

        if (f.SendOnly)
        {
            q = q.Where(s => s.SendSupport != null);
        }

        if (f.LanguageCode is { } language)
        {
            q = q.Where(s => s.Languages.Any(l => l.Code == language));
        }

        if (f.InPerson || f.Online || f.ByPhone)
        {
            bool inPerson = f.InPerson, online = f.Online, phone = f.ByPhone;
            q = q.Where(s => (inPerson && s.DeliveredInPerson) || (online && s.DeliveredOnline) || (phone && s.DeliveredByPhone));
        }

        return q;
    }

    private sealed record Row(Guid ServiceId, Guid LinkId, string Name, double? Distance, double Rank);

    private static async Task<List<Row>> CandidateRowsAsync(IQueryable<DirectoryService> services, IQueryable<DirectorySearchHit>? hits, ServiceFilter filter, CancellationToken cancellationToken)
    {
        var links = from s in services
                    from l in s.ServiceAtLocations
                    select new { s.Id, s.Name, LinkId = l.Id, l.Location.Latitude, l.Location.Longitude, l.Location.LocationType };
        if (filter.Near is { } near && filter.RadiusMetres is { } radius)
        {
            var (minLat, maxLat, minLon, maxLon) = Geo.BoundingBox(near, radius);
            // Services without a place (online, phone) are "anywhere", so they stay in when searching near a place.
            links = links.Where(x => x.LocationType == LocationType.Virtual
                || (x.Latitude >= minLat && x.Latitude <= maxLat && x.Longitude >= minLon && x.Longitude <= maxLon));
        }

        List<Row> rows;
        if (hits is null)
        {
            rows = (await links.ToListAsync(cancellationToken))
                .Select(x => new Row(x.Id, x.LinkId, x.Name, Distance(filter.Near, x.Latitude, x.Longitude), 0))
                .ToList();
        }
        else
        {
            rows = (await (from x in links join h in hits on x.Id equals h.ServiceId select new { x.Id, x.Name, x.LinkId, x.Latitude, x.Longitude, h.Rank }).ToListAsync(cancellationToken))
                .Select(x => new Row(x.Id, x.LinkId, x.Name, Distance(filter.Near, x.Latitude, x.Longitude), x.Rank))
                .ToList();
        }

        if (filter.RadiusMetres is { } limit)
        {
            rows = rows.Where(r => r.Distance is null || r.Distance <= limit).ToList();
        }

        return rows;
    }

    private async Task<List<Row>> OpenNowAsync(List<Row> rows, ServiceFilter filter, CancellationToken cancellationToken)
    {
        if (filter.OpenAt is not { } at || rows.Count == 0)
        {
            return rows;
        }

        var ids = rows.Select(r => r.ServiceId).Distinct().ToList();
        var schedules = new List<DirectorySchedule>();
        foreach (var chunk in ids.Chunk(500))
        {
            schedules.AddRange(await db.DirectorySchedules.AsNoTracking().Where(s => s.ServiceId != null && chunk.Contains(s.ServiceId.Value)).ToListAsync(cancellationToken));
        }

        var open = schedules.GroupBy(s => s.ServiceId!.Value).Where(g => OpeningTimes.IsOpen(g, at)).Select(g => g.Key).ToHashSet();
        return rows.Where(r => open.Contains(r.ServiceId)).ToList();
    }

    private static List<Row> Sort(List<Row> rows, ServiceFilter filter) =>
        filter.Near is not null
            ? rows.OrderBy(r => r.Distance ?? double.MaxValue).ThenBy(r => r.Rank).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.LinkId).ToList()
            : rows.OrderBy(r => r.Rank).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.LinkId).ToList();

    private static double? Distance(GeoPoint? near, double? latitude, double? longitude) =>
        near is { } point && latitude is { } lat && longitude is { } lon ? Geo.DistanceMetres(point, new GeoPoint(lat, lon)) : null;
}
