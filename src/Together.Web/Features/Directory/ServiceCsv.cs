using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Together.Web.Features.ServiceDirectory;

/// <summary>
/// The CSV template: one service a row, one location, one cost, one phone and one contact per service, lists in one
/// cell separated by ";". Richer services (several locations or costs) round-trip through JSON or ndjson instead.
/// Documented in docs/directory.md; the template is downloadable from the import page.
/// </summary>
public static class ServiceCsv
{
    public sealed record Column(string Name, string Description, string Example);

    public static readonly IReadOnlyList<Column> Columns =
    [
        new("id", "The service's UUID. Leave empty for a new service; an existing id updates that service.", ""),
        new("name", "Required. The service's name, up to 200 characters.", "Stay and play at Crewe Family Hub"),
        new("status", "active, inactive, defunct or temporarily closed. Empty means active.", "active"),
        new("organization_id", "The UUID of the organisation that runs it. Empty to match or create one by name.", ""),
        new("organization_name", "Required for a new organisation. Who runs the service.", "Cheshire East Family Hubs"),
        new("description", "Required. What the service is, in plain words, up to 4,000 characters.", "Drop in with your baby or young child for play, songs and a chat."),
        new("url", "The service's website (https://…).", "https://example.org/stay-and-play"),
        new("email", "The service's email address.", "familyhubs@example.org"),
        new("minimum_age", "Youngest age in years (whole number), empty for no limit.", "0"),
        new("maximum_age", "Oldest age in years (whole number), empty for no limit.", "5"),
        new("eligibility_description", "Who can use it, in words.", "Families with children under 5"),
        new("application_process", "How to get it: drop in, self-referral, referral needed.", "Just turn up."),
        new("send_support", "Support for special educational needs and disabilities; empty when none is described.", "Quiet space and sensory toys."),
        new("delivered_in_person", "yes or no.", "yes"),
        new("delivered_online", "yes or no.", "no"),
        new("delivered_by_phone", "yes or no.", "no"),
        new("fees", "The cost in words.", "Free"),
        new("cost_option", "A name for the price, e.g. Per session.", "Free"),
        new("cost_amount", "The price in pounds (0 for free), empty if not known.", "0"),
        new("cost_description", "The price in words.", "Free"),
        new("categories", "Category codes separated by ;, from the category list (e.g. stay-and-play;early-years).", "stay-and-play"),
        new("languages", "Language codes separated by ; (en, pl, ro, ar, ur, bsl …).", "en;pl"),
        new("phone", "A phone number.", "01270 123456"),
        new("contact_name", "A contact's name or team.", "Duty team"),
        new("contact_email", "The contact's email address.", "familyhubs@example.org"),
        new("alert", "A short warning shown on the service page.", ""),
        new("assured_date", "The day the details were last checked, YYYY-MM-DD.", "2026-11-01"),
        new("assurer_email", "Who checked them.", "directory@example.org"),
        new("last_modified", "When the details last changed, ISO 8601 (empty means the time of import).", ""),
        new("schedules", "When it runs, separated by ;. Each: WEEKLY or MONTHLY, days (TU,TH or 2TU), HH:MM-HH:MM, optional notes in brackets.", "WEEKLY TU,TH 09:30-12:00 (term time)"),
        new("service_area", "Where it is offered, e.g. a town or Cheshire East.", "Crewe"),
        new("service_area_id", "The platform's area id for it, e.g. crewe or cheshire-east.", "crewe"),
        new("location_id", "The location's UUID; empty to create one from the address.", ""),
        new("location_type", "physical, postal or virtual.", "physical"),
        new("location_name", "The venue's name.", "Crewe Family Hub"),
        new("address_1", "First line of the address.", "7 Market Street"),
        new("address_2", "Second line of the address.", ""),
        new("city", "Town or city.", "Crewe"),
        new("postcode", "Postcode.", "CW1 2AB"),
        new("latitude", "Latitude in decimal degrees (WGS84).", "53.0975"),
        new("longitude", "Longitude in decimal degrees (WGS84).", "-2.4412"),
        new("accessibility", "Accessibility of the venue in words.", "Step-free access throughout."),
    ];

