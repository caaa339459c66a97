using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Feedback;

/// <summary>Receives the "Is this page useful?" answer from the forms at the foot of every page.</summary>
public sealed class IndexModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Path { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    [BindProperty]
    public Guid Token { get; set; }

    // Nothing to show on its own: someone who arrives here by address is offered the "tell us" form.
    public IActionResult OnGet() => RedirectToPage("/Feedback/TellUs");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        bool? useful = Answer?.Trim().ToLowerInvariant() switch
        {
            "yes" => true,
            "no" => false,
            _ => null,
        };
        if (useful is null || Token == Guid.Empty)
        {
            return BadRequest();
        }

        var path = FeedbackPaths.Normalise(Path);
        var existing = await db.PageFeedback.AsNoTracking().FirstOrDefaultAsync(f => f.Id == Token, cancellationToken);
        if (existing is null)
        {
            db.PageFeedback.Add(new PageFeedback
            {
                Id = Token,
                Path = path,
                Useful = useful,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Two clicks raced; the first one was stored, which is all we want.
                if (!await db.PageFeedback.AsNoTracking().AnyAsync(f => f.Id == Token, cancellationToken))
                {
                    throw;
                }
            }
        }
        else
        {
            useful = existing.Useful;
        }

        return useful == true
            ? RedirectToPage("/Feedback/ThankYou", new { path })
            : RedirectToPage("/Feedback/TellUs", new { id = Token });
    }
}
