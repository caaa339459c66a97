using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.YouthCouncil.MailingList;

/// <summary>
/// The leave link in every mailing-list email. Opening it shows a button; pressing it deletes the subscriber. A mail
/// app's one-click POST (RFC 8058, "List-Unsubscribe=One-Click") arrives without an antiforgery token: the secret
/// token in the address is what proves the request came from the email, and the only thing it can do is leave.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class LeaveModel(MailingListService mailingList) : PageModel
{
    public bool Found { get; private set; }

    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var subscriber = await mailingList.FindByUnsubscribeTokenAsync(token, cancellationToken);
        Found = subscriber is not null;
        Confirmed = subscriber?.Status == SubscriberStatus.Confirmed;
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var subscriber = await mailingList.FindByUnsubscribeTokenAsync(token, cancellationToken);
        if (subscriber is null)
        {
            return Page();
        }

        await mailingList.RemoveAsync(subscriber, cancellationToken);
        return RedirectToPage("/YouthCouncil/MailingList/Done", new { outcome = "left" });
    }

    public async Task<IActionResult> OnPostStayAsync(string token, CancellationToken cancellationToken)
    {
        var subscriber = await mailingList.FindByUnsubscribeTokenAsync(token, cancellationToken);
        if (subscriber is null)
        {
            return Page();
        }

        await mailingList.StayAsync(subscriber, cancellationToken);
        return RedirectToPage("/YouthCouncil/MailingList/Done", new { outcome = "staying" });
    }
}
