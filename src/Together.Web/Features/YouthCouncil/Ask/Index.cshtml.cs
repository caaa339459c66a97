using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Governance;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.YouthCouncil.Ask;

/// <summary>
/// A Youth Council member writes a challenge for the board, checks it, and sends it. It is attached to the
/// Youth Council item of the meeting they choose.
/// </summary>
public sealed class IndexModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public List<Meeting> Meetings { get; private set; } = [];

    public bool Checking { get; private set; }

    [BindProperty] public Guid Token { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? WeAsked { get; set; }
    [BindProperty] public string? WhyItMatters { get; set; }
    [BindProperty] public Guid? MeetingId { get; set; }

    public async Task OnGetAsync()
    {
        Token = Guid.NewGuid();
        await LoadAsync();
        MeetingId = Meetings.FirstOrDefault()?.Id;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        Checking = Validate();
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync()
    {
        await LoadAsync();
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync()
    {
        if (Token == Guid.Empty)
        {
            return BadRequest();
        }

        if (await db.Challenges.AnyAsync(c => c.Id == Token))
        {
            return Redirect($"/youth-council/ask/sent?id={Token}");
        }

        await LoadAsync();
        if (!Validate())
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var by = User.Identity?.Name ?? "Youth Council";
        var challenge = new Challenge
        {
            Id = Token,
            Title = Title!,
            WeAsked = WeAsked!,
            WhyItMatters = WhyItMatters!,
            RaisedBy = "Youth Council",
            CreatedByUserId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value,
            CreatedAt = now,
            Status = ChallengeStatus.Raised,
            MeetingId = MeetingId,
        };
        challenge.History.Add(new ChallengeHistory { Id = Guid.NewGuid(), ChallengeId = Token, At = now, ToStatus = ChallengeStatus.Raised, By = by, Note = "Raised by the Youth Council" });
        db.Challenges.Add(challenge);
        await db.SaveChangesAsync();
        return Redirect($"/youth-council/ask/sent?id={Token}");
    }

    private bool Validate()
    {
        Title = FormInput.Clean(Title);
        WeAsked = FormInput.Clean(WeAsked);
        WhyItMatters = FormInput.Clean(WhyItMatters);
        Check(Title, nameof(Title), "Give your question a short title", 200);
        Check(WeAsked, nameof(WeAsked), "Tell us what you want to ask the board to do", 2000);
        Check(WhyItMatters, nameof(WhyItMatters), "Tell us why it matters to children and young people", 2000);
        if (MeetingId is null || Meetings.All(m => m.Id != MeetingId))
        {
            ModelState.AddModelError(nameof(MeetingId), "Choose the meeting where you will ask the board");
        }

        return ModelState.IsValid;
    }

    private void Check(string? value, string field, string emptyMessage, int max)
    {
        if (value is null)
        {
            ModelState.AddModelError(field, emptyMessage);
        }
        else if (value.Length > max)
        {
            ModelState.AddModelError(field, $"That is too long. Use {max:N0} characters or fewer");
        }
    }

    private async Task LoadAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Meetings = await db.Meetings.Include(m => m.Board).Where(m => m.EndsAt >= now).OrderBy(m => m.StartsAt).ToListAsync();
    }
}
