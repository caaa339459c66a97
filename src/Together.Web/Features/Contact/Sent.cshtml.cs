using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.Contact;

/// <summary>Confirmation. Shows the reference and what happens next, never what was written or who wrote it.</summary>
public sealed class SentModel(TogetherDbContext db, ContactJourney journey) : PageModel
{
    public string Reference { get; private set; } = "";

    public bool WantsReply { get; private set; }

    public bool NeedsHelp { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await db.ContactMessages.AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new { m.Id, m.Reply, m.ScreeningStatus })
            .FirstOrDefaultAsync(cancellationToken);
        if (message is null)
        {
            return await journey.FindDraftAsync(id, cancellationToken) is not null
                ? RedirectToPage("/Contact/Check", new { id })
                : NotFound();
        }

        Reference = ContactMessage.ReferenceFor(message.Id);
        WantsReply = message.Reply == ReplyPreference.Email;
        NeedsHelp = message.ScreeningStatus == ScreeningStatus.Flagged;
        return Page();
    }
}
