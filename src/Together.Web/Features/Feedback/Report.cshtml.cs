using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Feedback;

/// <summary>For administrators: how useful each page is, and what people said, newest first.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class ReportModel(TogetherDbContext db) : PageModel
{
    public const int PathsPerPage = 10;

    [BindProperty(SupportsGet = true)]
    public DateField From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateField To { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<PageUsefulness> Pages { get; private set; } = [];

    public ILookup<string, PageFeedback> Comments { get; private set; } = Array.Empty<PageFeedback>().ToLookup(c => c.Path);

    public int TotalPaths { get; private set; }

    public int TotalYes { get; private set; }

    public int TotalNo { get; private set; }

    public int? OverallPercent => new PageUsefulness("", TotalYes, TotalNo, 0).UsefulPercent;

    public PageLinks Pagination => new(PageNumber, PageLinks.Count(TotalPaths, PathsPerPage), PageUrl);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (range, errors) = DateRange.Read(From, To);
        foreach (var (key, message) in errors)
        {
            this.AddError(key, message);
        }

        // A filter with mistakes shows nothing rather than a misleading unfiltered report.
        if (errors.Count > 0)
        {
            return;
        }

        var answers = db.PageFeedback.AsNoTracking();
        if (range.FromUtc is { } from)
        {
            answers = answers.Where(f => f.CreatedAt >= from);
        }

        if (range.ToUtcExclusive is { } to)
        {
            answers = answers.Where(f => f.CreatedAt < to);
        }

        var byPath = await answers
            .GroupBy(f => f.Path)
            .Select(g => new
            {
                Path = g.Key,
                Yes = g.Count(f => f.Useful == true),
                No = g.Count(f => f.Useful == false),
                Comments = g.Count(f => f.TryingToDo != null || f.WentWrong != null),
            })
            .ToListAsync(cancellationToken);

        TotalPaths = byPath.Count;
        TotalYes = byPath.Sum(p => p.Yes);
        TotalNo = byPath.Sum(p => p.No);
        PageNumber = Math.Clamp(PageNumber, 1, PageLinks.Count(TotalPaths, PathsPerPage));

        // Pages most people answered come first; ties in path order so paging is stable.
        Pages = byPath
            .Select(p => new PageUsefulness(p.Path, p.Yes, p.No, p.Comments))
            .OrderByDescending(p => p.Yes + p.No + p.Comments)
            .ThenBy(p => p.Path, StringComparer.Ordinal)
            .Skip((PageNumber - 1) * PathsPerPage)
            .Take(PathsPerPage)
            .ToList();

        var shownPaths = Pages.Select(p => p.Path).ToList();
        var comments = await answers
            .Where(f => shownPaths.Contains(f.Path) && (f.TryingToDo != null || f.WentWrong != null))
            .ToListAsync(cancellationToken);
        Comments = comments.OrderByDescending(c => c.CommentedAt ?? c.CreatedAt).ToLookup(c => c.Path);
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["From.Day"] = From.Day, ["From.Month"] = From.Month, ["From.Year"] = From.Year,
            ["To.Day"] = To.Day, ["To.Month"] = To.Month, ["To.Year"] = To.Year,
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/feedback", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
