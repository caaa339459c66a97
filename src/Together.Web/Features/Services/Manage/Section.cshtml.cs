using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Services.Manage;

/// <summary>
/// One page of the editing journey (what, who, when, where, accessibility, cost, how to get it, contact, languages,
/// categories, SEND). Answers are kept in the change on the server; what was typed is shown again with any errors.
/// </summary>
public sealed class SectionModel(TogetherDbContext db, ServiceEditing editing, TimeProvider clock) : PageModel
{
    public const int MaxSchedules = 8;
    public const int MaxPlaces = 5;
    public static readonly IReadOnlyList<(string Value, string Label)> Weeks =
        [("", "Every week"), ("1", "First week of the month"), ("2", "Second week of the month"), ("3", "Third week of the month"), ("4", "Fourth week of the month"), ("-1", "Last week of the month")];

    public sealed class ScheduleInput
    {
        public List<string> Days { get; set; } = [];
        public string? Week { get; set; }
        public string? Opens { get; set; }
        public string? Closes { get; set; }
        public string? Notes { get; set; }
    }

    public sealed class PlaceInput
    {
        public Guid? LocationId { get; set; }
        public string? Name { get; set; }
        public string? Address1 { get; set; }
        public string? Town { get; set; }
        public string? Postcode { get; set; }
    }

