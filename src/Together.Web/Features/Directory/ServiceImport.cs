using System.Globalization;
using System.Net.Mail;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.ServiceDirectory;

/// <summary>One reason a row was refused: where (row or line), which field, and why.</summary>
public sealed record ImportProblem(int Row, string Field, string Reason);

/// <summary>The outcome of an import. Nothing is stored unless Problems is empty.</summary>
public sealed record ImportReport(string RowLabel, int Rows, int Created, int Updated, IReadOnlyList<ImportProblem> Problems, bool MoreProblems)
{
    public bool Succeeded => Problems.Count == 0;

    public string Summary => Succeeded
        ? $"Imported {Rows:N0} services: {Created:N0} new, {Updated:N0} updated."
        : $"Nothing was imported: {Problems.Count:N0}{(MoreProblems ? " or more" : "")} problems in {Problems.Select(p => p.Row).Distinct().Count():N0} {RowLabel}s.";
}

/// <summary>A service read from a feed or file, before it is checked.</summary>
public sealed record ImportCandidate(int Row, OrukService? Service, TogetherServiceExtension? Extension, IReadOnlyList<(string Field, string Reason)> Problems);

/// <summary>
/// Imports services from an ORUK feed (a base URL: /services then /services/{id}), a JSON array or ndjson file of
/// HSDS services, or the CSV template. All or nothing: everything is checked and written inside one transaction, which
/// is rolled back if any row has a problem, and the report names every problem by row, field and reason. Services,
/// organisations and locations are matched by UUID (an existing id is updated, a new id created). Categories must be
/// in a taxonomy already or be described in the feed. Written in batches so 100,000 services fit in flat memory.
/// </summary>
public sealed class ServiceImport(TogetherDbContext db, TimeProvider clock, IHttpClientFactory httpClients)
{
    public const string HttpClientName = "directory-import";
    public const int MaxProblems = 500;
    public const int MaxFeedServices = 200_000;
    private const int BatchSize = 500;

    private static readonly JsonSerializerOptions Json = new(OrukApi.Json);

    public Task<ImportReport> ImportFileAsync(Stream stream, TransferFormat format, string updatedBy, CancellationToken cancellationToken = default) => format switch
    {
        TransferFormat.Csv => ImportAsync(CsvAsync(stream, cancellationToken), "row", updatedBy, cancellationToken),
        TransferFormat.Ndjson => ImportAsync(NdjsonAsync(stream, cancellationToken), "line", updatedBy, cancellationToken),
        _ => ImportAsync(JsonArrayAsync(stream, cancellationToken), "item", updatedBy, cancellationToken),
    };

    public Task<ImportReport> ImportFeedAsync(Uri baseUrl, string updatedBy, CancellationToken cancellationToken = default) =>
        ImportAsync(FeedAsync(baseUrl, cancellationToken), "service", updatedBy, cancellationToken);

    /// <summary>Checks a base URL given by a person: absolute http or https, no credentials in it.</summary>
    public static string? CheckFeedUrl(string? text, out Uri? url)
    {
        url = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Enter the address of an Open Referral UK feed";
        }

        if (text.Length > 500 || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https") || parsed.UserInfo.Length > 0)
        {
            return "Enter the feed's address starting with https://, like https://example.org/oruk";
        }

        url = new Uri(parsed.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        return null;
    }

    // ---------- readers: each turns its input into numbered candidates ----------

    private static async IAsyncEnumerable<ImportCandidate> JsonArrayAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var row = 0;
        var items = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, Json, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            ImportCandidate? failure = null;
            try
            {
                if (!await items.MoveNextAsync())
                {
                    break;
                }
            }
            catch (JsonException error)
            {
                failure = new ImportCandidate(row + 1, null, null, [("file", $"is not a JSON array of services (line {(error.LineNumber ?? 0) + 1}): {Plain(error)}")]);
            }

            if (failure is not null)
            {
                yield return failure;
                yield break;
            }

            row++;
            yield return FromJson(row, items.Current);
        }

