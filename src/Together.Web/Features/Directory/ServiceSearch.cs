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
/// Finds services: keywords through the provider's full-text index (SQLite FTS5 with Porter stemming, or PostgreSQL
/// to_tsvector('english') with the name weighted above the description), then the filters, the distance from a
/// point and the order from the in-memory <see cref="ServiceIndex"/>. A keyword search's results are kept with the
/// index, so the same words are looked up once until the directory changes.
/// </summary>
public sealed class ServiceSearch(TogetherDbContext db, IMemoryCache cache, ServiceIndexCache indexes)
{
    private const string PostgresVector =
        "(setweight(to_tsvector('english', \"Name\"), 'A') || setweight(to_tsvector('english', \"Description\"), 'B'))";

    public async Task<SearchResult> ServicesAsync(ServiceFilter filter, int page, int perPage, CancellationToken cancellationToken = default)
    {
        var (index, text) = await PrepareAsync(filter, cancellationToken);
        // Searching near a place or by opening time looks at each service's places, so services offered nowhere drop out.
        var result = index.Services(filter, text, places: filter.Near is not null || filter.OpenAt is not null, Wanted(page, perPage));
        return new(Page(result.Matches, page, perPage).Select(m => new SearchHit(m.Service.Id, null, m.Distance)).ToList(), result.Total);
    }

    public async Task<SearchResult> ServiceAtLocationsAsync(ServiceFilter filter, int page, int perPage, CancellationToken cancellationToken = default)
    {
        var (index, text) = await PrepareAsync(filter, cancellationToken);
        var result = index.ServiceAtLocations(filter, text, Wanted(page, perPage));
        return new(Page(result.Matches, page, perPage).Select(m => new SearchHit(m.Service.Id, m.Link?.LinkId, m.Distance)).ToList(), result.Total);
    }

    private static int Wanted(int page, int perPage) => (int)Math.Min(int.MaxValue, (long)page * perPage);

    private static IEnumerable<IndexMatch> Page(IReadOnlyList<IndexMatch> matches, int page, int perPage)
    {
        var skip = (long)(page - 1) * perPage;
        return skip >= matches.Count ? [] : matches.Skip((int)skip).Take(perPage);
    }

    private async Task<(ServiceIndex Index, TextMatches? Text)> PrepareAsync(ServiceFilter filter, CancellationToken cancellationToken)
    {
        var directory = await indexes.CurrentAsync(db, cancellationToken);
        var tokens = SearchText.Tokens(filter.Text);
        return (directory.Index, tokens.Count > 0 ? await TextRanksAsync(directory, tokens, cancellationToken) : null);
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
        // Keyed by the index's generation, so a term added or changed on this server is seen at once.
        (await cache.GetOrCreateAsync($"directory:terms:{ServiceIndexCache.Generation}", async entry =>
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

    private async Task<TextMatches> TextRanksAsync(IndexedDirectory directory, IReadOnlyList<string> tokens, CancellationToken cancellationToken)
    {
        var npgsql = db.Database.IsNpgsql();
        var query = npgsql ? string.Join(' ', tokens) : SearchText.Fts5Query(tokens);
        if (directory.TryGetTextRanks(query, out var kept))
        {
            return kept;
        }

        // bm25 is lower for better matches; a match in the name counts ten times one in the description.
        var hits = npgsql
            ? db.DirectorySearchHits.FromSqlRaw(
                $"SELECT \"Id\" AS \"ServiceId\", -ts_rank({PostgresVector}, plainto_tsquery('english', {{0}})) AS \"Rank\" " +
                $"FROM \"DirectoryServices\" WHERE {PostgresVector} @@ plainto_tsquery('english', {{0}})",
                query)
            : db.DirectorySearchHits.FromSqlRaw(
                "SELECT s.\"Id\" AS \"ServiceId\", bm25(\"fts_services\", 10.0, 1.0) AS \"Rank\" " +
                "FROM \"fts_services\" JOIN \"DirectoryServices\" s ON s.rowid = \"fts_services\".rowid WHERE \"fts_services\" MATCH {0}",
                query);
        var ranks = new Dictionary<int, double>();
        await foreach (var hit in hits.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            // A service added since the index was built is left out until the index is built again (at once on this server).
            if (directory.Index.TryGetPosition(hit.ServiceId, out var position))
            {
                ranks[position] = hit.Rank;
            }
        }

        var matches = new TextMatches(ranks);
        directory.KeepTextRanks(query, matches);
        return matches;
    }
}
