using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Together.Web.Features.ServiceDirectory;

/// <summary>
/// Everything an editor can change about a service, as one plain snapshot. A change holds the snapshot before and
/// the one proposed; the diff between them is what the administrator reviews and what the history shows.
/// </summary>
public sealed class ServiceDraft
{
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public ServiceStatus Status { get; set; } = ServiceStatus.Active;
    public string? Alert { get; set; }
    public int? MinimumAge { get; set; }
    public int? MaximumAge { get; set; }
    public string? EligibilityDescription { get; set; }
    public List<ScheduleDraft> Schedules { get; set; } = [];
    public bool InPerson { get; set; }
    public bool Online { get; set; }
    public bool ByPhone { get; set; }
    public List<LocationDraft> Locations { get; set; } = [];
    public bool Free { get; set; } = true;
    public double? Amount { get; set; }
    public string? Fees { get; set; }
    public string? ApplicationProcess { get; set; }
    public string? ContactName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Url { get; set; }
    public List<string> Languages { get; set; } = [];
    public List<string> Categories { get; set; } = [];
    public bool SupportsSend { get; set; }
    public string? SendSupport { get; set; }
    public Dictionary<string, string> LocalOffer { get; set; } = [];

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ServiceDraft FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? new ServiceDraft() : JsonSerializer.Deserialize<ServiceDraft>(json, Json) ?? new ServiceDraft();

    /// <summary>The snapshot of a live service (loaded with its schedules, locations, costs, languages, attributes, phones and contacts).</summary>
    public static ServiceDraft From(DirectoryService s, DirectoryLocalOffer? offer)
    {
        var draft = new ServiceDraft
        {
            Name = s.Name,
            Description = s.Description,
            Status = s.Status,
            Alert = s.Alert,
            MinimumAge = s.MinimumAge,
            MaximumAge = s.MaximumAge,
            EligibilityDescription = s.EligibilityDescription,
            Schedules = s.Schedules.Where(x => x.ServiceAtLocationId is null)
                .OrderBy(x => x.ByDay).ThenBy(x => x.OpensAt)
                .Select(x => new ScheduleDraft { Frequency = x.Frequency, ByDay = x.ByDay ?? "", OpensAt = x.OpensAt, ClosesAt = x.ClosesAt, Notes = x.Notes })
                .ToList(),
            InPerson = s.DeliveredInPerson,
            Online = s.DeliveredOnline,
            ByPhone = s.DeliveredByPhone,
            Locations = s.ServiceAtLocations.Select(l => l.Location).Where(l => l.LocationType != LocationType.Virtual)
                .OrderBy(l => l.Name)
                .Select(l => new LocationDraft
                {
                    LocationId = l.Id,
                    Name = l.Name,
                    Address1 = l.Addresses.FirstOrDefault()?.Address1 ?? "",
                    Town = l.Addresses.FirstOrDefault()?.City ?? "",
                    Postcode = l.Addresses.FirstOrDefault()?.PostalCode ?? "",
                    Accessibility = string.Join(" ", l.Accessibility.SelectMany(a => new[] { a.Description, a.Details }).Where(t => !string.IsNullOrWhiteSpace(t))) is { Length: > 0 } text ? text : null,
                })
                .ToList(),
            Free = s.CostOptions.All(c => c.Amount is null or 0),
            Amount = s.CostOptions.FirstOrDefault(c => c.Amount > 0)?.Amount,
            Fees = s.CostOptions.All(c => c.Amount is null or 0) ? null : s.CostOptions.FirstOrDefault(c => c.Amount > 0)?.AmountDescription ?? s.Fees,
            ApplicationProcess = s.ApplicationProcess,
            ContactName = s.Contacts.FirstOrDefault()?.Name,
            Phone = s.Phones.FirstOrDefault()?.Number,
            Email = s.Email,
            Url = s.Url,
            Languages = s.Languages.Select(l => l.Code ?? l.Name).Order(StringComparer.Ordinal).ToList(),
            Categories = s.Attributes.Select(a => a.TaxonomyTerm.Code).Order(StringComparer.Ordinal).ToList(),
            SupportsSend = s.SendSupport is not null,
            SendSupport = s.SendSupport,
        };
        if (offer is not null)
        {
            foreach (var question in LocalOfferQuestions.All)
            {
                if (question.Read(offer) is { } answer)
                {
                    draft.LocalOffer[question.Key] = answer;
                }
            }
        }

        return draft;
    }

