using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Contact;

/// <summary>Question 2: do you want a reply, and if so your email address (and, if you like, your name).</summary>
public sealed class ReplyModel(TogetherDbContext db, ContactJourney journey) : PageModel
{
    [BindProperty]
    public string? Reply { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

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

        if (draft.Message is null)
        {
            return RedirectToPage("/Contact/Index", new { id });
        }

        Id = id;
        Reply = draft.Reply?.ToString();
        Name = draft.Name;
        Email = draft.Email;
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
        ReplyPreference? reply = Enum.TryParse<ReplyPreference>(Reply, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        var name = Forms.Clean(Name);
        var email = Forms.Clean(Email);
        if (reply is null)
        {
            this.AddError(nameof(Reply), "Select whether you want a reply");
        }
        else if (reply == ReplyPreference.Email)
        {
            if (email is null)
            {
                this.AddError(nameof(Email), "Enter your email address");
            }
            else if (!ContactJourney.IsEmailAddress(email))
            {
                this.AddError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
            }

            if (name?.Length > ContactLimits.NameMaxLength)
            {
                this.AddError(nameof(Name), "Your name must be 200 characters or fewer");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        draft.Reply = reply;
        // Someone who wants no reply has no reason to leave contact details with us.
        draft.Name = reply == ReplyPreference.Email ? name : null;
        draft.Email = reply == ReplyPreference.Email ? email : null;
        journey.Touch(draft);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(ContactJourney.NextPage(draft), new { id });
    }
}
