using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using LinkState = Together.Web.Features.YouthCouncil.MailingListService.LinkState;

namespace Together.Web.Features.YouthCouncil.MailingList;

/// <summary>
/// The link in the confirmation email. Opening it only shows a button: mail scanners open links, and only a person
/// pressing Confirm may put an address on the list.
/// </summary>
public sealed class ConfirmModel(MailingListService mailingList) : PageModel
{
    public LinkState State { get; private set; }

    public bool Under13 { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var (state, subscriber) = await mailingList.FindByConfirmTokenAsync(token, cancellationToken);
        State = state;
        Under13 = subscriber?.AgeBand == AgeBand.Under13;
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var (state, subscriber) = await mailingList.FindByConfirmTokenAsync(token, cancellationToken);
        if (state != LinkState.Valid)
        {
            State = state;
            return Page();
        }

        var status = await mailingList.ConfirmAsync(subscriber!, $"{Request.Scheme}://{Request.Host}", cancellationToken);
        return status == SubscriberStatus.AwaitingParent
            ? RedirectToPage("/YouthCouncil/MailingList/Done", new { outcome = "asked-parent" })
            : RedirectToPage("/YouthCouncil/MailingList/Done", new { outcome = "joined" });
    }
}