    public ServiceChange Change { get; private set; } = null!;
    public ServiceDraft Draft { get; private set; } = new();
    public Journey.Section Section { get; private set; } = null!;
    public IReadOnlyList<DirectoryTaxonomyTerm> Terms { get; private set; } = [];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public ServiceStatus? Status { get; set; }
    [BindProperty] public string? Alert { get; set; }
    [BindProperty] public string? MinimumAge { get; set; }
    [BindProperty] public string? MaximumAge { get; set; }
    [BindProperty] public string? Eligibility { get; set; }
    [BindProperty] public List<ScheduleInput> Schedules { get; set; } = [];
    [BindProperty] public bool InPerson { get; set; }
    [BindProperty] public bool Online { get; set; }
    [BindProperty] public bool ByPhone { get; set; }
    [BindProperty] public List<PlaceInput> Places { get; set; } = [];
    [BindProperty] public List<string?> Access { get; set; } = [];
    [BindProperty] public string? Cost { get; set; }
    [BindProperty] public string? Fees { get; set; }
    [BindProperty] public string? Amount { get; set; }
    [BindProperty] public string? ApplicationProcess { get; set; }
    [BindProperty] public string? ContactName { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Website { get; set; }
    [BindProperty] public List<string> Languages { get; set; } = [];
    [BindProperty] public List<string> Categories { get; set; } = [];
    [BindProperty] public string? SupportsSend { get; set; }
    [BindProperty] public string? SendSupport { get; set; }
    [BindProperty] public Dictionary<string, string?> LocalOffer { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, string section, CancellationToken ct)
    {
        if (await LoadAsync(id, section, ct) is { } refused)
        {
            return refused;
        }

        Fill(Draft);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string section, CancellationToken ct)
    {
        if (await LoadAsync(id, section, ct) is { } refused)
        {
            return refused;
        }

        Validate(Draft);
        if (!ModelState.IsValid)
        {
            PadRows();
            return Page();
        }

        Change.ProposedJson = Draft.ToJson();
        var answered = Journey.Answered(Change);
        answered.Add(Section.Slug);
        Change.AnsweredSections = string.Join(",", Journey.Sections.Select(s => s.Slug).Where(answered.Contains));
        Change.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return Redirect(Journey.Next(Change, Section.Slug));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, string slug, CancellationToken ct)
    {
        var section = Journey.Find(slug);
        var (change, _, status) = await Journey.LoadAsync(db, editing, User, id, ct);
        if (section is null || status == 404)
        {
            return NotFound();
        }

        if (status == 403)
        {
            return Forbid();
        }

        if (!Journey.IsEditable(change!))
        {
            return Redirect($"/services/manage/changes/{id}");
        }

        Change = change!;
        Section = section;
        Draft = ServiceDraft.FromJson(change!.ProposedJson);
        Terms = await db.DirectoryTaxonomyTerms.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(ct);
        return null;
    }

    /// <summary>The form shows the saved answers, with room for one more time and one more place.</summary>
    private void Fill(ServiceDraft d)
    {
        Name = d.Name;
        Description = d.Description;
        Status = d.Status;
        Alert = d.Alert;
        MinimumAge = d.MinimumAge?.ToString(CultureInfo.InvariantCulture);
        MaximumAge = d.MaximumAge?.ToString(CultureInfo.InvariantCulture);
        Eligibility = d.EligibilityDescription;
        Schedules = d.Schedules.Select(s =>
        {
            var days = ScheduleText.ParseByDay(s.ByDay);
            return new ScheduleInput
            {
                Days = days.Select(x => ScheduleText.DayCodes[x.Day]).ToList(),
                Week = s.Frequency == ScheduleFrequency.Monthly && days.Count > 0 ? days[0].Ordinal.ToString(CultureInfo.InvariantCulture) : "",
                Opens = s.OpensAt,
                Closes = s.ClosesAt,
                Notes = s.Notes,
            };
        }).ToList();
        InPerson = d.InPerson;
        Online = d.Online;
        ByPhone = d.ByPhone;
        Places = d.Locations.Select(l => new PlaceInput { LocationId = l.LocationId, Name = l.Name, Address1 = l.Address1, Town = l.Town, Postcode = l.Postcode }).ToList();
        Access = d.Locations.Select(l => l.Accessibility).ToList();
        Cost = d.Free ? "free" : "charge";
        Fees = d.Fees;
        Amount = d.Amount?.ToString("0.00", CultureInfo.InvariantCulture);
        ApplicationProcess = d.ApplicationProcess;
        ContactName = d.ContactName;
        Phone = d.Phone;
        Email = d.Email;
        Website = d.Url;
        Languages = [.. d.Languages];
        Categories = [.. d.Categories];
        SupportsSend = d.SupportsSend ? "yes" : "no";
        SendSupport = d.SendSupport;
        LocalOffer = d.LocalOffer.ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
        PadRows();
    }

    private void PadRows()
    {
        if (Schedules.Count < MaxSchedules)
        {
            Schedules.Add(new ScheduleInput());
        }

        if (Places.Count < MaxPlaces)
        {
            Places.Add(new PlaceInput());
        }
    }

    private void Validate(ServiceDraft d)
    {
        switch (Section.Slug)
        {
            case "what":
                d.Name = Required(nameof(Name), Name, 200, "Enter the name of the service", "Name");
                d.Description = Required(nameof(Description), Description, 4000, "Describe what the service does", "Description");
                if (Status is not (ServiceStatus.Active or ServiceStatus.TemporarilyClosed or ServiceStatus.Inactive))
                {
                    this.AddError(nameof(Status), "Choose whether the service is running");
                }
                else
                {
                    d.Status = Status.Value;
                }

                d.Alert = Optional(nameof(Alert), Alert, 1000, "The notice");
                break;
            case "who":
                d.MinimumAge = Age(nameof(MinimumAge), MinimumAge, "Youngest age");
                d.MaximumAge = Age(nameof(MaximumAge), MaximumAge, "Oldest age");
                if (d.MinimumAge is { } min && d.MaximumAge is { } max && min > max)
                {
                    this.AddError(nameof(MaximumAge), "Oldest age must be the same as or more than the youngest age");
                }

                d.EligibilityDescription = Optional(nameof(Eligibility), Eligibility, 1000, "Who can use it");
                break;
            case "when":
                d.Schedules = ValidateSchedules();
                break;
            case "where":
                d.InPerson = InPerson;
                d.Online = Online;
                d.ByPhone = ByPhone;
                if (!InPerson && !Online && !ByPhone)
                {
                    this.AddError(nameof(InPerson), "Select how people use the service");
                }

                d.Locations = ValidatePlaces(d.Locations);
                if (InPerson && d.Locations.Count == 0 && ModelState.IsValid)
                {
                    this.AddError("Places[0].Address1", "Enter the address of at least one place where people can go");
                }

                break;
            case "accessibility":
                for (var i = 0; i < d.Locations.Count; i++)
                {
                    d.Locations[i].Accessibility = Optional($"Access[{i}]", Access.ElementAtOrDefault(i), 1000, "Accessibility");
                }

                break;
            case "cost":
                if (Cost is not ("free" or "charge"))
                {
                    this.AddError(nameof(Cost), "Select whether the service is free");
                    break;
                }

                d.Free = Cost == "free";
                if (d.Free)
                {
                    d.Fees = null;
                    d.Amount = null;
                    break;
                }

                d.Fees = Required(nameof(Fees), Fees, 500, "Say what it costs, for example £2 per session", "What it costs");
                d.Amount = null;
                if (!string.IsNullOrWhiteSpace(Amount))
                {
                    if (double.TryParse(Amount.Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount > 0 && amount < 100_000)
                    {
                        d.Amount = Math.Round(amount, 2);
                    }
                    else
                    {
                        this.AddError(nameof(Amount), "Amount must be a number of pounds more than 0, like 2.50");
                    }
                }

                break;
            case "how-to-get-it":
                d.ApplicationProcess = Required(nameof(ApplicationProcess), ApplicationProcess, 2000, "Say how people get the service, including whether they need a referral", "How to get it");
                break;
            case "contact":
                d.ContactName = Optional(nameof(ContactName), ContactName, 200, "Contact name");
                d.Phone = Optional(nameof(Phone), Phone, 30, "Phone number");
                if (d.Phone is not null && (d.Phone.Count(char.IsDigit) < 6 || d.Phone.Any(c => !(char.IsDigit(c) || c is ' ' or '+' or '(' or ')' or '-'))))
                {
                    this.AddError(nameof(Phone), "Enter a phone number, like 01270 123456");
                }

                d.Email = Optional(nameof(Email), Email, 254, "Email address");
                if (d.Email is not null && !System.Net.Mail.MailAddress.TryCreate(d.Email, out _))
                {
                    this.AddError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
                }

                d.Url = Optional(nameof(Website), Website, 500, "Website");
                if (d.Url is not null && !(Uri.TryCreate(d.Url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
                {
                    this.AddError(nameof(Website), "Enter a website address starting with https://");
                }

                if (ModelState.IsValid && d.Phone is null && d.Email is null && d.Url is null)
                {
                    this.AddError(nameof(Phone), "Give at least one way to contact the service: a phone number, an email address or a website");
                }

                break;
            case "languages":
                var known = LanguageChoices.All.Select(l => l.Code).Concat(d.Languages).ToHashSet();
                d.Languages = Languages.Where(known.Contains).Distinct().Order(StringComparer.Ordinal).ToList();
                if (d.Languages.Count == 0)
                {
                    this.AddError(nameof(Languages), "Select at least one language the service is offered in");
                }

                break;
            case "categories":
                var codes = Terms.Select(t => t.Code).ToHashSet();
                d.Categories = Categories.Where(codes.Contains).Distinct().Order(StringComparer.Ordinal).ToList();
                if (d.Categories.Count == 0)
                {
                    this.AddError(nameof(Categories), "Select at least one category, so people can find the service");
                }

                break;
            case "send":
                if (SupportsSend is not ("yes" or "no"))
                {
                    this.AddError(nameof(SupportsSend), "Select whether the service supports children and young people with SEND");
                    break;
                }

                d.SupportsSend = SupportsSend == "yes";
                if (!d.SupportsSend)
                {
                    d.SendSupport = null;
                    d.LocalOffer = [];
                    break;
                }

                d.SendSupport = Required(nameof(SendSupport), SendSupport, 1000, "Describe in a sentence or two how the service supports SEND", "The summary");
                d.LocalOffer = [];
                foreach (var question in LocalOfferQuestions.All)
                {
                    if (Optional($"LocalOffer[{question.Key}]", LocalOffer.GetValueOrDefault(question.Key), EditingLimits.LocalOfferAnswerMaxLength, "The answer") is { } answer)
                    {
                        d.LocalOffer[question.Key] = answer;
                    }
                }

                break;
        }
    }

    private List<ScheduleDraft> ValidateSchedules()
    {
        var result = new List<ScheduleDraft>();
        for (var i = 0; i < Math.Min(Schedules.Count, MaxSchedules); i++)
        {
            var row = Schedules[i];
            var days = ScheduleText.DayCodes.Where(row.Days.Contains).ToList();
            var opens = Forms.Clean(row.Opens);
            var closes = Forms.Clean(row.Closes);
            var notes = Forms.Clean(row.Notes);
            if (days.Count == 0 && opens is null && closes is null && notes is null)
            {
                continue;
            }

            var key = $"Schedules[{i}]";
            if (days.Count == 0)
            {
                this.AddError($"{key}.Days", $"Time {i + 1}: select at least one day");
            }

            var open = Time($"{key}.Opens", opens, $"Time {i + 1}: enter the opening time");
            var close = Time($"{key}.Closes", closes, $"Time {i + 1}: enter the closing time");
            if (open is not null && close is not null && close <= open)
            {
                this.AddError($"{key}.Closes", $"Time {i + 1}: the closing time must be after the opening time");
            }

            if (notes is { Length: > 200 })
            {
                this.AddError($"{key}.Notes", $"Time {i + 1}: the note must be 200 characters or fewer");
            }

            var monthly = row.Week is "1" or "2" or "3" or "4" or "-1";
            result.Add(new ScheduleDraft
            {
                Frequency = monthly ? ScheduleFrequency.Monthly : ScheduleFrequency.Weekly,
                ByDay = string.Join(",", days.Select(d => monthly ? row.Week + d : d)),
                OpensAt = open?.ToString("HH:mm", CultureInfo.InvariantCulture),
                ClosesAt = close?.ToString("HH:mm", CultureInfo.InvariantCulture),
                Notes = notes,
            });
        }

        return result;
    }

    private List<LocationDraft> ValidatePlaces(List<LocationDraft> before)
    {
        var result = new List<LocationDraft>();
        for (var i = 0; i < Math.Min(Places.Count, MaxPlaces); i++)
        {
            var row = Places[i];
            var name = Forms.Clean(row.Name);
            var address = Forms.Clean(row.Address1);
            var town = Forms.Clean(row.Town);
            var postcode = Forms.Clean(row.Postcode);
            if (name is null && address is null && town is null && postcode is null)
            {
                continue;
            }

            var key = $"Places[{i}]";
            if (name is { Length: > 200 })
            {
                this.AddError($"{key}.Name", $"Place {i + 1}: the name must be 200 characters or fewer");
            }

            if (address is null)
            {
                this.AddError($"{key}.Address1", $"Place {i + 1}: enter the building and street");
            }
            else if (address.Length > 200)
            {
                this.AddError($"{key}.Address1", $"Place {i + 1}: the building and street must be 200 characters or fewer");
            }

            if (town is null)
            {
                this.AddError($"{key}.Town", $"Place {i + 1}: enter the town");
            }
            else if (town.Length > 100)
            {
                this.AddError($"{key}.Town", $"Place {i + 1}: the town must be 100 characters or fewer");
            }

            if (postcode is null || !UkPostcode.IsFullPostcode(postcode))
            {
                this.AddError($"{key}.Postcode", $"Place {i + 1}: enter a full postcode, like CW1 2BJ");
            }

            var previous = row.LocationId is { } id ? before.FirstOrDefault(l => l.LocationId == id) : null;
            result.Add(new LocationDraft
            {
                LocationId = previous?.LocationId,
                Name = name,
                Address1 = address ?? "",
                Town = town ?? "",
                Postcode = postcode is not null && UkPostcode.IsFullPostcode(postcode) ? UkPostcode.Format(postcode) : postcode ?? "",
                Accessibility = previous?.Accessibility,
            });
        }

        return result;
    }

    private string Required(string key, string? value, int max, string emptyMessage, string label)
    {
        var text = Forms.Clean(value);
        if (text is null)
        {
            this.AddError(key, emptyMessage);
            return "";
        }

        if (text.Length > max)
        {
            this.AddError(key, $"{label} must be {max:N0} characters or fewer");
        }

        return text;
    }

    private string? Optional(string key, string? value, int max, string label)
    {
        var text = Forms.Clean(value);
        if (text is { Length: var length } && length > max)
        {
            this.AddError(key, $"{label} must be {max:N0} characters or fewer");
        }

        return text;
    }

    private int? Age(string key, string? value, string label)
    {
        var text = Forms.Clean(value);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= 25)
        {
            return age;
        }

        this.AddError(key, $"{label} must be a whole number of years from 0 to 25");
        return null;
    }

    private TimeOnly? Time(string key, string? text, string emptyMessage)
    {
        if (text is null)
        {
            this.AddError(key, emptyMessage);
            return null;
        }

        var cleaned = text.Replace('.', ':');
        if (TimeOnly.TryParseExact(cleaned, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        this.AddError(key, emptyMessage.Split(':')[0] + ": enter a time in 24-hour format, like 09:30 or 14:00");
        return null;
    }

    public string? Error(string key) => ModelState.ErrorFor(key);
}
