using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Caching;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.ServiceDirectory;

/// <summary>A rejected query parameter: which one, and the rule it broke. Becomes a 400 problem+json.</summary>
public sealed record ParameterProblem(string Parameter, string Rule);

/// <summary>The parsed query of an ORUK list request.</summary>
public sealed record OrukListQuery(int Page, int PerPage, bool Ndjson, ServiceFilter Filter, string? Postcode, double? Proximity, Guid? TermId, Guid? ParentId);

/// <summary>Parses and checks ORUK query parameters. Every limit is explicit so no request can ask for an unbounded page.</summary>
public static class OrukParameters
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 200;
    public const int MaxPage = 100_000;
    public const double MaxProximityMetres = 200_000;
    public const double MaxAge = 130;

    private static readonly string[] DayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static (OrukListQuery? Query, ParameterProblem? Problem) Parse(IReadOnlyDictionary<string, string?> q)
    {
        string? Get(string name) => q.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var page = 1;
        if (Get("page") is { } pageText && (!int.TryParse(pageText, NumberStyles.Integer, CultureInfo.InvariantCulture, out page) || page < 1 || page > MaxPage))
        {
            return (null, new("page", $"page must be a whole number from 1 to {MaxPage}"));
        }

        var perPage = DefaultPerPage;
        if (Get("per_page") is { } perPageText && (!int.TryParse(perPageText, NumberStyles.Integer, CultureInfo.InvariantCulture, out perPage) || perPage < 1 || perPage > MaxPerPage))
        {
            return (null, new("per_page", $"per_page must be a whole number from 1 to {MaxPerPage}"));
        }

        var format = Get("format")?.ToLowerInvariant();
        if (format is not (null or "json" or "ndjson"))
        {
            return (null, new("format", "format must be json or ndjson"));
        }

        var search = Get("search");
        if (search is { Length: > SearchText.MaxLength })
        {
            return (null, new("search", $"search must be {SearchText.MaxLength} characters or fewer"));
        }

        var problems = new[]
        {
            Uuid(Get("taxonomy_term_id"), "taxonomy_term_id", out var termId),
            Uuid(Get("taxonomy_id"), "taxonomy_id", out var taxonomyId),
            Uuid(Get("organization_id"), "organization_id", out var organizationId),
            Uuid(Get("parent_id"), "parent_id", out var parentId),
            Age(Get("minimum_age"), "minimum_age", out var minimumAge),
            Age(Get("maximum_age"), "maximum_age", out var maximumAge),
            Time(Get("start_time"), "start_time", out var startTime),
            Time(Get("end_time"), "end_time", out var endTime),
        };
        if (problems.FirstOrDefault(p => p is not null) is { } problem)
        {
            return (null, problem);
        }

        if (minimumAge is not null && maximumAge is not null && minimumAge > maximumAge)
        {
            return (null, new("minimum_age", "minimum_age must not be more than maximum_age"));
        }

        DateTime? modifiedAfter = null;
        if (Get("modified_after") is { } modifiedText)
        {
            // ISO 8601 only (a date, or a date and time); times without an offset are taken as UTC.
            if (modifiedText.Length < 10 || !char.IsDigit(modifiedText[0]) || modifiedText[4] != '-'
                || !DateTimeOffset.TryParse(modifiedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var modified))
            {
                return (null, new("modified_after", "modified_after must be an ISO 8601 date or date-time, like 2026-11-01 or 2026-11-01T09:00:00Z"));
            }

            modifiedAfter = modified.UtcDateTime;
        }

        string? day = null;
        if (Get("day") is { } dayText)
        {
            var upper = dayText.ToUpperInvariant();
            var index = ScheduleText.DayCodes.ToList().IndexOf(upper);
            if (index < 0)
            {
                index = Array.IndexOf(DayNames, dayText.ToLowerInvariant());
            }

            if (index < 0)
            {
                return (null, new("day", "day must be a day of the week, like Monday or MO"));
            }

            day = ScheduleText.DayCodes[index];
        }

        var postcode = Get("postcode");
        if (postcode is { Length: > 10 } || (postcode is not null && !UkPostcode.IsFullPostcode(postcode) && !UkPostcode.IsDistrict(postcode)))
        {
            return (null, new("postcode", "postcode must be a UK postcode, like CW1 2BJ, or a postcode district, like CW1"));
        }

        double? proximity = null;
        if (Get("proximity") is { } proximityText)
        {
            if (!double.TryParse(proximityText, NumberStyles.Float, CultureInfo.InvariantCulture, out var metres) || !double.IsFinite(metres) || metres <= 0 || metres > MaxProximityMetres)
            {
                return (null, new("proximity", $"proximity must be a number of metres greater than 0 and at most {MaxProximityMetres:0}"));
            }

            if (postcode is null)
            {
                return (null, new("proximity", "proximity needs a postcode to measure from"));
            }

            proximity = metres;
        }

        var filter = new ServiceFilter
        {
            Text = search,
            TaxonomyId = taxonomyId,
            OrganizationId = organizationId,
            ModifiedAfter = modifiedAfter,
            MinimumAge = minimumAge,
            MaximumAge = maximumAge,
            Day = day,
            StartTime = startTime,
            EndTime = endTime,
            RadiusMetres = proximity,
            LeaveOutDefunct = true,
        };
        return (new OrukListQuery(page, perPage, format == "ndjson", filter, postcode, proximity, termId, parentId), null);
    }

    private static ParameterProblem? Uuid(string? text, string name, out Guid? value)
    {
        value = null;
        if (text is null)
        {
            return null;
        }

        if (!Guid.TryParseExact(text, "D", out var id))
        {
            return new(name, $"{name} must be a UUID, like 3fa85f64-5717-4562-b3fc-2c963f66afa6");
        }

        value = id;
        return null;
    }

    private static ParameterProblem? Age(string? text, string name, out double? value)
    {
        value = null;
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var age) || !double.IsFinite(age) || age < 0 || age > MaxAge)
        {
            return new(name, $"{name} must be a number of years from 0 to {MaxAge:0}");
        }

        value = age;
        return null;
    }

    private static ParameterProblem? Time(string? text, string name, out TimeOnly? value)
    {
        value = null;
        if (text is null)
        {
            return null;
        }

        if (ScheduleText.ParseTime(text) is not { } time)
        {
            return new(name, $"{name} must be a time of day in 24-hour form, like 09:30");
        }

        value = time;
        return null;
    }
}

