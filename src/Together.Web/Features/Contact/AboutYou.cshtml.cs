using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Contact;

/// <summary>Question 3, optional: which age group the person is in, so we know who is telling us what.</summary>
public sealed class AboutYouModel(TogetherDbContext db, ContactJourney journey) : PageModel
{
    [BindProperty]
    public string? AgeBand { get; set; }

    public Guid Id { get; private set; }

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

        if (draft.Message is null || draft.Reply is null)
        {
            return RedirectToPage(ContactJourney.NextPage(draft), new { id });
        }

        Id = id;
        AgeBand = draft.AgeBand?.ToString();
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

        Id = id;
        Contact.AgeBand? band = null;
        if (!string.IsNullOrEmpty(AgeBand))
        {
            if (!Enum.TryParse<Contact.AgeBand>(AgeBand, out var parsed) || !Enum.IsDefined(parsed))
            {
                this.AddError(nameof(AgeBand), "Select your age group, or continue without choosing one");
                return Page();
            }

            band = parsed;
        }

        draft.AgeBand = band;
        draft.AboutYouAnswered = true;
        journey.Touch(draft);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(ContactJourney.NextPage(draft), new { id });
    }
}
