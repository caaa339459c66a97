using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Services;

/// <summary>"Find a service": search the directory by keyword, category, age, cost, day and time, SEND support, language, delivery and distance. A GET form, so every search is a shareable URL.</summary>
public sealed class IndexModel(TogetherDbContext db, ServiceSearch search, IPlaceFinder places, TimeProvider clock, SearchInsight insight, ServiceCards cards) : PageModel
{
    public const int PerPage = 20;
    public static readonly IReadOnlyList<int> Distances = [1, 3, 5, 10, 20];
    public static readonly IReadOnlyList<(string Code, string Name)> LanguageChoices =
        [("pl", "Polish"), ("ro", "Romanian"), ("ar", "Arabic"), ("ur", "Urdu"), ("bsl", "British Sign Language")];
    public static readonly IReadOnlyList<(string Code, string Name)> DayChoices =
        [("MO", "Monday"), ("TU", "Tuesday"), ("WE", "Wednesday"), ("TH", "Thursday"), ("FR", "Friday"), ("SA", "Saturday"), ("SU", "Sunday")];
    public static readonly IReadOnlyList<(string Code, string Name, TimeOnly From, TimeOnly To)> TimeChoices =
        [("morning", "Morning (before 12 noon)", new(0, 0), new(12, 0)), ("afternoon", "Afternoon (12 noon to 5pm)", new(12, 0), new(17, 0)), ("evening", "Evening (after 5pm)", new(17, 0), new(23, 59))];

    [BindProperty(SupportsGet = true, Name = "q")] public string? Keywords { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Age { get; set; }
    [BindProperty(SupportsGet = true)] public bool Free { get; set; }
    [BindProperty(SupportsGet = true)] public string? Day { get; set; }
    [BindProperty(SupportsGet = true)] public string? Time { get; set; }
    [BindProperty(SupportsGet = true, Name = "open-now")] public bool OpenNow { get; set; }
    [BindProperty(SupportsGet = true)] public bool Send { get; set; }
    [BindProperty(SupportsGet = true)] public string? Language { get; set; }
    [BindProperty(SupportsGet = true)] public List<string> Delivery { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string? Near { get; set; }
    [BindProperty(SupportsGet = true)] public int? Within { get; set; }
    // Not model-bound: "page" is also the Razor Pages route value ("/Services/Index"), which binding prefers over the query string.
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<DirectoryTaxonomyTerm> Categories { get; private set; } = [];
    public List<ResultItem> Results { get; } = [];
    public int Total { get; private set; }
    public bool Searched { get; private set; }
    public string? DidYouMean { get; private set; }
    public PlaceResult? Place { get; private set; }
    public Dictionary<string, string> Errors { get; } = [];
    public int TotalPages => Math.Max(1, (int)Math.Ceiling(Total / (double)PerPage));

    public sealed record ResultItem(ServiceCard Card, string? Distance);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Categories = await search.TermsAsync(cancellationToken);
        Searched = Request.Query.Count > 0;
        var filter = new ServiceFilter { PublicOnly = true };

        if (Keywords is { Length: > SearchText.MaxLength })
        {
            Errors["q"] = $"Search words must be {SearchText.MaxLength} characters or fewer";
        }
        else if (!string.IsNullOrWhiteSpace(Keywords))
        {
            filter = filter with { Text = Keywords.Trim() };
        }

        if (!string.IsNullOrWhiteSpace(Category))
        {
            var term = Categories.FirstOrDefault(t => t.Code == Category);
            if (term is null)
            {
                Errors["category"] = "Choose a category from the list";
            }
            else
            {
                filter = filter with { TermIds = await search.WithDescendantsAsync(term.Id, cancellationToken) };
            }
        }

        if (!string.IsNullOrWhiteSpace(Age))
        {
            if (!int.TryParse(Age.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var age) || age > 25)
            {
                Errors["age"] = "Age must be a whole number of years from 0 to 25, like 7";
            }
            else
            {
                filter = filter with { MinimumAge = age, MaximumAge = age };
            }
        }

        if (!string.IsNullOrWhiteSpace(Day))
        {
            if (DayChoices.All(d => d.Code != Day))
            {
                Errors["day"] = "Choose a day from the list";
            }
            else
            {
                filter = filter with { Day = Day };
            }
        }

        if (!string.IsNullOrWhiteSpace(Time))
        {
            var window = TimeChoices.FirstOrDefault(t => t.Code == Time);
            if (window.Code is null)
            {
                Errors["time"] = "Choose a time of day from the list";
            }
            else
            {
                filter = filter with { OpenDuring = (window.From, window.To) };
            }
        }

        if (OpenNow)
        {
            filter = filter with { OpenAt = clock.GetUtcNow() };
        }

        if (!string.IsNullOrWhiteSpace(Language))
        {
            if (LanguageChoices.All(l => l.Code != Language))
            {
                Errors["language"] = "Choose a language from the list";
            }
            else
            {
                filter = filter with { LanguageCode = Language };
            }
        }

        filter = filter with
        {
            FreeOnly = Free,
            SendOnly = Send,
            InPerson = Delivery.Contains("in-person"),
            Online = Delivery.Contains("online"),
            ByPhone = Delivery.Contains("phone"),
        };

        if (!string.IsNullOrWhiteSpace(Near))
        {
            Place = await places.FindAsync(Near, allowTowns: true, cancellationToken);
            if (!Place.Found)
            {
                Errors["near"] = Place.Message;
            }
            else
            {
                var miles = Within is { } w && Distances.Contains(w) ? w : (int?)null;
                filter = filter with { Near = Place.Point, RadiusMetres = miles * Geo.MetresPerMile };
            }
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        PageNumber = int.TryParse(Request.Query["page"], out var requested) ? Math.Clamp(requested, 1, 10_000) : 1;
        var result = await search.ServicesAsync(filter, PageNumber, PerPage, cancellationToken);
        Total = result.Total;
        var shown = await cards.FindAsync(db, result.Hits.Select(h => h.ServiceId).ToList(), cancellationToken);
        foreach (var hit in result.Hits)
        {
            if (shown.TryGetValue(hit.ServiceId, out var card))
            {
                Results.Add(new ResultItem(card, hit.DistanceMetres is { } d ? Geo.Miles(d) : (filter.Near is not null ? "Online or by phone" : null)));
            }
        }

        if (Total == 0 && filter.Text is not null)
        {
            DidYouMean = await search.DidYouMeanAsync(filter.Text, cancellationToken);
        }

        // Counted once per search (not per page of results), for commissioners; see SearchInsight for what is kept.
        if (Searched && PageNumber == 1)
        {
            insight.Record(new CountedSearch(
                filter.TermIds.Count > 0 ? Category : null,
                Place?.Point is { } point ? SearchInsight.Locality(point) : null,
                Total == 0 ? filter.Text : null));
        }
    }

    public static string Cost(DirectoryService service) =>
        service.CostOptions.All(c => c.Amount is null or 0) ? "Free" : service.CostOptions.FirstOrDefault(c => c.Amount > 0)?.AmountDescription ?? service.Fees ?? "There is a charge";

    /// <summary>This search's URL with one parameter changed (for paging and "did you mean").</summary>
    public string UrlWith(string name, string? value)
    {
        var query = Request.Query.Where(p => !string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase) && p.Key != "page")
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))).ToList();
        if (value is not null)
        {
            query.Add(new(name, value));
        }

        return "/services" + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }
}
