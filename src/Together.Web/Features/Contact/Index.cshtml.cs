using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Feedback;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Contact;

/// <summary>Question 1 of "Contact the Trust": the message. Without an id it starts a new draft.</summary>
public sealed class IndexModel(TogetherDbContext db, ContactJourney journey, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Message { get; set; }

    /// <summary>The draft's id for a new journey, chosen when the page is shown, so submitting page 1 twice makes one draft.</summary>
    [BindProperty]
    public Guid Token { get; set; }

    [BindProperty]
    public string? About { get; set; }

    public Guid? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, string? about, CancellationToken cancellationToken)
    {
        if (id is { } draftId)
        {
            if (await journey.IsSentAsync(draftId, cancellationToken))
            {
                return RedirectToPage("/Contact/Sent", new { id = draftId });
            }

            var draft = await journey.FindDraftAsync(draftId, cancellationToken);
            if (draft is null)
            {
                return NotFound();
            }

            Id = draftId;
            Message = draft.Message;
            About = draft.AboutPath;
            return Page();
        }

        Token = Guid.NewGuid();
        About = Forms.IsLocalPath(about) ? FeedbackPaths.Normalise(about) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        var draftId = id ?? Token;
        if (draftId == Guid.Empty)
        {
            return BadRequest();
        }

        if (await journey.IsSentAsync(draftId, cancellationToken))
        {
            return RedirectToPage("/Contact/Sent", new { id = draftId });
        }

        var draft = await journey.FindDraftAsync(draftId, cancellationToken);
        if (draft is null && id is not null)
        {
            return NotFound();
        }

        var message = Forms.Clean(Message);
        if (message is null)
        {
            this.AddError(nameof(Message), "Enter your message");
        }
        else if (message.Length > ContactLimits.MessageMaxLength)
        {
            this.AddError(nameof(Message), "Your message must be 5,000 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            Id = id;
            return Page();
        }

        if (draft is null)
        {
            await journey.DeleteExpiredDraftsAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            draft = new ContactDraft
            {
                Id = draftId,
                AboutPath = Forms.IsLocalPath(About) ? FeedbackPaths.Normalise(About) : null,
                CreatedAt = now,
            };
            db.ContactDrafts.Add(draft);
        }

        draft.Message = message;
        journey.Touch(draft);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(ContactJourney.NextPage(draft), new { id = draft.Id });
    }
}
