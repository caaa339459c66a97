using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Together.Web.Infrastructure.Branding;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Notifications;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.Contact;

/// <summary>Check your answers, then send: the message is stored once, screened, and the Trust's mailbox is told.</summary>
public sealed class CheckModel(
    TogetherDbContext db,
    ContactJourney journey,
    IFreeTextScreen screen,
    Together.Web.Features.Safeguarding.SafeguardingTriage triage,
    NotificationOutbox outbox,
    IOptions<BrandOptions> brand,
    TimeProvider clock) : PageModel
{
    public ContactDraft Draft { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await journey.IsSentAsync(id, cancellationToken))
        {
            return RedirectToPage("/Contact/Sent", new { id });
        }

        var draft = await journey.FindDraftAsync(id, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        var next = ContactJourney.NextPage(draft);
        if (next != "/Contact/Check")
        {
            return RedirectToPage(next, new { id });
        }

        Draft = draft;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await journey.IsSentAsync(id, cancellationToken))
        {
            return RedirectToPage("/Contact/Sent", new { id });
        }

        var draft = await journey.FindDraftAsync(id, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        var next = ContactJourney.NextPage(draft);
        if (next != "/Contact/Check")
        {
            return RedirectToPage(next, new { id });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var result = screen.ScreenAll(draft.Message);
        var message = new ContactMessage
        {
            Id = draft.Id,
            ReceivedAt = now,
            UpdatedAt = now,
            Message = draft.Message!,
            AboutPath = draft.AboutPath,
            Reply = draft.Reply!.Value,
            Name = draft.Name,
            Email = draft.Email,
            AgeBand = draft.AgeBand,
            Status = ContactStatus.New,
            ScreeningStatus = result?.Status ?? ScreeningStatus.NotNeeded,
            ScreeningConcerns = result?.ConcernsText,
        };
        db.ContactMessages.Add(message);
        db.ContactDrafts.Remove(draft);

        // The mailbox is told that a message arrived, never what it says: email is not the place for it.
        var link = $"{Request.Scheme}://{Request.Host}/admin/inbox/{message.Id}";
        outbox.Enqueue(
            brand.Value.ContactEmail,
            "New message received",
            $"A new message ({message.Reference}) has arrived in the {brand.Value.ShortName} staff inbox."
                + (message.Reply == ReplyPreference.Email ? " The sender would like a reply." : "")
                + $"\n\nSign in to read it:\n{link}\n",
            "contact.new");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A second press of Send raced this one; the first stored the message.
            if (!await db.ContactMessages.AsNoTracking().AnyAsync(m => m.Id == id, cancellationToken))
            {
                throw;
            }
        }

        if (result?.NeedsReview == true)
        {
            // A safeguarding lead must see it: the message joins the triage queue (stored once however often it is sent).
            await triage.ScreenAsync(message.Message, "Contact message", message.Id.ToString(), $"Contact form, reference {message.Reference}", cancellationToken);
        }

        return RedirectToPage("/Contact/Sent", new { id });
    }
}
