using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Voice.WeDid;

namespace Together.Web.Features.Voice.Updates;

/// <summary>
/// Double opt-in: the link in the email shows a page with a button, and only pressing it confirms. A GET never
/// changes anything, so a mail scanner opening the link does not sign anyone up.
/// </summary>
public sealed class ConfirmModel(UpdateSubscriptions subscriptions) : PageModel
{
    public UpdateSubscription? Subscription { get; private set; }

    public bool JustConfirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        Subscription = await subscriptions.FindByConfirmTokenAsync(token, ct);
        return Subscription is null ? Gone() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        Subscription = await subscriptions.FindByConfirmTokenAsync(token, ct);
        if (Subscription is null)
        {
            return Gone();
        }

        await subscriptions.ConfirmEmailAsync(Subscription, ct);
        JustConfirmed = true;
        return Page();
    }

    private PageResult Gone()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        ViewData["Gone"] = true;
        return Page();
    }
}