/// <summary>
/// The Open Referral UK API at /oruk: read-only, public, open to any origin. Services that have ended (defunct,
/// which is what archiving does) leave the feed as they leave the public pages.
/// </summary>
public static class OrukApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private const int MaxNestedServices = 1000;

    public static void MapOruk(this WebApplication app)
    {
        // Open data: any website may read it. Set on every /oruk response, errors included.
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/oruk"))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.AccessControlAllowOrigin = "*";
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });

        var oruk = app.MapGroup("/oruk").DisableAntiforgery();
        oruk.MapGet("/", (HttpContext http) =>
        {
            var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
            return Results.Json(new OrukApiDetails(OrukMapper.Version, OrukMapper.Profile, baseUrl + "/oruk/openapi.json"), Json);
        });
        oruk.MapGet("/openapi.json", OpenApiDocument);
        oruk.MapGet("/services", ListServices);
        oruk.MapGet("/services/{id}", GetService);
        oruk.MapGet("/service_at_locations", ListServiceAtLocations);
        oruk.MapGet("/service_at_locations/{id}", GetServiceAtLocation);
        oruk.MapGet("/organizations", ListOrganizations);
        oruk.MapGet("/organizations/{id}", GetOrganization);
        oruk.MapGet("/taxonomies", ListTaxonomies);
        oruk.MapGet("/taxonomies/{id}", GetTaxonomy);
        oruk.MapGet("/taxonomy_terms", ListTaxonomyTerms);
        oruk.MapGet("/taxonomy_terms/{id}", GetTaxonomyTerm);
        oruk.MapGet("/{**rest}", (string rest) => Results.Problem(title: "Not found", detail: $"There is no ORUK endpoint /{rest}.", statusCode: 404));
    }

    private static IResult BadParameter(ParameterProblem problem) =>
        Results.Problem(
            title: "Invalid query parameter",
            detail: problem.Rule,
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["parameter"] = problem.Parameter, ["rule"] = problem.Rule });

    private static IResult NotFound(string what, Guid id) =>
        Results.Problem(title: "Not found", detail: $"There is no {what} with id {id}.", statusCode: StatusCodes.Status404NotFound);

    private static Dictionary<string, string?> QueryOf(HttpContext http) =>
        http.Request.Query.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.OrdinalIgnoreCase);

    private static IResult OpenApiDocument(HttpContext http)
    {
        using var stream = typeof(OrukApi).Assembly.GetManifestResourceStream("directory/uk-profile-openapi30.json")!;
        var document = JsonNode.Parse(stream)!.AsObject();
        document["servers"] = new JsonArray(new JsonObject { ["url"] = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/oruk" });
        return Results.Content(document.ToJsonString(), "application/json");
    }

    /// <summary>Parses the query and turns taxonomy and postcode into filter values; a problem result if anything is wrong.</summary>
    private static async Task<(OrukListQuery? Query, IResult? Error)> PrepareAsync(HttpContext http, TogetherDbContext db, ServiceSearch search, IPlaceFinder places, CancellationToken cancellationToken)
    {
        var (query, problem) = OrukParameters.Parse(QueryOf(http));
        if (problem is not null)
        {
            return (null, BadParameter(problem));
        }

        var filter = query!.Filter;
        if (query.TermId is { } termId)
        {
            if (!(await search.TermsAsync(cancellationToken)).Any(t => t.Id == termId))
            {
                return (null, BadParameter(new("taxonomy_term_id", $"there is no taxonomy term with id {termId}")));
            }

            filter = filter with { TermIds = await search.WithDescendantsAsync(termId, cancellationToken) };
        }

        if (filter.TaxonomyId is { } taxonomyId && !await db.DirectoryTaxonomies.AnyAsync(t => t.Id == taxonomyId, cancellationToken))
        {
            return (null, BadParameter(new("taxonomy_id", $"there is no taxonomy with id {taxonomyId}")));
        }

        if (filter.OrganizationId is { } organizationId && !await db.DirectoryOrganizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            return (null, BadParameter(new("organization_id", $"there is no organization with id {organizationId}")));
        }

        if (query.Postcode is { } postcode)
        {
            var place = await places.FindAsync(postcode, allowTowns: false, cancellationToken);
            if (!place.Found)
            {
                return (null, BadParameter(new("postcode", place.Message)));
            }

            filter = filter with { Near = place.Point };
        }

        return (query with { Filter = filter }, null);
    }

    private static OrukPage<T> Page<T>(IReadOnlyList<T> contents, int total, int page, int perPage)
    {
        var totalPages = Math.Max(1, (int)Math.Ceiling(total / (double)perPage));
        return new OrukPage<T>(total, totalPages, page, perPage, page == 1, page >= totalPages, contents.Count == 0, contents);
    }

    private static IQueryable<DirectoryService> FullServices(TogetherDbContext db) =>
        db.DirectoryServices.AsNoTracking().AsSplitQuery()
            .Include(s => s.Organization)
            .Include(s => s.Schedules)
            .Include(s => s.ServiceAreas)
            .Include(s => s.Languages)
            .Include(s => s.CostOptions)
            .Include(s => s.Contacts)
            .Include(s => s.Phones)
            .Include(s => s.Attributes).ThenInclude(a => a.TaxonomyTerm).ThenInclude(t => t.Taxonomy)
            .Include(s => s.ServiceAtLocations).ThenInclude(l => l.Location).ThenInclude(l => l.Addresses)
            .Include(s => s.ServiceAtLocations).ThenInclude(l => l.Location).ThenInclude(l => l.Accessibility);

    private static async Task<List<DirectoryService>> SummariesAsync(TogetherDbContext db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var loaded = await db.DirectoryServices.AsNoTracking().Include(s => s.Organization).Where(s => EF.Parameter(ids).Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        return ids.Where(loaded.ContainsKey).Select(id => loaded[id]).ToList();
    }

    /// <summary>A page of kept list entries, in the search's order (an entry gone from the database since is left out).</summary>
    private static IResult KeptPage(List<Guid> ids, IReadOnlyDictionary<Guid, PreparedJson> kept, int total, int page, int perPage) =>
        Results.Json(Page(ids.Where(kept.ContainsKey).Select(id => kept[id]).ToList(), total, page, perPage), Json);

    private static async Task<IResult> ListServices(HttpContext http, TogetherDbContext db, ServiceSearch search, IPlaceFinder places, OrukListItems listItems, CancellationToken cancellationToken)
    {
        var (query, error) = await PrepareAsync(http, db, search, places, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (query!.Ndjson)
        {
            var all = await search.AllServicesAsync(query.Filter, cancellationToken);
            return new NdjsonResult<Guid>(all.Select(h => h.ServiceId).ToList(), async ids =>
                (await SummariesAsync(db, ids, cancellationToken)).Select(s => (object)OrukMapper.ServiceSummary(s)).ToList());
        }

        var result = await search.ServicesAsync(query.Filter, query.Page, query.PerPage, cancellationToken);
        var ids = result.Hits.Select(h => h.ServiceId).ToList();
        var kept = await listItems.Services.GetManyAsync(ServiceIndexCache.Generation, ids, async missing =>
            (await SummariesAsync(db, missing, cancellationToken)).Select(s => KeyValuePair.Create(s.Id, PreparedJson.Of(OrukMapper.ServiceSummary(s), Json))));
        return KeptPage(ids, kept, result.Total, query.Page, query.PerPage);
    }

    private static async Task<IResult> GetService(string id, TogetherDbContext db, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(id, "D", out var serviceId))
        {
            return BadParameter(new("id", "id must be a UUID, like 3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        }

        var service = await FullServices(db).FirstOrDefaultAsync(s => s.Id == serviceId && s.Status != ServiceStatus.Defunct, cancellationToken);
        return service is null ? NotFound("service", serviceId) : Results.Json(OrukMapper.ServiceFull(service), Json);
    }

    private static async Task<IResult> ListServiceAtLocations(HttpContext http, TogetherDbContext db, ServiceSearch search, IPlaceFinder places, OrukListItems listItems, CancellationToken cancellationToken)
    {
        var (query, error) = await PrepareAsync(http, db, search, places, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        // One collection (addresses), so one query with joins costs less than a query per table; the ids go as one
        // parameter, so the SQL is made once rather than for every page (measured: a fifth of the time under load).
        Task<List<DirectoryServiceAtLocation>> LoadLinks(List<Guid> linkIds) =>
            db.DirectoryServiceAtLocations.AsNoTracking().AsSingleQuery()
                .Include(l => l.Service).ThenInclude(s => s.Organization)
                .Include(l => l.Location).ThenInclude(l => l.Addresses)
                .Where(l => EF.Parameter(linkIds).Contains(l.Id))
                .ToListAsync(cancellationToken);

        // Streaming every result: read straight through, not kept.
        async Task<List<object>> Load(IReadOnlyList<Guid> linkIds)
        {
            var links = (await LoadLinks([.. linkIds])).ToDictionary(l => l.Id);
            return linkIds.Where(links.ContainsKey).Select(i => (object)OrukMapper.ServiceAtLocation(links[i], OrukMapper.ServiceSummary(links[i].Service))).ToList();
        }

        if (query!.Ndjson)
        {
            var all = await search.AllServiceAtLocationsAsync(query.Filter, cancellationToken);
            return new NdjsonResult<Guid>(all.Select(h => h.ServiceAtLocationId!.Value).ToList(), Load);
        }

        var result = await search.ServiceAtLocationsAsync(query.Filter, query.Page, query.PerPage, cancellationToken);
        var linkIds = result.Hits.Select(h => h.ServiceAtLocationId!.Value).ToList();
        var kept = await listItems.ServiceAtLocations.GetManyAsync(ServiceIndexCache.Generation, linkIds, async missing =>
            (await LoadLinks(missing)).Select(l => KeyValuePair.Create(l.Id, PreparedJson.Of(OrukMapper.ServiceAtLocation(l, OrukMapper.ServiceSummary(l.Service)), Json))));
        return KeptPage(linkIds, kept, result.Total, query.Page, query.PerPage);
    }

    private static async Task<IResult> GetServiceAtLocation(string id, TogetherDbContext db, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(id, "D", out var linkId))
        {
            return BadParameter(new("id", "id must be a UUID, like 3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        }

        var link = await db.DirectoryServiceAtLocations.AsNoTracking().AsSplitQuery()
            .Include(l => l.Location).ThenInclude(l => l.Addresses)
            .Include(l => l.Location).ThenInclude(l => l.Accessibility)
            .FirstOrDefaultAsync(l => l.Id == linkId && l.Service.Status != ServiceStatus.Defunct, cancellationToken);
        if (link is null)
        {
            return NotFound("service_at_location", linkId);
        }

        var service = await FullServices(db).FirstAsync(s => s.Id == link.ServiceId, cancellationToken);
        return Results.Json(OrukMapper.ServiceAtLocation(link, OrukMapper.ServiceFull(service, includeLocations: false)), Json);
    }

    private static async Task<IResult> ListOrganizations(HttpContext http, TogetherDbContext db, CancellationToken cancellationToken)
    {
        var (query, problem) = OrukParameters.Parse(QueryOf(http));
        if (problem is not null)
        {
            return BadParameter(problem);
        }

        var organizations = db.DirectoryOrganizations.AsNoTracking();
        if (query!.Filter.Text is { } text)
        {
            var pattern = "%" + text.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant() + "%";
            organizations = organizations.Where(o => EF.Functions.Like(o.Name.ToLower(), pattern));
        }

        if (query.Filter.ModifiedAfter is { } after)
        {
            organizations = organizations.Where(o => o.LastModified >= after);
        }

        var ordered = organizations.OrderBy(o => o.Name).ThenBy(o => o.Id);
        if (query.Ndjson)
        {
            var ids = await ordered.Select(o => o.Id).ToListAsync(cancellationToken);
            return new NdjsonResult<Guid>(ids, async batch =>
            {
                var loaded = await db.DirectoryOrganizations.AsNoTracking().Where(o => batch.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
                return batch.Where(loaded.ContainsKey).Select(i => (object)OrukMapper.Organization(loaded[i])).ToList();
            });
        }

        var total = await ordered.CountAsync(cancellationToken);
        var page = await ordered.Skip((query.Page - 1) * query.PerPage).Take(query.PerPage).ToListAsync(cancellationToken);
        return Results.Json(Page(page.Select(o => OrukMapper.Organization(o)).ToList(), total, query.Page, query.PerPage), Json);
    }

    private static async Task<IResult> GetOrganization(string id, TogetherDbContext db, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(id, "D", out var organizationId))
        {
            return BadParameter(new("id", "id must be a UUID, like 3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        }

        var organization = await db.DirectoryOrganizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (organization is null)
        {
            return NotFound("organization", organizationId);
        }

        // Services in their list form, at most MaxNestedServices; the full list is at /services?organization_id=.
        var services = await db.DirectoryServices.AsNoTracking().Where(s => s.OrganizationId == organizationId && s.Status != ServiceStatus.Defunct)
            .OrderBy(s => s.Name).ThenBy(s => s.Id).Take(MaxNestedServices).ToListAsync(cancellationToken);
        return Results.Json(OrukMapper.Organization(organization, services.Select(OrukMapper.ServiceSummary).ToList()), Json);
    }

    private static async Task<IResult> ListTaxonomies(HttpContext http, TogetherDbContext db, CancellationToken cancellationToken)
    {
        var (query, problem) = OrukParameters.Parse(QueryOf(http));
        if (problem is not null)
        {
            return BadParameter(problem);
        }

        var ordered = db.DirectoryTaxonomies.AsNoTracking().OrderBy(t => t.Name).ThenBy(t => t.Id);
        var total = await ordered.CountAsync(cancellationToken);
        var page = await ordered.Skip((query!.Page - 1) * query.PerPage).Take(query.PerPage).ToListAsync(cancellationToken);
        return Results.Json(Page(page.Select(t => OrukMapper.Taxonomy(t)).ToList(), total, query.Page, query.PerPage), Json);
    }

    private static async Task<IResult> GetTaxonomy(string id, TogetherDbContext db, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(id, "D", out var taxonomyId))
        {
            return BadParameter(new("id", "id must be a UUID, like 3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        }

        var taxonomy = await db.DirectoryTaxonomies.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taxonomyId, cancellationToken);
        if (taxonomy is null)
        {
            return NotFound("taxonomy", taxonomyId);
        }

        var terms = await db.DirectoryTaxonomyTerms.AsNoTracking().Where(t => t.TaxonomyId == taxonomyId).OrderBy(t => t.SortOrder).Take(MaxNestedServices).ToListAsync(cancellationToken);
        return Results.Json(OrukMapper.Taxonomy(taxonomy, terms), Json);
    }

    private static async Task<IResult> ListTaxonomyTerms(HttpContext http, TogetherDbContext db, CancellationToken cancellationToken)
    {
        var (query, problem) = OrukParameters.Parse(QueryOf(http));
        if (problem is not null)
        {
            return BadParameter(problem);
        }

        var terms = db.DirectoryTaxonomyTerms.AsNoTracking().Include(t => t.Taxonomy).AsQueryable();
        if (query!.Filter.TaxonomyId is { } taxonomyId)
        {
            if (!await db.DirectoryTaxonomies.AnyAsync(t => t.Id == taxonomyId, cancellationToken))
            {
                return BadParameter(new("taxonomy_id", $"there is no taxonomy with id {taxonomyId}"));
            }

            terms = terms.Where(t => t.TaxonomyId == taxonomyId);
        }

        if (query.ParentId is { } parentId)
        {
            terms = terms.Where(t => t.ParentId == parentId);
        }

        if (query.Filter.Text is { } text)
        {
            var pattern = "%" + text.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant() + "%";
            terms = terms.Where(t => EF.Functions.Like(t.Name.ToLower(), pattern));
        }

        var ordered = terms.OrderBy(t => t.SortOrder).ThenBy(t => t.Name).ThenBy(t => t.Id);
        var total = await ordered.CountAsync(cancellationToken);
        var page = await ordered.Skip((query.Page - 1) * query.PerPage).Take(query.PerPage).ToListAsync(cancellationToken);
        return Results.Json(Page(page.Select(t => OrukMapper.Term(t, t.Taxonomy)).ToList(), total, query.Page, query.PerPage), Json);
    }

    private static async Task<IResult> GetTaxonomyTerm(string id, TogetherDbContext db, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(id, "D", out var termId))
        {
            return BadParameter(new("id", "id must be a UUID, like 3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        }

        var term = await db.DirectoryTaxonomyTerms.AsNoTracking().Include(t => t.Taxonomy).FirstOrDefaultAsync(t => t.Id == termId, cancellationToken);
        return term is null ? NotFound("taxonomy_term", termId) : Results.Json(OrukMapper.Term(term, term.Taxonomy), Json);
    }
}

/// <summary>Streams every result as newline-delimited JSON, loading records in batches so memory stays flat.</summary>
public sealed class NdjsonResult<TKey>(IReadOnlyList<TKey> keys, Func<IReadOnlyList<TKey>, Task<List<object>>> load) : IResult
{
    private const int BatchSize = 200;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/x-ndjson; charset=utf-8";
        var body = httpContext.Response.Body;
        foreach (var batch in keys.Chunk(BatchSize))
        {
            foreach (var item in await load(batch))
            {
                await JsonSerializer.SerializeAsync(body, item, item.GetType(), OrukApi.Json, httpContext.RequestAborted);
                await body.WriteAsync("\n"u8.ToArray(), httpContext.RequestAborted);
            }

            await body.FlushAsync(httpContext.RequestAborted);
        }
    }
}

/// <summary>
/// ORUK list entries for the services and service-at-locations found most recently, so a page of results usually
/// needs no database read (measured at 100,000 services under load: reading the page's twenty entries was most of an
/// ORUK search's time). Bounded, and emptied with the search index: at once for a save on this server, within
/// <see cref="ServiceIndexCache.CheckEvery"/> for other servers.
/// </summary>
public sealed class OrukListItems : IDisposable
{
    /// <summary>Memory for each kind of entry, at most: about 15,000 service-at-locations.</summary>
    public const long MaxBytes = 24 * 1024 * 1024;

    public BatchCache<PreparedJson> Services { get; } = new(MaxBytes, ServiceIndexCache.KeepResultsFor, entry => entry.Utf8.Length);

    public BatchCache<PreparedJson> ServiceAtLocations { get; } = new(MaxBytes, ServiceIndexCache.KeepResultsFor, entry => entry.Utf8.Length);

    public void Dispose()
    {
        Services.Dispose();
        ServiceAtLocations.Dispose();
    }
}

/// <summary>
/// A list entry already written as JSON. Kept entries are held this way: one array of bytes each rather than a tree of
/// objects is about half the memory and gives the collector one object to look at instead of dozens, and a page made of
/// kept entries is written without serializing them again.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class PreparedJson
{
    private PreparedJson(byte[] utf8) => Utf8 = utf8;

    public byte[] Utf8 { get; }

    /// <summary>As the value would be written in a list of objects: by its own type.</summary>
    public static PreparedJson Of(object value, JsonSerializerOptions options) => new(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), options));

    private sealed class Converter : JsonConverter<PreparedJson>
    {
        public override PreparedJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Prepared JSON is only written.");

        // Written by the serializer moments before, so it is known to be valid.
        public override void Write(Utf8JsonWriter writer, PreparedJson value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Utf8, skipInputValidation: true);
    }
}