        await items.DisposeAsync();
    }

    private static async IAsyncEnumerable<ImportCandidate> NdjsonAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream);
        var line = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return ParseLine(line, text);
        }
    }

    private static ImportCandidate ParseLine(int line, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return FromJson(line, document.RootElement);
        }
        catch (JsonException error)
        {
            return new ImportCandidate(line, null, null, [("line", "is not valid JSON: " + Plain(error))]);
        }
    }

    private static readonly string[] RequiredColumns = ["name", "description"];

    private async IAsyncEnumerable<ImportCandidate> CsvAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var termsByCode = (await db.DirectoryTaxonomyTerms.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(t => t.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        using var reader = new StreamReader(stream);
        List<string>? header = null;
        await foreach (var (row, record) in CsvRecords.ReadAsync(reader, cancellationToken))
        {
            if (header is null)
            {
                header = record.Select(h => h.Trim().ToLowerInvariant()).ToList();
                var known = ServiceCsv.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
                var headerProblems = header.Where(h => !known.Contains(h)).Select(h => ("header", $"'{h}' is not a column of the template")).ToList();
                headerProblems.AddRange(RequiredColumns.Where(c => !header.Contains(c)).Select(c => ("header", $"the {c} column is missing")));
                if (headerProblems.Count > 0)
                {
                    yield return new ImportCandidate(row, null, null, headerProblems);
                    yield break;
                }

                continue;
            }

            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var problems = new List<(string, string)>();
            if (record.Count != header.Count)
            {
                problems.Add(("row", $"has {record.Count} cells but the header has {header.Count}; put text with commas in double quotes"));
            }

            string? Field(string name)
            {
                var i = header.IndexOf(name);
                return i >= 0 && i < record.Count ? record[i] : null;
            }

            var (service, extension) = ServiceCsv.Parse(Field, termsByCode, problems);
            yield return new ImportCandidate(row, service, extension, problems);
        }

        if (header is null)
        {
            yield return new ImportCandidate(1, null, null, [("header", "the file is empty; the first row must be the column names from the template")]);
        }
    }

    private async IAsyncEnumerable<ImportCandidate> FeedAsync(Uri baseUrl, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        var ids = new List<Guid>();
        string? failure = null;
        for (var page = 1; failure is null; page++)
        {
            var (document, error) = await GetJsonAsync(http, new Uri(baseUrl, $"services?page={page}&per_page=200"), cancellationToken);
            if (error is not null)
            {
                failure = error;
                break;
            }

            using (document)
            {
                var root = document!.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("contents", out var contents) || contents.ValueKind != JsonValueKind.Array)
                {
                    failure = $"{baseUrl}services did not answer with an ORUK page (no contents list)";
                    break;
                }

                foreach (var item in contents.EnumerateArray())
                {
                    if (item.TryGetProperty("id", out var id) && id.TryGetGuid(out var guid))
                    {
                        ids.Add(guid);
                    }
                }

                var last = root.TryGetProperty("last_page", out var lastPage) && lastPage.ValueKind == JsonValueKind.True;
                var totalPages = root.TryGetProperty("total_pages", out var total) && total.TryGetInt32(out var pages) ? pages : page;
                if (last || page >= totalPages || contents.GetArrayLength() == 0)
                {
                    break;
                }
            }

            if (ids.Count > MaxFeedServices)
            {
                failure = $"the feed has more than {MaxFeedServices:N0} services";
            }
        }

        if (failure is not null)
        {
            yield return new ImportCandidate(0, null, null, [("url", failure)]);
            yield break;
        }

        var row = 0;
        foreach (var id in ids)
        {
            row++;
            var (document, error) = await GetJsonAsync(http, new Uri(baseUrl, $"services/{id:D}"), cancellationToken);
            if (error is not null)
            {
                yield return new ImportCandidate(row, null, null, [("url", error)]);
                continue;
            }

            using (document)
            {
                yield return FromJson(row, document!.RootElement);
            }
        }
    }

    private static async Task<(JsonDocument? Document, string? Error)> GetJsonAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            return (await JsonDocument.ParseAsync(body, default, cancellationToken), null);
        }
        catch (HttpRequestException error)
        {
            return (null, $"could not reach {url}: {error.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"{url} did not answer in time");
        }
        catch (JsonException error)
        {
            return (null, $"{url} did not answer with JSON: {Plain(error)}");
        }
    }

    private static ImportCandidate FromJson(int row, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new ImportCandidate(row, null, null, [("service", "must be a JSON object")]);
        }

        try
        {
            var service = element.Deserialize<OrukService>(Json);
            TogetherServiceExtension? extension = null;
            if (element.TryGetProperty(TransferFormats.ExtensionProperty, out var x) && x.ValueKind == JsonValueKind.Object)
            {
                extension = x.Deserialize<TogetherServiceExtension>(Json);
            }

            return new ImportCandidate(row, service, extension, []);
        }
        catch (JsonException error)
        {
            var field = (error.Path ?? "$").TrimStart('$').TrimStart('.');
            return new ImportCandidate(row, null, null, [(field.Length == 0 ? "service" : field, "has the wrong type: " + Plain(error))]);
        }
    }

    private static string Plain(JsonException error) => error.Message.Split(" Path:", 2)[0].Split(". LineNumber", 2)[0];

    // ---------- checking and storing ----------

    public async Task<ImportReport> ImportAsync(IAsyncEnumerable<ImportCandidate> candidates, string rowLabel, string updatedBy, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var terms = await db.DirectoryTaxonomyTerms.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        var taxonomies = await db.DirectoryTaxonomies.AsNoTracking().Select(t => t.Id).ToHashSetAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().Select(a => a.Id).ToHashSetAsync(cancellationToken);
        var problems = new List<ImportProblem>();
        var more = false;
        var seen = new Dictionary<Guid, int>();
        int rows = 0, created = 0, updated = 0;
        var batch = new List<Built>(BatchSize);

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await foreach (var candidate in candidates.WithCancellation(cancellationToken))
            {
                rows++;
                var rowProblems = candidate.Problems.ToList();
                Built? built = null;
                if (candidate.Service is { } service)
                {
                    built = Build(service, candidate.Extension, now, terms, taxonomies, areas, rowProblems);
                    if (seen.TryGetValue(service.Id, out var earlier))
                    {
                        rowProblems.Add(("id", $"{service.Id} is also used by {rowLabel} {earlier}; each service must appear once"));
                    }
                    else
                    {
                        seen[service.Id] = candidate.Row;
                    }
                }

                foreach (var (field, reason) in rowProblems)
                {
                    if (problems.Count >= MaxProblems)
                    {
                        more = true;
                        break;
                    }

                    problems.Add(new ImportProblem(candidate.Row, field, reason));
                }

                // After the first problem nothing more is written, but every row is still checked for the report.
                if (problems.Count == 0 && built is not null)
                {
                    batch.Add(built);
                    if (batch.Count >= BatchSize)
                    {
                        var (c, u) = await WriteAsync(batch, updatedBy, now, cancellationToken);
                        created += c;
                        updated += u;
                        batch.Clear();
                    }
                }
                else
                {
                    batch.Clear();
                }

                if (more)
                {
                    break;
                }
            }

            if (rows == 0 && problems.Count == 0)
            {
                problems.Add(new ImportProblem(0, "file", "there are no services in it"));
            }

            if (problems.Count == 0 && batch.Count > 0)
            {
                var (c, u) = await WriteAsync(batch, updatedBy, now, cancellationToken);
                created += c;
                updated += u;
            }

        }
        catch (ImportRowException error)
        {
            problems.Add(new ImportProblem(seen.TryGetValue(error.ServiceId, out var row) ? row : 0, error.Field, error.Message));
        }

        try
        {
            if (problems.Count == 0)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
            }
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        return problems.Count == 0
            ? new ImportReport(rowLabel, rows, created, updated, [], false)
            : new ImportReport(rowLabel, rows, 0, 0, problems, more);
    }

    private sealed record Built(
        DirectoryService Service, DirectoryOrganization? Organization, string? OrganizationName,
        List<DirectoryLocation> Locations, List<DirectoryTaxonomyTerm> NewTerms, List<DirectoryTaxonomy> NewTaxonomies);

    private Built? Build(
        OrukService o, TogetherServiceExtension? x, DateTime now, Dictionary<Guid, DirectoryTaxonomyTerm> terms, HashSet<Guid> taxonomies,
        HashSet<string> areas, List<(string Field, string Reason)> problems)
    {
        void Problem(string field, string reason) => problems.Add((field, reason));

        if (o.Id == Guid.Empty)
        {
            Problem("id", "is required and must be a UUID");
        }

        if (string.IsNullOrWhiteSpace(o.Name))
        {
            Problem("name", "is required");
        }

        if (string.IsNullOrWhiteSpace(o.Description))
        {
            Problem("description", "is required: say what the service is in plain words");
        }

        ServiceStatus status = ServiceStatus.Active;
        switch ((o.Status ?? "").Trim().ToLowerInvariant())
        {
            case "" or "active": status = ServiceStatus.Active; break;
            case "inactive": status = ServiceStatus.Inactive; break;
            case "defunct": status = ServiceStatus.Defunct; break;
            case "temporarily closed" or "temporarily_closed": status = ServiceStatus.TemporarilyClosed; break;
            default: Problem("status", "must be active, inactive, defunct or temporarily closed"); break;
        }

        CheckAge(o.MinimumAge, "minimum_age", problems);
        CheckAge(o.MaximumAge, "maximum_age", problems);
        if (o.MinimumAge > o.MaximumAge)
        {
            Problem("minimum_age", "must not be more than maximum_age");
        }

        CheckUrl(o.Url, "url", problems);
        CheckEmail(o.Email, "email", problems);
        CheckEmail(o.AssurerEmail, "assurer_email", problems);

        var lastModified = now;
        if (!string.IsNullOrWhiteSpace(o.LastModified))
        {
            if (DateTimeOffset.TryParse(o.LastModified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var modified) && o.LastModified.Length >= 10 && o.LastModified[4] == '-')
            {
                lastModified = modified.UtcDateTime;
            }
            else
            {
                Problem("last_modified", "must be an ISO 8601 date-time, like 2026-11-01T09:00:00Z");
            }
        }

        var service = new DirectoryService
        {
            Id = o.Id,
            OrganizationId = o.OrganizationId,
            Name = (o.Name ?? "").Trim(),
            Description = (o.Description ?? "").Trim(),
            Url = Blank(o.Url),
            Email = Blank(o.Email),
            Status = status,
            Fees = Blank(o.Fees),
            Accreditations = Blank(o.Accreditations),
            MinimumAge = o.MinimumAge,
            MaximumAge = o.MaximumAge,
            EligibilityDescription = Blank(o.EligibilityDescription),
            ApplicationProcess = Blank(o.ApplicationProcess),
            SendSupport = Blank(x?.SendSupport),
            Alert = Blank(o.Alert),
            AssuredDate = Date(o.AssuredDate, "assured_date", problems),
            AssurerEmail = Blank(o.AssurerEmail),
            LastModified = lastModified,
        };

        // The organisation: by id, or (CSV without an id) by name.
        DirectoryOrganization? organization = null;
        if (o.Organization is { } org && !string.IsNullOrWhiteSpace(org.Name))
        {
            var organizationId = org.Id != Guid.Empty ? org.Id : o.OrganizationId;
            if (o.OrganizationId != Guid.Empty && org.Id != Guid.Empty && org.Id != o.OrganizationId)
            {
                Problem("organization.id", "must be the same as organization_id");
            }

            CheckUrl(org.Website, "organization.website", problems);
            CheckEmail(org.Email, "organization.email", problems);
            organization = new DirectoryOrganization
            {
                Id = organizationId,
                Name = org.Name.Trim(),
                Description = org.Description ?? "",
                Email = Blank(org.Email),
                Website = Blank(org.Website),
                LastModified = now,
            };
            service.OrganizationId = organizationId;
            CheckLengths(organization, "organization.", problems);
        }
        else if (o.OrganizationId == Guid.Empty)
        {
            Problem("organization_id", "is required: give the organisation's id or its name");
        }

        var index = 0;
        foreach (var s in o.Schedules ?? [])
        {
            var field = $"schedules[{index++}]";
            var frequency = (s.Freq ?? "").ToUpperInvariant() switch
            {
                "WEEKLY" or "" => ScheduleFrequency.Weekly,
                "MONTHLY" => ScheduleFrequency.Monthly,
                _ => (ScheduleFrequency?)null,
            };
            if (frequency is null)
            {
                Problem(field + ".freq", "must be WEEKLY or MONTHLY");
            }

            var byDay = Blank(s.Byday)?.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
            if (byDay is not null && ScheduleText.ParseByDay(byDay).Count != byDay.Split(',').Length)
            {
                Problem(field + ".byday", "must be days like MO,TU or 2TU (RFC 5545)");
            }

            var opens = Time(s.OpensAt, field + ".opens_at", problems);
            var closes = Time(s.ClosesAt, field + ".closes_at", problems);
            var schedule = new DirectorySchedule
            {
                Id = s.Id,
                ServiceId = service.Id,
                ServiceAtLocationId = s.ServiceAtLocationId is { } link && (o.ServiceAtLocations ?? []).Any(l => l.Id == link) ? link : null,
                ValidFrom = Date(s.ValidFrom, field + ".valid_from", problems),
                ValidTo = Date(s.ValidTo, field + ".valid_to", problems),
                DtStart = Date(s.Dtstart, field + ".dtstart", problems),
                Frequency = frequency ?? ScheduleFrequency.Weekly,
                Interval = s.Interval,
                ByDay = byDay,
                ByMonthDay = Blank(s.Bymonthday),
                OpensAt = opens,
                ClosesAt = closes,
                Notes = Blank(s.Notes),
                AttendingType = Blank(s.AttendingType),
            };
            // The description is written from the rule when there is none, so only keep one that says something else.
            schedule.Description = Blank(s.Description) is { } description && description != ScheduleText.Sentence(schedule) ? description : null;
            service.Schedules.Add(schedule);
        }

        index = 0;
        foreach (var c in o.CostOptions ?? [])
        {
            var field = $"cost_options[{index++}]";
            if (c.Amount is < 0 or > 100_000)
            {
                Problem(field + ".amount", "must be from 0 to 100000 pounds");
            }

            service.CostOptions.Add(new DirectoryCostOption
            {
                Id = c.Id, ServiceId = service.Id, Option = Blank(c.Option), Amount = c.Amount, AmountDescription = Blank(c.AmountDescription),
                ValidFrom = Date(c.ValidFrom, field + ".valid_from", problems), ValidTo = Date(c.ValidTo, field + ".valid_to", problems),
            });
        }

        index = 0;
        foreach (var l in o.Languages ?? [])
        {
            if (string.IsNullOrWhiteSpace(l.Name) && string.IsNullOrWhiteSpace(l.Code))
            {
                Problem($"languages[{index}].name", "is required");
            }

            index++;
            service.Languages.Add(new DirectoryLanguage { Id = l.Id, ServiceId = service.Id, Name = Blank(l.Name) ?? l.Code!, Code = Blank(l.Code)?.ToLowerInvariant(), Note = Blank(l.Note) });
        }

        foreach (var a in o.ServiceAreas ?? [])
        {
            var areaId = x?.ServiceAreaIds is { } ids && ids.TryGetValue(a.Id, out var id) && areas.Contains(id) ? id : null;
            service.ServiceAreas.Add(new DirectoryServiceArea { Id = a.Id, ServiceId = service.Id, Name = a.Name ?? "", AreaId = areaId, Uri = Blank(a.Uri) });
        }

        index = 0;
        foreach (var c in o.Contacts ?? [])
        {
            CheckEmail(c.Email, $"contacts[{index++}].email", problems);
            service.Contacts.Add(new DirectoryContact { Id = c.Id, ServiceId = service.Id, Name = Blank(c.Name), Title = Blank(c.Title), Department = Blank(c.Department), Email = Blank(c.Email) });
        }

        index = 0;
        foreach (var p in o.Phones ?? [])
        {
            if (string.IsNullOrWhiteSpace(p.Number))
            {
                Problem($"phones[{index}].number", "is required");
            }

            index++;
            service.Phones.Add(new DirectoryPhone { Id = p.Id, ServiceId = service.Id, Number = (p.Number ?? "").Trim(), Type = Blank(p.Type), Description = Blank(p.Description) });
        }

        // Categories: a term we know, or one the feed describes (created, with its taxonomy, if new).
        var newTerms = new List<DirectoryTaxonomyTerm>();
        var newTaxonomies = new List<DirectoryTaxonomy>();
        index = 0;
        foreach (var a in o.Attributes ?? [])
        {
            var field = $"attributes[{index++}]";
            if (!terms.ContainsKey(a.TaxonomyTermId))
            {
                if (a.TaxonomyTerm is { } t && !string.IsNullOrWhiteSpace(t.Name) && t.TaxonomyId != Guid.Empty)
                {
                    var term = new DirectoryTaxonomyTerm
                    {
                        Id = a.TaxonomyTermId,
                        TaxonomyId = t.TaxonomyId,
                        ParentId = t.ParentId is { } parent && terms.ContainsKey(parent) ? parent : null,
                        Code = Blank(t.Code) ?? Slug(t.Name),
                        Name = t.Name,
                        Description = t.Description ?? "",
                        TermUri = Blank(t.TermUri),
                        SortOrder = 10_000 + terms.Count,
                    };
                    if (!taxonomies.Contains(t.TaxonomyId))
                    {
                        newTaxonomies.Add(new DirectoryTaxonomy { Id = t.TaxonomyId, Name = Blank(t.Taxonomy) ?? "Imported categories", Description = "Categories imported with services." });
                        taxonomies.Add(t.TaxonomyId);
                    }

                    CheckLengths(term, field + ".taxonomy_term.", problems);
                    terms[term.Id] = term;
                    newTerms.Add(term);
                }
                else
                {
                    Problem(field + ".taxonomy_term_id", $"there is no category with id {a.TaxonomyTermId} and the feed does not describe it");
                    continue;
                }
            }

            service.Attributes.Add(new DirectoryAttribute { Id = a.Id, ServiceId = service.Id, TaxonomyTermId = a.TaxonomyTermId, Value = Blank(a.Value) });
        }

        var locations = new List<DirectoryLocation>();
        index = 0;
        foreach (var link in o.ServiceAtLocations ?? [])
        {
            var field = $"service_at_locations[{index++}]";
            if (link.Location is not { } l)
            {
                Problem(field + ".location", "is required: describe the location");
                continue;
            }

            var type = LocationKind(l.LocationType, field + ".location.location_type", problems);
            if (l.Latitude is < -90 or > 90)
            {
                Problem(field + ".location.latitude", "must be from -90 to 90");
            }

            if (l.Longitude is < -180 or > 180)
            {
                Problem(field + ".location.longitude", "must be from -180 to 180");
            }

            var location = new DirectoryLocation
            {
                Id = l.Id, LocationType = type, Name = Blank(l.Name), Description = Blank(l.Description), Latitude = l.Latitude, Longitude = l.Longitude, LastModified = now,
            };
            var a = 0;
            foreach (var address in l.Addresses ?? [])
            {
                location.Addresses.Add(new DirectoryAddress
                {
                    Id = address.Id, LocationId = l.Id, Attention = Blank(address.Attention), Address1 = address.Address1 ?? "", Address2 = Blank(address.Address2),
                    City = address.City ?? "", Region = Blank(address.Region), StateProvince = address.StateProvince ?? "", PostalCode = address.PostalCode ?? "",
                    Country = string.IsNullOrWhiteSpace(address.Country) ? "GB" : address.Country.Trim().ToUpperInvariant(),
                    AddressType = LocationKind(address.AddressType, $"{field}.location.addresses[{a}].address_type", problems),
                });
                CheckLengths(location.Addresses[^1], $"{field}.location.addresses[{a++}].", problems);
            }

            foreach (var access in l.Accessibility ?? [])
            {
                location.Accessibility.Add(new DirectoryAccessibility { Id = access.Id, LocationId = l.Id, Description = Blank(access.Description), Details = Blank(access.Details), Url = Blank(access.Url) });
            }

            CheckLengths(location, field + ".location.", problems);
            locations.Add(location);
            service.ServiceAtLocations.Add(new DirectoryServiceAtLocation { Id = link.Id, ServiceId = service.Id, LocationId = l.Id, Description = Blank(link.Description) });
        }

        // How it is delivered: Together's own fields when present, otherwise read from the locations and schedules.
        service.DeliveredInPerson = x?.DeliveredInPerson ?? (locations.Any(l => l.LocationType == LocationType.Physical) || service.Schedules.Any(s => s.AttendingType == "in_person"));
        service.DeliveredOnline = x?.DeliveredOnline ?? (locations.Any(l => l.LocationType == LocationType.Virtual) || service.Schedules.Any(s => s.AttendingType == "online"));
        service.DeliveredByPhone = x?.DeliveredByPhone ?? service.Schedules.Any(s => s.AttendingType == "phone");

        CheckLengths(service, "", problems);
        foreach (var (items, name) in new (IEnumerable<object>, string)[]
                 {
                     (service.Schedules, "schedules"), (service.CostOptions, "cost_options"), (service.Languages, "languages"), (service.ServiceAreas, "service_areas"),
                     (service.Contacts, "contacts"), (service.Phones, "phones"), (service.Attributes, "attributes"),
                 })
        {
            var i = 0;
            foreach (var item in items)
            {
                CheckLengths(item, $"{name}[{i++}].", problems);
            }
        }

        var duplicate = service.Schedules.Select(s => s.Id).Concat(service.CostOptions.Select(c => c.Id)).Concat(service.Languages.Select(c => c.Id))
            .Concat(service.ServiceAreas.Select(c => c.Id)).Concat(service.Contacts.Select(c => c.Id)).Concat(service.Phones.Select(c => c.Id))
            .Concat(service.Attributes.Select(c => c.Id)).Concat(service.ServiceAtLocations.Select(c => c.Id))
            .GroupBy(id => id).FirstOrDefault(g => g.Count() > 1 || g.Key == Guid.Empty);
        if (duplicate is not null)
        {
            Problem("id", duplicate.Key == Guid.Empty ? "every nested record needs its own id (UUID)" : $"the id {duplicate.Key} is used twice inside this service");
        }

        return new Built(service, organization, o.Organization?.Name, locations, newTerms, newTaxonomies);
    }

    /// <summary>Every text field against its column's length (from the model, so the rule and the table agree).</summary>
    private void CheckLengths(object entity, string prefix, List<(string, string)> problems)
    {
        var type = db.Model.FindEntityType(entity.GetType());
        if (type is null)
        {
            return;
        }

        foreach (var property in type.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null && p.PropertyInfo is not null))
        {
            if (property.PropertyInfo!.GetValue(entity) is string value && value.Length > property.GetMaxLength())
            {
                problems.Add((prefix + JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name), $"must be {property.GetMaxLength():N0} characters or fewer (it has {value.Length:N0})"));
            }
        }
    }

    private async Task<(int Created, int Updated)> WriteAsync(List<Built> batch, string updatedBy, DateTime now, CancellationToken cancellationToken)
    {
        // Taxonomies and terms first (terms may be parents of terms later in the batch).
        foreach (var taxonomy in batch.SelectMany(b => b.NewTaxonomies).DistinctBy(t => t.Id))
        {
            if (!await db.DirectoryTaxonomies.AnyAsync(t => t.Id == taxonomy.Id, cancellationToken))
            {
                db.DirectoryTaxonomies.Add(taxonomy);
            }
        }

        foreach (var term in batch.SelectMany(b => b.NewTerms).DistinctBy(t => t.Id))
        {
            if (!await db.DirectoryTaxonomyTerms.AnyAsync(t => t.Id == term.Id, cancellationToken))
            {
                db.DirectoryTaxonomyTerms.Add(term);
            }
        }

        // Organisations: by id; a CSV row without an id matches an organisation of the same name or makes a new one.
        var organizationIds = batch.Select(b => b.Service.OrganizationId).Where(id => id != Guid.Empty).Distinct().ToList();
        var organizations = await db.DirectoryOrganizations.Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        foreach (var built in batch)
        {
            if (built.Service.OrganizationId == Guid.Empty)
            {
                var name = built.OrganizationName!.Trim();
                var match = organizations.Values.FirstOrDefault(o => o.Name == name)
                    ?? await db.DirectoryOrganizations.FirstOrDefaultAsync(o => o.Name == name, cancellationToken);
                if (match is null)
                {
                    match = built.Organization!;
                    match.Id = ServiceCsv.Derived(Guid.Empty, "organization:" + name, 0);
                    db.DirectoryOrganizations.Add(match);
                }

                organizations[match.Id] = match;
                built.Service.OrganizationId = match.Id;
                continue;
            }

            if (organizations.TryGetValue(built.Service.OrganizationId, out var existing))
            {
                if (built.Organization is { } incoming && (existing.Name != incoming.Name || existing.Description != incoming.Description || existing.Email != incoming.Email || existing.Website != incoming.Website))
                {
                    // A CSV row carries only the name; keep the rest of what we know.
                    existing.Name = incoming.Name;
                    if (incoming.Description.Length > 0 || incoming.Email is not null || incoming.Website is not null)
                    {
                        existing.Description = incoming.Description;
                        existing.Email = incoming.Email;
                        existing.Website = incoming.Website;
                    }

                    existing.LastModified = now;
                }
            }
            else if (built.Organization is { } incoming)
            {
                db.DirectoryOrganizations.Add(incoming);
                organizations[incoming.Id] = incoming;
            }
            else
            {
                throw new ImportRowException(built.Service.Id, "organization_id", $"there is no organisation with id {built.Service.OrganizationId} and the feed does not describe it");
            }
        }

        // Locations, shared between services: last description in the batch wins.
        var incomingLocations = batch.SelectMany(b => b.Locations).GroupBy(l => l.Id).Select(g => g.Last()).ToList();
        var locationIds = incomingLocations.Select(l => l.Id).ToList();
        var locations = await db.DirectoryLocations.Include(l => l.Addresses).Include(l => l.Accessibility)
            .Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        foreach (var location in incomingLocations)
        {
            if (locations.TryGetValue(location.Id, out var existing))
            {
                var lastModified = existing.LastModified;
                db.Entry(existing).CurrentValues.SetValues(location);
                existing.LastModified = db.Entry(existing).Properties.Any(p => p.IsModified) ? now : lastModified;
                Sync(existing.Addresses, location.Addresses, a => a.Id);
                Sync(existing.Accessibility, location.Accessibility, a => a.Id);
            }
            else
            {
                db.DirectoryLocations.Add(location);
            }
        }

        var serviceIds = batch.Select(b => b.Service.Id).ToList();
        var services = await db.DirectoryServices.AsSplitQuery()
            .Include(s => s.Schedules).Include(s => s.CostOptions).Include(s => s.Languages).Include(s => s.ServiceAreas)
            .Include(s => s.Contacts).Include(s => s.Phones).Include(s => s.Attributes).Include(s => s.ServiceAtLocations)
            .Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        int created = 0, updated = 0;
        foreach (var built in batch)
        {
            var incoming = built.Service;
            if (services.TryGetValue(incoming.Id, out var existing))
            {
                db.Entry(existing).CurrentValues.SetValues(incoming);
                Sync(existing.ServiceAtLocations, incoming.ServiceAtLocations, x => x.Id);
                Sync(existing.Schedules, incoming.Schedules, x => x.Id);
                Sync(existing.CostOptions, incoming.CostOptions, x => x.Id);
                Sync(existing.Languages, incoming.Languages, x => x.Id);
                Sync(existing.ServiceAreas, incoming.ServiceAreas, x => x.Id);
                Sync(existing.Contacts, incoming.Contacts, x => x.Id);
                Sync(existing.Phones, incoming.Phones, x => x.Id);
                Sync(existing.Attributes, incoming.Attributes, x => x.Id);
                updated++;
            }
            else
            {
                db.DirectoryServices.Add(incoming);
                created++;
            }

            db.DirectoryMetadata.Add(new DirectoryMetadata
            {
                Id = Guid.NewGuid(),
                ResourceId = incoming.Id,
                ResourceType = "service",
                LastActionDate = now,
                LastActionType = existing is null ? "create" : "update",
                FieldName = "*",
                ReplacementValue = "imported",
                UpdatedBy = updatedBy.Length > 200 ? updatedBy[..200] : updatedBy,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (created, updated);
    }

    /// <summary>Makes a loaded child list match the incoming one by id: update in place, add new, remove missing (each change audited).</summary>
    private void Sync<T>(List<T> existing, List<T> incoming, Func<T, Guid> id)
        where T : class
    {
        var wanted = incoming.ToDictionary(id);
        foreach (var item in existing.ToList())
        {
            if (wanted.Remove(id(item), out var replacement))
            {
                db.Entry(item).CurrentValues.SetValues(replacement);
            }
            else
            {
                existing.Remove(item);
                db.Remove(item);
            }
        }

        foreach (var item in incoming.Where(i => wanted.ContainsKey(id(i))))
        {
            existing.Add(item);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Slug(string name) =>
        string.Join('-', new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 } slug
            ? (slug.Length > 100 ? slug[..100] : slug) : "category";

    private static void CheckAge(int? age, string field, List<(string, string)> problems)
    {
        if (age is < 0 or > 130)
        {
            problems.Add((field, "must be a whole number of years from 0 to 130"));
        }
    }

    private static void CheckUrl(string? url, string field, List<(string, string)> problems)
    {
        if (!string.IsNullOrWhiteSpace(url) && (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https")))
        {
            problems.Add((field, "must be a web address starting with https:// or http://"));
        }
    }

    private static void CheckEmail(string? email, string field, List<(string, string)> problems)
    {
        if (!string.IsNullOrWhiteSpace(email) && (!MailAddress.TryCreate(email.Trim(), out var address) || address.Address != email.Trim()))
        {
            problems.Add((field, "must be an email address like name@example.org"));
        }
    }

    private static DateTime? Date(string? text, string field, List<(string, string)> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }

        if (text.Length >= 10 && text[4] == '-' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant.UtcDateTime.Date;
        }

        problems.Add((field, "must be a date like 2026-11-01"));
        return null;
    }

    private static string? Time(string? text, string field, List<(string, string)> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (ScheduleText.ParseTime(text) is not { } time)
        {
            problems.Add((field, "must be a time of day like 09:30"));
            return null;
        }

        return time.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    private static LocationType LocationKind(string? text, string field, List<(string, string)> problems)
    {
        switch ((text ?? "").Trim().ToLowerInvariant())
        {
            case "physical" or "":
                return LocationType.Physical;
            case "postal":
                return LocationType.Postal;
            case "virtual":
                return LocationType.Virtual;
            default:
                problems.Add((field, "must be physical, postal or virtual"));
                return LocationType.Physical;
        }
    }
}

/// <summary>A problem only found while writing (for example an organisation that exists nowhere).</summary>
public sealed class ImportRowException(Guid serviceId, string field, string reason) : Exception(reason)
{
    public Guid ServiceId { get; } = serviceId;
    public string Field { get; } = field;
}
