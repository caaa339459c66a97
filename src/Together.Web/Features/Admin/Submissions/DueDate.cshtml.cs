using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Outcomes;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Submissions;

/// <summary>An administrator sets a calendar item's due date by hand.</summary>
public sealed class DueDateModel(TogetherDbContext db, SubmissionCalendar calendar) : PageModel
{
    [BindProperty]
    public string? Day { get; set; }

    [BindProperty]
    public string? Month { get; set; }

    [BindProperty]
    public string? Year { get; set; }

    public SubmissionDue Item { get; private set; } = null!;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        Day = Item.DueOn.Day.ToString(CultureInfo.InvariantCulture);
        Month = Item.DueOn.Month.ToString(CultureInfo.InvariantCulture);
        Year = Item.DueOn.Year.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        if (Item.ReceivedAt is not null)
        {
            Error = "The figures for this period have been received, so the due date can no longer change";
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Day) || string.IsNullOrWhiteSpace(Month) || string.IsNullOrWhiteSpace(Year))
        {
            Error = "Enter the due date as a day, month and year";
            return Page();
        }

        if (!int.TryParse(Day.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(Month.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || y is < 1990 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            Error = "The due date must be a real date, for example 30 6 2026";
            return Page();
        }

        var due = new DateOnly(y, m, d);
        if (due <= Item.PeriodEnd)
        {
            Error = $"The due date must be after the period ends ({SubmissionOrder.Date(Item.PeriodEnd)})";
            return Page();
        }

        if (due != Item.DueOn)
        {
            calendar.SetDueDate(Item, due, User.Identity?.Name ?? "an administrator");
            await db.SaveChangesAsync(cancellationToken);
        }

        TempData["CalendarMessage"] = $"{Item.Indicator!.Code} for {Item.Period} is now due on {SubmissionOrder.Date(due)}";
        return RedirectToPage("/Admin/Submissions/Index");
    }

    private async Task<SubmissionDue?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await db.SubmissionsDue.Include(s => s.Indicator).Include(s => s.Organisation).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (item is not null)
        {
            Item = item;
        }

        return item;
    }
}