    /// <summary>Every field in the journey's order, as words people can read (before and after in a diff).</summary>
    public IReadOnlyList<DraftField> Fields(IReadOnlyDictionary<string, string> categoryNames)
    {
        var fields = new List<DraftField>
        {
            new("what", "Name", Name),
            new("what", "Description", Description),
            new("what", "Status", StatusText(Status)),
            new("what", "Notice for people", Alert ?? ""),
            new("who", "Ages", AgeRange.Describe(MinimumAge, MaximumAge)),
            new("who", "Who can use it", EligibilityDescription ?? ""),
            new("when", "When", string.Join("\n", Schedules.Select(s => ScheduleText.Sentence(s.ToSchedule())))),
            new("where", "How people use it", Delivery()),
        };
        for (var i = 0; i < Locations.Count; i++)
        {
            fields.Add(new("where", Locations.Count == 1 ? "Place" : $"Place {i + 1}", Locations[i].Describe()));
        }

        if (Locations.Count == 0)
        {
            fields.Add(new("where", "Place", ""));
        }

        for (var i = 0; i < Locations.Count; i++)
        {
            fields.Add(new("accessibility", Locations.Count == 1 ? "Accessibility" : $"Accessibility at {Locations[i].Name ?? Locations[i].Address1}", Locations[i].Accessibility ?? ""));
        }

        fields.Add(new("cost", "Cost", Free ? "Free" : (Fees ?? "") + (Amount is { } amount ? $" (£{amount.ToString("0.00", CultureInfo.InvariantCulture)})" : "")));
        fields.Add(new("how-to-get-it", "How to get it", ApplicationProcess ?? ""));
        fields.Add(new("contact", "Contact name", ContactName ?? ""));
        fields.Add(new("contact", "Phone", Phone ?? ""));
        fields.Add(new("contact", "Email", Email ?? ""));
        fields.Add(new("contact", "Website", Url ?? ""));
        fields.Add(new("languages", "Languages", string.Join(", ", Languages.Select(LanguageChoices.NameOf))));
        fields.Add(new("categories", "Categories", string.Join(", ", Categories.Select(c => categoryNames.GetValueOrDefault(c, c)))));
        fields.Add(new("send", "Supports SEND", SupportsSend ? "Yes" : "No"));
        fields.Add(new("send", "SEND support", SendSupport ?? ""));
        foreach (var question in LocalOfferQuestions.All)
        {
            fields.Add(new("send", question.Text, LocalOffer.GetValueOrDefault(question.Key) ?? ""));
        }

        return fields;
    }

    public string Delivery() => string.Join(", ", new[] { InPerson ? "In person" : null, Online ? "Online" : null, ByPhone ? "By phone" : null }.Where(x => x is not null));

    public static string StatusText(ServiceStatus status) => status switch
    {
        ServiceStatus.Active => "Running",
        ServiceStatus.TemporarilyClosed => "Temporarily closed",
        ServiceStatus.Inactive => "Not running at the moment",
        _ => "Archived (no longer running)",
    };

    /// <summary>Field-by-field differences; a field that is new (no "before" snapshot) shows as changed from nothing.</summary>
    public static IReadOnlyList<FieldChange> Diff(ServiceDraft? before, ServiceDraft after, IReadOnlyDictionary<string, string> categoryNames)
    {
        var old = before?.Fields(categoryNames).ToLookup(f => (f.Section, f.Label));
        var changes = new List<FieldChange>();
        var seen = new HashSet<(string, string)>();
        foreach (var field in after.Fields(categoryNames))
        {
            seen.Add((field.Section, field.Label));
            var previous = old?[(field.Section, field.Label)].FirstOrDefault()?.Value ?? "";
            if (previous != field.Value)
            {
                changes.Add(new(field.Section, field.Label, previous, field.Value));
            }
        }

        foreach (var field in before?.Fields(categoryNames) ?? [])
        {
            if (!seen.Contains((field.Section, field.Label)) && field.Value.Length > 0)
            {
                changes.Add(new(field.Section, field.Label, field.Value, ""));
            }
        }

        return changes;
    }
}

public sealed record DraftField(string Section, string Label, string Value);

public sealed record FieldChange(string Section, string Label, string Before, string After);

public sealed class ScheduleDraft
{
    public ScheduleFrequency Frequency { get; set; } = ScheduleFrequency.Weekly;
    /// <summary>RFC 5545 BYDAY, e.g. "TU,TH" or, monthly, "2TU".</summary>
    public string ByDay { get; set; } = "";
    public string? OpensAt { get; set; }
    public string? ClosesAt { get; set; }
    public string? Notes { get; set; }

