using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Voice.WeDid;

namespace Together.Web.Features.Voice.Updates;

/// <summary>
/// One-click unsubscribe from the link in every update: the GET only shows a button (mail scanners follow links),
/// pressing it deletes the subscription, and a link whose subscription is already gone says so plainly.
/// </summary>
public sealed class UnsubscribeModel(UpdateSubscriptions subscriptions) : PageModel
{
    public UpdateSubscription? Subscription { get; private set; }

    public bool Removed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        Subscription = await subscriptions.FindByUnsubscribeTokenAsync(token, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        Subscription = await subscriptions.FindByUnsubscribeTokenAsync(token, ct);
        if (Subscription is not null)
        {
            await subscriptions.RemoveAsync(Subscription, ct);
            Removed = true;
        }

        return Page();
    }
}
