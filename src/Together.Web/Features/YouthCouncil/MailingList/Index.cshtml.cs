using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Contact;
using Together.Web.Features.Shared;

namespace Together.Web.Features.YouthCouncil.MailingList;

/// <summary>Join the Youth Council mailing list: an email address and an age group, and for 12 and under a parent or carer's email.</summary>
public sealed class IndexModel(MailingListService mailingList) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? AgeBand { get; set; }
    [BindProperty] public string? ParentEmail { get; set; }

    public bool Under13 => AgeBand == nameof(YouthCouncil.AgeBand.Under13);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var email = Forms.Clean(Email);
        var parentEmail = Forms.Clean(ParentEmail);
        YouthCouncil.AgeBand? band = Enum.TryParse<YouthCouncil.AgeBand>(AgeBand, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        if (email is null)
        {
            this.AddError(nameof(Email), "Enter your email address");
        }
        else if (!ContactJourney.IsEmailAddress(email))
        {
            this.AddError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
        }

        if (band is null)
        {
            this.AddError(nameof(AgeBand), "Select how old you are");
        }
        else if (band == YouthCouncil.AgeBand.Under13)
        {
            if (parentEmail is null)
            {
                this.AddError(nameof(ParentEmail), "Enter your parent or carer's email address");
            }
            else if (!ContactJourney.IsEmailAddress(parentEmail))
            {
                this.AddError(nameof(ParentEmail), "Enter your parent or carer's email address in the correct format, like name@example.com");
            }
            else if (email is not null && MailingListService.Normalise(parentEmail) == MailingListService.Normalise(email))
            {
                this.AddError(nameof(ParentEmail), "Enter your parent or carer's own email address, not yours");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await mailingList.SignUpAsync(email!, band!.Value, band == YouthCouncil.AgeBand.Under13 ? parentEmail : null, $"{Request.Scheme}://{Request.Host}", cancellationToken);
        return RedirectToPage("/YouthCouncil/MailingList/CheckEmail", new { parent = band == YouthCouncil.AgeBand.Under13 ? "yes" : null });
    }
}
