using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Shared;
using Together.Web.Features.Voice.WeDid;

namespace Together.Web.Features.Voice.Updates;

/// <summary>
/// Under 13, a parent or carer must agree before a child gets updates (UK GDPR Article 8 as applied by the Data
/// Protection Act 2018: 13 is the age of digital consent). They confirm from their own email, which proves it
/// reached them, and tick that they are the parent or carer; the time they did is the record of consent.
/// </summary>
public sealed class ParentModel(UpdateSubscriptions subscriptions) : PageModel
{
    public UpdateSubscription? Subscription { get; private set; }

    [BindProperty] public bool IAmParent { get; set; }

    public string? Outcome { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        Subscription = await subscriptions.FindByParentTokenAsync(token, ct);
        if (Subscription is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, string? answer, CancellationToken ct)
    {
        Subscription = await subscriptions.FindByParentTokenAsync(token, ct);
        if (Subscription is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        if (answer == "no")
        {
            await subscriptions.RemoveAsync(Subscription, ct);
            Subscription = null;
            Outcome = "declined";
            return Page();
        }

        if (!IAmParent)
        {
            this.AddError(nameof(IAmParent), "Tick the box to say you are their parent or carer and agree");
            return Page();
        }

        await subscriptions.ConfirmParentAsync(Subscription, ct);
        Outcome = "agreed";
        return Page();
    }
}
