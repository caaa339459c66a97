using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance.Admin;

/// <summary>Creates a meeting. The agenda starts with the standing items, including the Youth Council item.</summary>
public sealed class CreateModel(TogetherDbContext db, MeetingService meetings) : PageModel
{
    // A meeting date far outside the life of a plan is almost certainly a typing mistake.
    private const int EarliestYear = 2019;
    private const int LatestYear = 2100;

    public List<Board> Boards { get; private set; } = [];

    /// <summary>Becomes the meeting's id, so submitting the same form twice creates one meeting.</summary>
    [BindProperty] public Guid Token { get; set; }
    [BindProperty] public Guid? BoardId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Day { get; set; }
    [BindProperty] public string? Month { get; set; }
    [BindProperty] public string? Year { get; set; }
    [BindProperty] public string? StartTime { get; set; }
    [BindProperty] public string? EndTime { get; set; }
    [BindProperty] public string? Venue { get; set; }
    [BindProperty] public string? OnlineLink { get; set; }

    public async Task OnGetAsync()
    {
        Token = Guid.NewGuid();
        Title = "Trust Board";
        StartTime = "14:00";
        EndTime = "16:00";
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (Token == Guid.Empty)
        {
            return BadRequest();
        }

        if (await db.Meetings.AnyAsync(m => m.Id == Token, cancellationToken))
        {
            return Redirect($"/admin/meetings/{Token}");
        }

        await LoadAsync();
        if (BoardId is null || Boards.All(b => b.Id != BoardId))
        {
            ModelState.AddModelError(nameof(BoardId), "Select which board is meeting");
        }

        Title = FormInput.Clean(Title);
        if (Title is null)
        {
            ModelState.AddModelError(nameof(Title), "Enter a title for the meeting");
        }
        else if (Title.Length > 200)
        {
            ModelState.AddModelError(nameof(Title), "Title must be 200 characters or fewer");
        }

        if (!FormInput.TryDate(Day, Month, Year, out var date))
        {
            ModelState.AddModelError(nameof(Day), "Enter a real date for the meeting, for example 10 12 2026");
        }
        else if (date.Year is < EarliestYear or > LatestYear)
        {
            ModelState.AddModelError(nameof(Day), $"The meeting must be between {EarliestYear} and {LatestYear}");
        }

        if (!FormInput.TryTime(StartTime, out var start))
        {
            ModelState.AddModelError(nameof(StartTime), "Enter the start time in 24-hour format, for example 14:00");
        }

        if (!FormInput.TryTime(EndTime, out var end))
        {
            ModelState.AddModelError(nameof(EndTime), "Enter the end time in 24-hour format, for example 16:00");
        }
        else if (ModelState.IsValid && end <= start)
        {
            ModelState.AddModelError(nameof(EndTime), "The end time must be after the start time");
        }

        Venue = FormInput.Clean(Venue);
        OnlineLink = FormInput.Clean(OnlineLink);
        if (Venue is null && OnlineLink is null)
        {
            ModelState.AddModelError(nameof(Venue), "Enter a venue or an online meeting link");
        }
        else if (Venue?.Length > 500)
        {
            ModelState.AddModelError(nameof(Venue), "Venue must be 500 characters or fewer");
        }

        if (OnlineLink is not null && (OnlineLink.Length > 500 || !FormInput.IsSafeLink(OnlineLink)))
        {
            ModelState.AddModelError(nameof(OnlineLink), "Enter an online meeting link that starts with https://");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var meeting = meetings.Create(BoardId!.Value, Title!, MeetingTimes.ToUtc(date, start), MeetingTimes.ToUtc(date, end), Venue, OnlineLink);
        meeting.Id = Token;
        foreach (var item in meeting.Items)
        {
            item.MeetingId = Token;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/admin/meetings/{meeting.Id}");
    }

    private async Task LoadAsync() =>
        Boards = await db.Boards.OrderBy(b => b.SortOrder).ThenBy(b => b.Name).ToListAsync(HttpContext.RequestAborted);
}
