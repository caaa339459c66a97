using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.Feedback;

/// <summary>
/// After "No" (Id is the stored answer) or "Report a problem with this page" (Path, and a new Token for the answer):
/// two optional boxes. Each answer takes comments once, so a repeated submit changes nothing.
/// </summary>
public sealed class TellUsModel(TogetherDbContext db, IFreeTextScreen screen, Together.Web.Features.Safeguarding.SafeguardingTriage triage, TimeProvider clock) : PageModel
{
    [BindProperty]
    public Guid? Id { get; set; }

    [BindProperty]
    public Guid Token { get; set; }

    [BindProperty]
    public string? Path { get; set; }

    [BindProperty]
    public string? TryingToDo { get; set; }

    [BindProperty]
    public string? WentWrong { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, string? path, CancellationToken cancellationToken)
    {
        if (id is { } answerId)
        {
            var answer = await db.PageFeedback.AsNoTracking().FirstOrDefaultAsync(f => f.Id == answerId, cancellationToken);
            if (answer is null)
            {
                return NotFound();
            }

            if (answer.HasComments)
            {
                return RedirectToPage("/Feedback/ThankYou", new { id = answerId });
            }

            Id = answerId;
            Path = answer.Path;
        }
        else
        {
            Path = FeedbackPaths.Normalise(path);
        }

        Token = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var tryingToDo = Forms.Clean(TryingToDo);
        var wentWrong = Forms.Clean(WentWrong);
        PageFeedback? answer = null;
        if (Id is { } answerId)
        {
            answer = await db.PageFeedback.FirstOrDefaultAsync(f => f.Id == answerId, cancellationToken);
            if (answer is null)
            {
                return NotFound();
            }

            if (answer.HasComments)
            {
                return RedirectToPage("/Feedback/ThankYou", new { id = answerId });
            }
        }
        else
        {
            if (Token == Guid.Empty)
            {
                return BadRequest();
            }

            if (await db.PageFeedback.AsNoTracking().AnyAsync(f => f.Id == Token, cancellationToken))
            {
                return RedirectToPage("/Feedback/ThankYou", new { id = Token });
            }
        }

        if (tryingToDo?.Length > PageFeedback.CommentMaxLength)
        {
            this.AddError(nameof(TryingToDo), "What you were trying to do must be 1,200 characters or fewer");
        }

        if (wentWrong?.Length > PageFeedback.CommentMaxLength)
        {
            this.AddError(nameof(WentWrong), "What went wrong must be 1,200 characters or fewer");
        }

        if (answer is null && tryingToDo is null && wentWrong is null)
        {
            this.AddError(nameof(TryingToDo), "Enter what you were trying to do or what went wrong");
        }

        if (!ModelState.IsValid)
        {
            Path = answer?.Path ?? FeedbackPaths.Normalise(Path);
            return Page();
        }

        if (tryingToDo is null && wentWrong is null)
        {
            // "No" with nothing more to say: the answer is already stored.
            return RedirectToPage("/Feedback/ThankYou", new { id = answer!.Id });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (answer is null)
        {
            answer = new PageFeedback { Id = Token, Path = FeedbackPaths.Normalise(Path), Useful = null, CreatedAt = now };
            db.PageFeedback.Add(answer);
        }

        answer.TryingToDo = tryingToDo;
        answer.WentWrong = wentWrong;
        answer.CommentedAt = now;
        var result = screen.ScreenAll(tryingToDo, wentWrong);
        answer.ScreeningStatus = result?.Status ?? ScreeningStatus.NotNeeded;
        answer.ScreeningConcerns = result?.ConcernsText;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A repeated submit raced this one and was stored first.
            if (!await db.PageFeedback.AsNoTracking().AnyAsync(f => f.Id == answer.Id, cancellationToken))
            {
                throw;
            }
        }

        if (result?.NeedsReview == true)
        {
            // A safeguarding lead must see it: the comment joins the triage queue (stored once however often it is sent).
            await triage.ScreenAsync(string.Join("\n", new[] { tryingToDo, wentWrong }.Where(t => t is not null)), "Page feedback", answer.Id.ToString(), $"Comment on {answer.Path}", cancellationToken);
        }

        return RedirectToPage("/Feedback/ThankYou", new { id = answer.Id });
    }
}
