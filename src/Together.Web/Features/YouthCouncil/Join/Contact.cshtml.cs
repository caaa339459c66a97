using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Contact;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.YouthCouncil.Join;

/// <summary>Question 2: how the participation team can get in touch. 12 and under: a parent or carer's details are required.</summary>
public sealed class ContactModel(TogetherDbContext db, InterestJourney journey) : PageModel
{
    [BindProperty] public string? ContactWho { get; set; }
    [BindProperty] public string? ContactName { get; set; }
    [BindProperty] public string? ContactEmail { get; set; }
    [BindProperty] public string? ContactPhone { get; set; }

    public Guid Id { get; private set; }

    public bool Under13 { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var (result, draft) = await LoadAsync(id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        ContactWho = draft!.ContactWho?.ToString();
        ContactName = draft.ContactName;
        ContactEmail = draft.ContactEmail;
        ContactPhone = draft.ContactPhone;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var (result, draft) = await LoadAsync(id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        YouthCouncil.ContactWho? who = Enum.TryParse<YouthCouncil.ContactWho>(ContactWho, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        var name = Forms.Clean(ContactName);
        var email = Forms.Clean(ContactEmail);
        var phone = Forms.Clean(ContactPhone);
        if (who is null)
        {
            this.AddError(nameof(ContactWho), Under13 ? "Select 'My parent or carer'" : "Select who we should contact");
        }
        else if (who == YouthCouncil.ContactWho.Me && Under13)
        {
            this.AddError(nameof(ContactWho), "You told us you are 12 or under, so we need to contact your parent or carer first. Select 'My parent or carer'");
        }

        if (who == YouthCouncil.ContactWho.ParentOrCarer)
        {
            if (name is null)
            {
                this.AddError(nameof(ContactName), "Enter your parent or carer's name");
            }
            else if (name.Length > InvolvementLimits.ContactNameMaxLength)
            {
                this.AddError(nameof(ContactName), "Their name must be 100 characters or fewer");
            }
        }

        if (who is not null)
        {
            if (email is null && phone is null)
            {
                this.AddError(nameof(ContactEmail), "Enter an email address or a phone number");
            }

            if (email is not null && !ContactJourney.IsEmailAddress(email))
            {
                this.AddError(nameof(ContactEmail), "Enter an email address in the correct format, like name@example.com");
            }

            if (phone is not null && !InterestJourney.IsPhoneNumber(phone))
            {
                this.AddError(nameof(ContactPhone), "Enter a phone number, like 01632 960 001 or 07700 900 982");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        draft!.ContactWho = who;
        draft.ContactName = who == YouthCouncil.ContactWho.ParentOrCarer ? name : null;
        draft.ContactEmail = email;
        draft.ContactPhone = phone;
        journey.Touch(draft);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(InterestJourney.NextPage(draft), new { id });
    }

    private async Task<(IActionResult? Result, InterestDraft? Draft)> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await journey.IsSentAsync(id, cancellationToken))
        {
            return (RedirectToPage("/YouthCouncil/Join/Sent", new { id }), null);
        }

        var draft = await journey.FindDraftAsync(id, cancellationToken);
        if (draft is null)
        {
            return (NotFound(), null);
        }

        if (draft.FirstName is null || draft.AgeBand is null || draft.LocalityId is null)
        {
            return (RedirectToPage("/YouthCouncil/Join/Index", new { id }), null);
        }

        Id = id;
        Under13 = draft.AgeBand == YouthCouncil.AgeBand.Under13;
        return (null, draft);
    }
}