    public static readonly string HeaderLine = string.Join(',', Columns.Select(c => c.Name));

    /// <summary>A template to fill in: the header and one example row.</summary>
    public static string Template() => HeaderLine + "\n" + string.Join(',', Columns.Select(c => Escape(c.Example, text: true))) + "\n";

    private static readonly string[] TextColumns =
    [
        "name", "organization_name", "description", "eligibility_description", "application_process", "send_support", "fees",
        "cost_option", "cost_description", "contact_name", "alert", "location_name", "address_1", "address_2", "city", "accessibility", "service_area",
    ];

    public static readonly IReadOnlyDictionary<string, string> LanguageNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English", ["pl"] = "Polish", ["ro"] = "Romanian", ["ar"] = "Arabic", ["ur"] = "Urdu", ["bsl"] = "British Sign Language",
        ["cy"] = "Welsh", ["pa"] = "Punjabi", ["bn"] = "Bengali", ["so"] = "Somali", ["ku"] = "Kurdish", ["fa"] = "Persian",
        ["pt"] = "Portuguese", ["es"] = "Spanish", ["fr"] = "French", ["uk"] = "Ukrainian", ["ru"] = "Russian", ["zh"] = "Chinese",
    };

    public static string Line(DirectoryService s, IReadOnlyDictionary<Guid, DirectoryTaxonomyTerm> terms)
    {
        var cost = s.CostOptions.FirstOrDefault();
        var phone = s.Phones.FirstOrDefault();
        var contact = s.Contacts.FirstOrDefault();
        var area = s.ServiceAreas.FirstOrDefault();
        var location = s.ServiceAtLocations.FirstOrDefault()?.Location;
        var address = location?.Addresses.FirstOrDefault();
        var values = new Dictionary<string, string?>
        {
            ["id"] = s.Id.ToString("D"),
            ["name"] = s.Name,
            ["status"] = OrukMapper.Status(s.Status),
            ["organization_id"] = s.OrganizationId.ToString("D"),
            ["organization_name"] = s.Organization.Name,
            ["description"] = s.Description,
            ["url"] = s.Url,
            ["email"] = s.Email,
            ["minimum_age"] = s.MinimumAge?.ToString(CultureInfo.InvariantCulture),
            ["maximum_age"] = s.MaximumAge?.ToString(CultureInfo.InvariantCulture),
            ["eligibility_description"] = s.EligibilityDescription,
            ["application_process"] = s.ApplicationProcess,
            ["send_support"] = s.SendSupport,
            ["delivered_in_person"] = s.DeliveredInPerson ? "yes" : "no",
            ["delivered_online"] = s.DeliveredOnline ? "yes" : "no",
            ["delivered_by_phone"] = s.DeliveredByPhone ? "yes" : "no",
            ["fees"] = s.Fees,
            ["cost_option"] = cost?.Option,
            ["cost_amount"] = cost?.Amount is { } amount ? ServiceExport.Number(amount) : null,
            ["cost_description"] = cost?.AmountDescription,
            ["categories"] = string.Join(';', s.Attributes.Select(a => terms.TryGetValue(a.TaxonomyTermId, out var t) ? t.Code : a.TaxonomyTermId.ToString("D"))),
            ["languages"] = string.Join(';', s.Languages.Select(l => l.Code ?? l.Name)),
            ["phone"] = phone?.Number,
            ["contact_name"] = contact?.Name,
            ["contact_email"] = contact?.Email,
            ["alert"] = s.Alert,
            ["assured_date"] = s.AssuredDate is null ? null : OrukMapper.Date(s.AssuredDate),
            ["assurer_email"] = s.AssurerEmail,
            ["last_modified"] = OrukMapper.Instant(s.LastModified),
            ["schedules"] = string.Join("; ", s.Schedules.Select(Schedule)),
            ["service_area"] = area?.Name,
            ["service_area_id"] = area?.AreaId,
            ["location_id"] = location?.Id.ToString("D"),
            ["location_type"] = location is null ? null : OrukMapper.Kind(location.LocationType),
            ["location_name"] = location?.Name,
            ["address_1"] = address?.Address1,
            ["address_2"] = address?.Address2,
            ["city"] = address?.City,
            ["postcode"] = address?.PostalCode,
            ["latitude"] = location?.Latitude is { } lat ? ServiceExport.Number(lat) : null,
            ["longitude"] = location?.Longitude is { } lon ? ServiceExport.Number(lon) : null,
            ["accessibility"] = location?.Accessibility.FirstOrDefault()?.Description,
        };
        return string.Join(',', Columns.Select(c => Escape(values[c.Name], TextColumns.Contains(c.Name))));
    }

    /// <summary>"WEEKLY TU,TH 09:30-12:00 (term time)".</summary>
    public static string Schedule(DirectorySchedule x)
    {
        var text = $"{(x.Frequency == ScheduleFrequency.Monthly ? "MONTHLY" : "WEEKLY")} {x.ByDay} {x.OpensAt}-{x.ClosesAt}";
        return x.Notes is null ? text : $"{text} ({x.Notes})";
    }

    /// <summary>RFC 4180 quoting. Free-text cells that a spreadsheet would run as a formula get a leading apostrophe (removed again on import).</summary>
    public static string Escape(string? value, bool text)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (text && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string? Unescape(string? value) =>
        string.IsNullOrEmpty(value) ? null : value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' ? value[1..] : value;

    /// <summary>
    /// A stable id for a nested record the CSV has no column for, so importing the same row twice changes nothing.
    /// The first four bytes are the index, so the ids sort in the order the records were written (exports sort by id).
    /// </summary>
    public static Guid Derived(Guid parent, string kind, int index)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{parent:D}/{kind}/{index}"));
        var bytes = hash[..16];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes, index);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // RFC 9562 version 8 (custom)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>Turns one CSV row into the ORUK shape the importer checks and stores; problems name the column.</summary>
    public static (OrukService? Service, TogetherServiceExtension? Extension) Parse(
        Func<string, string?> field, IReadOnlyDictionary<string, DirectoryTaxonomyTerm> termsByCode, List<(string Field, string Reason)> problems)
    {
        string? Get(string name) => Unescape(field(name)?.Trim());

        Guid id;
        if (Get("id") is { } idText)
        {
            if (!Guid.TryParseExact(idText, "D", out id))
            {
                problems.Add(("id", "must be a UUID like 3fa85f64-5717-4562-b3fc-2c963f66afa6, or empty for a new service"));
                return (null, null);
            }
        }
        else
        {
            id = Guid.NewGuid();
        }

        int? Age(string name)
        {
            var text = Get(name);
            if (text is null)
            {
                return null;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var age))
            {
                problems.Add((name, "must be a whole number of years, like 5"));
                return null;
            }

            return age;
        }

        bool? YesNo(string name)
        {
            var text = Get(name)?.ToLowerInvariant();
            switch (text)
            {
                case null:
                    return null;
                case "yes" or "y" or "true" or "1":
                    return true;
                case "no" or "n" or "false" or "0":
                    return false;
                default:
                    problems.Add((name, "must be yes or no"));
                    return null;
            }
        }

        double? Number(string name)
        {
            var text = Get(name);
            if (text is null)
            {
                return null;
            }

            if (!double.TryParse(text.TrimStart('£'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                problems.Add((name, "must be a number, like 3.50"));
                return null;
            }

            return value;
        }

        Guid? OptionalId(string name)
        {
            var text = Get(name);
            if (text is null)
            {
                return null;
            }

            if (!Guid.TryParseExact(text, "D", out var value))
            {
                problems.Add((name, "must be a UUID like 3fa85f64-5717-4562-b3fc-2c963f66afa6, or empty"));
                return null;
            }

            return value;
        }

        var organizationId = OptionalId("organization_id");
        var organizationName = Get("organization_name");
        var minimumAge = Age("minimum_age");
        var maximumAge = Age("maximum_age");

        var attributes = new List<OrukAttribute>();
        var index = 0;
        foreach (var code in Split(Get("categories"), ';'))
        {
            if (termsByCode.TryGetValue(code, out var term))
            {
                attributes.Add(new OrukAttribute(Derived(id, "attribute", index++), id, "service", term.Id, null, null));
            }
            else
            {
                problems.Add(("categories", $"'{code}' is not a category code; use one from the category list, like stay-and-play"));
            }
        }

        var languages = Split(Get("languages"), ';')
            .Select((code, i) => new OrukLanguage(Derived(id, "language", i), id, LanguageNames.TryGetValue(code, out var name) ? name : code, code.ToLowerInvariant(), null))
            .ToList();

        var schedules = new List<OrukSchedule>();
        index = 0;
        foreach (var text in Split(Get("schedules"), ';'))
        {
            if (ParseSchedule(text) is { } s)
            {
                var scheduleId = Derived(id, "schedule", index++);
                schedules.Add(new OrukSchedule(scheduleId, id, null, null, null, null, s.Freq, null, s.ByDay, null, "", s.Opens, s.Closes, null, s.Notes));
            }
            else
            {
                problems.Add(("schedules", $"'{text}' is not a schedule; write it like WEEKLY TU,TH 09:30-12:00 (term time)"));
            }
        }

        var costAmount = Number("cost_amount");
        var costOption = Get("cost_option");
        var costDescription = Get("cost_description");
        var costs = costAmount is null && costOption is null && costDescription is null
            ? new List<OrukCostOption>()
            : [new OrukCostOption(Derived(id, "cost", 0), id, null, null, costOption, costAmount, costDescription, "GBP")];

        var phones = Get("phone") is { } phone ? new List<OrukPhone> { new(Derived(id, "phone", 0), id, phone, "voice", null) } : [];
        var contactName = Get("contact_name");
        var contactEmail = Get("contact_email");
        var contacts = contactName is null && contactEmail is null ? new List<OrukContact>() : [new OrukContact(Derived(id, "contact", 0), id, contactName, null, null, contactEmail)];

        var areaName = Get("service_area");
        var areaId = Get("service_area_id");
        var areas = areaName is null && areaId is null ? new List<OrukServiceArea>() : [new OrukServiceArea(Derived(id, "area", 0), id, areaName ?? areaId!, null)];

        var links = new List<OrukServiceAtLocation>();
        var locationId = OptionalId("location_id");
        var locationType = Get("location_type");
        var locationName = Get("location_name");
        var address1 = Get("address_1");
        var latitude = Number("latitude");
        var longitude = Number("longitude");
        if (locationId is not null || locationType is not null || locationName is not null || address1 is not null || latitude is not null)
        {
            var location = locationId ?? Derived(id, "location", 0);
            var kind = locationType ?? (address1 is null && latitude is null ? "virtual" : "physical");
            var addresses = address1 is null ? new List<OrukAddress>() :
                [new OrukAddress(Derived(location, "address", 0), location, null, address1, Get("address_2"), Get("city") ?? "", null, "", Get("postcode") ?? "", "GB", kind)];
            var accessibility = Get("accessibility") is { } access ? new List<OrukAccessibility> { new(Derived(location, "accessibility", 0), location, access, null, null) } : [];
            var oruk = new OrukLocation(location, kind, locationName, null, latitude, longitude, addresses, accessibility);
            links.Add(new OrukServiceAtLocation(Derived(id, "service_at_location", 0), id, location, null, oruk));
        }

        var organization = organizationName is null ? null : new OrukOrganization(organizationId ?? Guid.Empty, organizationName, "", null, null, null);
        var service = new OrukService(
            id, organizationId ?? Guid.Empty, Get("name") ?? "", Get("description") ?? "", Get("url"), Get("email"), Get("status") ?? "active", Get("fees"),
            null, minimumAge, maximumAge, Get("eligibility_description"), Get("application_process"), Get("assured_date"), Get("assurer_email"), Get("alert"),
            Get("last_modified") ?? "", organization)
        {
            Schedules = schedules,
            ServiceAreas = areas,
            ServiceAtLocations = links,
            Languages = languages,
            CostOptions = costs,
            Contacts = contacts,
            Phones = phones,
            Attributes = attributes,
        };
        var extension = new TogetherServiceExtension(
            Get("send_support"), YesNo("delivered_in_person"), YesNo("delivered_online"), YesNo("delivered_by_phone"),
            areaId is null ? null : new Dictionary<Guid, string> { [areas[0].Id] = areaId });
        return (service, extension);
    }

    private static string[] Split(string? text, char separator) =>
        (text ?? "").Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private sealed record ScheduleParts(string Freq, string ByDay, string Opens, string Closes, string? Notes);

    private static ScheduleParts? ParseSchedule(string text)
    {
        string? notes = null;
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open >= 0)
        {
            if (!text.EndsWith(')'))
            {
                return null;
            }

            notes = text[(open + 1)..^1].Trim();
            text = text[..open].Trim();
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || parts[0].ToUpperInvariant() is not ("WEEKLY" or "MONTHLY"))
        {
            return null;
        }

        var times = parts[2].Split('-');
        if (times.Length != 2 || ScheduleText.ParseTime(times[0]) is not { } opens || ScheduleText.ParseTime(times[1]) is not { } closes)
        {
            return null;
        }

        return new ScheduleParts(parts[0].ToUpperInvariant(), parts[1].ToUpperInvariant(), opens.ToString("HH:mm", CultureInfo.InvariantCulture), closes.ToString("HH:mm", CultureInfo.InvariantCulture), notes is { Length: > 0 } ? notes : null);
    }
}

