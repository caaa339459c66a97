using System.Globalization;
using System.Text.Json.Serialization;

namespace Together.Web.Features.ServiceDirectory;

// Open Referral UK (HSDS 3.0 UK profile) JSON shapes. Property names become snake_case and nulls are left out
// (the schemas type optional fields as strings or numbers, never null). Extra HSDS 3.0 fields are allowed by the profile.

public sealed record OrukApiDetails(string Version, string Profile, string OpenapiUrl);

public sealed record OrukPage<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents);

public sealed record OrukOrganization(
    Guid Id, string Name, string Description, string? Email, string? Website, string? Uri,
    IReadOnlyList<OrukService>? Services = null);

public sealed record OrukTaxonomy(Guid Id, string Name, string Description, string? Uri, string? Version, IReadOnlyList<OrukTaxonomyTerm>? TaxonomyTerms = null);

public sealed record OrukTaxonomyTerm(Guid Id, string Name, string Description, Guid? ParentId, string? Taxonomy, Guid TaxonomyId, string? TermUri, string Code);

public sealed record OrukAttribute(Guid Id, Guid LinkId, string LinkType, Guid TaxonomyTermId, OrukTaxonomyTerm? TaxonomyTerm, string? Value);

public sealed record OrukSchedule(
    Guid Id, Guid? ServiceId, Guid? ServiceAtLocationId, string? ValidFrom, string? ValidTo, string? Dtstart, string Freq, int? Interval,
    string? Byday, string? Bymonthday, string Description, string? OpensAt, string? ClosesAt, string? AttendingType, string? Notes);

public sealed record OrukCostOption(Guid Id, Guid ServiceId, string? ValidFrom, string? ValidTo, string? Option, double? Amount, string? AmountDescription, string Currency);

public sealed record OrukLanguage(Guid Id, Guid ServiceId, string Name, string? Code, string? Note);

public sealed record OrukServiceArea(Guid Id, Guid ServiceId, string Name, string? Uri);

public sealed record OrukPhone(Guid Id, Guid ServiceId, string Number, string? Type, string? Description);

public sealed record OrukContact(Guid Id, Guid ServiceId, string? Name, string? Title, string? Department, string? Email);

public sealed record OrukAddress(Guid Id, Guid LocationId, string? Attention, [property: JsonPropertyName("address_1")] string Address1, [property: JsonPropertyName("address_2")] string? Address2, string City, string? Region, string StateProvince, string PostalCode, string Country, string AddressType);

public sealed record OrukAccessibility(Guid Id, Guid LocationId, string? Description, string? Details, string? Url);

public sealed record OrukLocation(
    Guid Id, string LocationType, string? Name, string? Description, double? Latitude, double? Longitude,
    IReadOnlyList<OrukAddress>? Addresses = null, IReadOnlyList<OrukAccessibility>? Accessibility = null);

public sealed record OrukServiceAtLocation(Guid Id, Guid ServiceId, Guid LocationId, string? Description, OrukLocation? Location, OrukService? Service = null);

public sealed record OrukService(
    Guid Id, Guid OrganizationId, string Name, string Description, string? Url, string? Email, string Status, string? Fees,
    string? Accreditations, int? MinimumAge, int? MaximumAge, string? EligibilityDescription, string? ApplicationProcess,
    string? AssuredDate, string? AssurerEmail, string? Alert, string LastModified, OrukOrganization? Organization)
{
    public IReadOnlyList<OrukSchedule>? Schedules { get; init; }
    public IReadOnlyList<OrukServiceArea>? ServiceAreas { get; init; }
    public IReadOnlyList<OrukServiceAtLocation>? ServiceAtLocations { get; init; }
    public IReadOnlyList<OrukLanguage>? Languages { get; init; }
    public IReadOnlyList<OrukCostOption>? CostOptions { get; init; }
    public IReadOnlyList<OrukContact>? Contacts { get; init; }
    public IReadOnlyList<OrukPhone>? Phones { get; init; }
    public IReadOnlyList<OrukAttribute>? Attributes { get; init; }
    public IReadOnlyList<object>? Funding { get; init; }
}

/// <summary>Maps directory records to ORUK JSON shapes. No web or database code: give it loaded records.</summary>
public static class OrukMapper
{
    public const string Version = "HSDS-UK-3.0";
    public const string Profile = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md";

    public static string Status(ServiceStatus status) => status switch
    {
        ServiceStatus.Active => "active",
        ServiceStatus.Inactive => "inactive",
        ServiceStatus.Defunct => "defunct",
        _ => "temporarily closed",
    };

    public static string Kind(LocationType type) => type.ToString().ToLowerInvariant();