    public DirectorySchedule ToSchedule() => new() { Frequency = Frequency, ByDay = ByDay, OpensAt = OpensAt, ClosesAt = ClosesAt, Notes = Notes };
}

public sealed class LocationDraft
{
    /// <summary>The live location this came from; null for a new place.</summary>
    public Guid? LocationId { get; set; }
    public string? Name { get; set; }
    public string Address1 { get; set; } = "";
    public string Town { get; set; } = "";
    public string Postcode { get; set; } = "";
    public string? Accessibility { get; set; }

    public string Describe() => string.Join(", ", new[] { Name, Address1, Town, Postcode }.Where(x => !string.IsNullOrWhiteSpace(x)));

    public bool SamePlaceAs(LocationDraft other) =>
        Name == other.Name && Address1 == other.Address1 && Town == other.Town && Postcode == other.Postcode && Accessibility == other.Accessibility;
}

/// <summary>The languages editors choose from; codes are ISO 639-1, with "bsl" for British Sign Language.</summary>
public static class LanguageChoices
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("en", "English"), ("pl", "Polish"), ("ro", "Romanian"), ("ar", "Arabic"), ("ur", "Urdu"), ("pa", "Punjabi"),
        ("bn", "Bengali"), ("zh", "Chinese"), ("uk", "Ukrainian"), ("pt", "Portuguese"), ("cy", "Welsh"), ("bsl", "British Sign Language"),
    ];

    public static string NameOf(string code) => All.FirstOrDefault(l => l.Code == code).Name ?? code;
}

/// <summary>
/// The SEND Local Offer questions (Children and Families Act 2014, SEND Code of Practice 4.30–4.32): what every
/// service that supports children and young people with SEND should answer for families.
/// </summary>
public static class LocalOfferQuestions
{
    public sealed record Question(string Key, string Text, string? Hint, Func<DirectoryLocalOffer, string?> Read, Action<DirectoryLocalOffer, string?> Write);

    public static readonly IReadOnlyList<Question> All =
    [
        new(nameof(DirectoryLocalOffer.Identify), "How does the service identify children and young people with SEND and work out what they need?", "For example, who assesses needs and how families can ask for help.", o => o.Identify, (o, v) => o.Identify = v),
        new(nameof(DirectoryLocalOffer.Support), "How does the service support children and young people with SEND?", "For example, adjustments, one-to-one support, specialist equipment.", o => o.Support, (o, v) => o.Support = v),
        new(nameof(DirectoryLocalOffer.Accessible), "How accessible is the service?", "Buildings, information, communication and activities.", o => o.Accessible, (o, v) => o.Accessible = v),
        new(nameof(DirectoryLocalOffer.Training), "How are staff trained to support children and young people with SEND?", null, o => o.Training, (o, v) => o.Training = v),
        new(nameof(DirectoryLocalOffer.Involvement), "How are children, young people and their parents or carers involved in planning and reviewing support?", null, o => o.Involvement, (o, v) => o.Involvement = v),
        new(nameof(DirectoryLocalOffer.Transitions), "How does the service help children and young people move on to the next stage?", "For example, starting school, changing school or moving to adult services.", o => o.Transitions, (o, v) => o.Transitions = v),
        new(nameof(DirectoryLocalOffer.Contact), "Who can families contact about SEND support?", null, o => o.Contact, (o, v) => o.Contact = v),
        new(nameof(DirectoryLocalOffer.Feedback), "How can families give feedback or make a complaint?", null, o => o.Feedback, (o, v) => o.Feedback = v),
    ];
}

/// <summary>How fresh a service's information is, from the day it was last checked.</summary>
public enum Freshness
{
    Fresh,
    /// <summary>Last checked more than 6 months ago: the owner is reminded.</summary>
    CheckDue,
    /// <summary>Last checked more than 12 months ago: flagged to staff and to the public.</summary>
    OutOfDate,
}

public static class ServiceFreshness
{
    public const int ReminderMonths = 6;
    public const int OutOfDateMonths = 12;

    /// <summary>Never checked counts from when the service last changed.</summary>
    public static DateTime CheckedOn(DirectoryService service) => service.AssuredDate ?? service.LastModified;

    public static Freshness Of(DateTime lastChecked, DateTime nowUtc) =>
        lastChecked <= nowUtc.AddMonths(-OutOfDateMonths) ? Freshness.OutOfDate
        : lastChecked <= nowUtc.AddMonths(-ReminderMonths) ? Freshness.CheckDue
        : Freshness.Fresh;
}
