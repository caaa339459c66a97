using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Services;

/// <summary>
/// What people look for on Find a service, for commissioners: searches by category, by locality and the words that
/// found nothing, counted per day with nothing about who searched. Authorised by DirectoryExchange (policy Commissioner).
/// </summary>
public sealed class InsightModel(TogetherDbContext db, SearchInsight insight, ServiceSearch search, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<(string Code, string Name, int Days)> Periods =
        [("7", "Last 7 days", 7), ("30", "Last 30 days", 30), ("90", "Last 90 days", 90), ("365", "Last 12 months", 365)];

    [BindProperty(SupportsGet = true)] public string? Period { get; set; }

    public string PeriodName { get; private set; } = "";
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public int Total { get; private set; }
    public IReadOnlyList<(string Name, int Count)> Categories { get; private set; } = [];
    public IReadOnlyList<(string Name, int Count)> Localities { get; private set; } = [];
    public IReadOnlyList<(string Term, int Count)> NoResults { get; private set; } = [];
    public int RareTerms { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var period = Periods.FirstOrDefault(p => p.Code == (Period ?? "30"));
        if (period.Code is null)
        {
            Error = "Choose a period from the list";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            period = Periods[1];
        }

        Period = period.Code;
        PeriodName = period.Name;
        To = DateOnly.FromDateTime(OpeningTimes.ToLondon(clock.GetUtcNow()));
        From = To.AddDays(1 - period.Days);

        // Searches counted in the last half minute are still in memory: write them first so the page is up to date.
        await insight.FlushAsync(cancellationToken);
        var from = From;
        var rows = await db.DirectorySearchCounts.AsNoTracking()
            .Where(c => c.Day >= from)
            .GroupBy(c => new { c.Dimension, c.Value })
            .Select(g => new { g.Key.Dimension, g.Key.Value, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);

        var names = (await search.TermsAsync(cancellationToken)).GroupBy(t => t.Code).ToDictionary(g => g.Key, g => g.First().Name);
        Total = rows.Where(r => r.Dimension == SearchDimension.Total).Sum(r => r.Count);
        Categories = Ordered(rows.Where(r => r.Dimension == SearchDimension.Category).Select(r => (names.TryGetValue(r.Value, out var name) ? name : r.Value, r.Count)));
        Localities = Ordered(rows.Where(r => r.Dimension == SearchDimension.Locality).Select(r => (r.Value, r.Count)));
        var terms = rows.Where(r => r.Dimension == SearchDimension.NoResults).ToList();
        NoResults = Ordered(terms.Where(r => r.Count >= SearchInsight.MinimumTermCount).Select(r => (r.Value, r.Count)));
        RareTerms = terms.Where(r => r.Count < SearchInsight.MinimumTermCount).Sum(r => r.Count);
    }

    private static List<(string, int)> Ordered(IEnumerable<(string Name, int Count)> rows) =>
        rows.OrderByDescending(r => r.Count).ThenBy(r => r.Name, StringComparer.Ordinal).Take(100).ToList();
}