/// <summary>Reads RFC 4180 records (quoted fields may hold commas, quotes and line breaks), with the line each record starts on.</summary>
public static class CsvRecords
{
    public const int MaxFieldLength = 20_000;

    public static async IAsyncEnumerable<(int Line, List<string> Fields)> ReadAsync(TextReader reader, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var line = 1;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = await reader.ReadLineAsync(cancellationToken);
            if (text is null)
            {
                yield break;
            }

            var start = line;
            line++;
            var fields = new List<string>();
            var current = new StringBuilder();
            var quoted = false;
            while (true)
            {
                for (var i = 0; i < text.Length; i++)
                {
                    var c = text[i];
                    if (quoted)
                    {
                        if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                        {
                            current.Append('"');
                            i++;
                        }
                        else if (c == '"')
                        {
                            quoted = false;
                        }
                        else
                        {
                            current.Append(c);
                        }
                    }
                    else if (c == '"' && current.Length == 0)
                    {
                        quoted = true;
                    }
                    else if (c == ',')
                    {
                        fields.Add(current.ToString());
                        current.Clear();
                    }
                    else
                    {
                        current.Append(c);
                    }
                }

                if (!quoted || current.Length > MaxFieldLength)
                {
                    break;
                }

                // A quoted field goes on over a line break.
                var next = await reader.ReadLineAsync(cancellationToken);
                if (next is null)
                {
                    break;
                }

                line++;
                current.Append('\n');
                text = next;
            }

            fields.Add(current.ToString());
            if (start == 1 && fields.Count > 0 && fields[0].Length > 0 && fields[0][0] == '\uFEFF')
            {
                fields[0] = fields[0][1..]; // a byte-order mark from a spreadsheet
            }

            yield return (start, fields);
        }
    }
}
