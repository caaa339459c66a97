using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Outcomes;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Submissions;

/// <summary>The whole submission calendar for administrators, filtered by organisation and status.</summary>
public sealed class IndexModel(TogetherDbContext db, SubmissionCalendar calendar) : PageModel
{
    public sealed record Option(string Value, string Text);

    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public DateOnly Today { get; private set; }
    public IReadOnlyList<Option> Organisations { get; private set; } = [];
    public IReadOnlyList<SubmissionDue> Items { get; private set; } = [];
    public int Overdue { get; private set; }
    public int Owed { get; private set; }
    public int Received { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = calendar.Today;
        var all = await db.SubmissionsDue.AsNoTracking().Include(s => s.Indicator).Include(s => s.Organisation).ToListAsync(cancellationToken);
        Organisations = all.Select(s => s.Organisation!).DistinctBy(o => o.Id).OrderBy(o => o.Name, StringComparer.Ordinal)
            .Select(o => new Option(o.Slug, o.Name)).ToList();
        // Unknown filter values are ignored rather than refused: the page then shows everything.
        if (Organisation is not null && Organisations.All(o => o.Value != Organisation))
        {
            Organisation = null;
        }

        SubmissionStatus? status = Enum.TryParse<SubmissionStatus>(Status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
        Status = status?.ToString().ToLowerInvariant();
        var mine = all.Where(i => Organisation is null || i.Organisation!.Slug == Organisation).ToList();
        Overdue = mine.Count(i => i.Status(Today) == SubmissionStatus.Overdue);
        Owed = mine.Count(i => i.Status(Today) == SubmissionStatus.Owed);
        Received = mine.Count(i => i.Status(Today) == SubmissionStatus.Received);
        Items = SubmissionOrder.Sort(mine.Where(i => status is null || i.Status(Today) == status), Today);
    }

    public async Task<IActionResult> OnPostRefreshAsync(CancellationToken cancellationToken)
    {
        var added = await calendar.EnsureItemsAsync(cancellationToken);
        TempData["CalendarMessage"] = added == 0 ? "The calendar was already up to date" : added == 1 ? "1 item added to the calendar" : $"{added} items added to the calendar";
        return RedirectToPage();
    }
}