    public static string Date(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)!;

    /// <summary>ISO 8601 in UTC with milliseconds, as the profile asks for last_modified.</summary>
    public static string Instant(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static OrukOrganization Organization(DirectoryOrganization o, IReadOnlyList<OrukService>? services = null) =>
        new(o.Id, o.Name, o.Description, o.Email, o.Website, null, services);

    public static OrukTaxonomy Taxonomy(DirectoryTaxonomy t, IReadOnlyList<DirectoryTaxonomyTerm>? terms = null) =>
        new(t.Id, t.Name, t.Description, t.Uri, t.Version, terms?.Select(x => Term(x, t)).ToList());

    public static OrukTaxonomyTerm Term(DirectoryTaxonomyTerm t, DirectoryTaxonomy? taxonomy) =>
        new(t.Id, t.Name, t.Description, t.ParentId, taxonomy?.Name, t.TaxonomyId, t.TermUri, t.Code);

    /// <summary>The list form: the service and its organisation.</summary>
    public static OrukService ServiceSummary(DirectoryService s) =>
        new(s.Id, s.OrganizationId, s.Name, s.Description, s.Url, s.Email, Status(s.Status), s.Fees, s.Accreditations,
            s.MinimumAge, s.MaximumAge, s.EligibilityDescription, s.ApplicationProcess, s.AssuredDate is null ? null : Date(s.AssuredDate),
            s.AssurerEmail, s.Alert, Instant(s.LastModified), s.Organization is null ? null : Organization(s.Organization));

    /// <summary>The fully nested form (services/{id}); includeLocations is false inside a service_at_location.</summary>
    public static OrukService ServiceFull(DirectoryService s, bool includeLocations = true) => ServiceSummary(s) with
    {
        Schedules = s.Schedules.OrderBy(x => x.Id).Select(Schedule).ToList(),
        ServiceAreas = s.ServiceAreas.Select(a => new OrukServiceArea(a.Id, s.Id, a.Name, a.Uri)).ToList(),
        ServiceAtLocations = includeLocations ? s.ServiceAtLocations.Select(l => ServiceAtLocation(l, null)).ToList() : null,
        Languages = s.Languages.Select(l => new OrukLanguage(l.Id, s.Id, l.Name, l.Code, l.Note)).ToList(),
        CostOptions = s.CostOptions.Select(c => new OrukCostOption(c.Id, s.Id, c.ValidFrom is null ? null : Date(c.ValidFrom), c.ValidTo is null ? null : Date(c.ValidTo), c.Option, c.Amount, c.AmountDescription, "GBP")).ToList(),
        Contacts = s.Contacts.Select(c => new OrukContact(c.Id, s.Id, c.Name, c.Title, c.Department, c.Email)).ToList(),
        Phones = s.Phones.Select(p => new OrukPhone(p.Id, s.Id, p.Number, p.Type, p.Description)).ToList(),
        Attributes = s.Attributes.Select(a => new OrukAttribute(a.Id, s.Id, "service", a.TaxonomyTermId,
            a.TaxonomyTerm is null ? null : Term(a.TaxonomyTerm, a.TaxonomyTerm.Taxonomy), a.Value)).ToList(),
        Funding = [],
    };

    public static OrukSchedule Schedule(DirectorySchedule x) =>
        new(x.Id, x.ServiceId, x.ServiceAtLocationId, x.ValidFrom is null ? null : Date(x.ValidFrom), x.ValidTo is null ? null : Date(x.ValidTo),
            x.DtStart is null ? null : Date(x.DtStart), x.Frequency == ScheduleFrequency.Monthly ? "MONTHLY" : "WEEKLY", x.Interval,
            x.ByDay, x.ByMonthDay, x.Description ?? ScheduleText.Sentence(x), x.OpensAt, x.ClosesAt, x.AttendingType, x.Notes);

    public static OrukLocation Location(DirectoryLocation l) =>
        new(l.Id, Kind(l.LocationType), l.Name, l.Description, l.Latitude, l.Longitude,
            l.Addresses.Select(a => new OrukAddress(a.Id, l.Id, a.Attention, a.Address1, a.Address2, a.City, a.Region, a.StateProvince, a.PostalCode, a.Country, Kind(a.AddressType))).ToList(),
            l.Accessibility.Select(a => new OrukAccessibility(a.Id, l.Id, a.Description, a.Details, a.Url)).ToList());

    public static OrukServiceAtLocation ServiceAtLocation(DirectoryServiceAtLocation l, OrukService? service) =>
        new(l.Id, l.ServiceId, l.LocationId, l.Description, l.Location is null ? null : Location(l.Location), service);
}
