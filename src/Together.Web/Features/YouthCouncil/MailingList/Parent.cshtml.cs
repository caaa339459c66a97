using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using LinkState = Together.Web.Features.YouthCouncil.MailingListService.LinkState;

namespace Together.Web.Features.YouthCouncil.MailingList;

/// <summary>The link in the parent or carer's email: yes puts the child on the list, no deletes the sign-up. Either way their own address is deleted.</summary>
public sealed class ParentModel(MailingListService mailingList) : PageModel
{
    public LinkState State { get; private set; }

    public string ChildEmail { get; private set; } = "";

    [BindProperty] public string? Answer { get; set; }

    public async Task OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var (state, subscriber) = await mailingList.FindByParentTokenAsync(token, cancellationToken);
        State = state;
        ChildEmail = subscriber?.Email ?? "";
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var (state, subscriber) = await mailingList.FindByParentTokenAsync(token, cancellationToken);
        State = state;
        if (state != LinkState.Valid)
        {
            return Page();
        }

        ChildEmail = subscriber!.Email;
        if (Answer is not ("yes" or "no"))
        {
            Shared.Forms.AddError(this, nameof(Answer), "Select yes if they can join the mailing list");
            return Page();
        }

        await mailingList.ParentAnswerAsync(subscriber, Answer == "yes", cancellationToken);
        return RedirectToPage("/YouthCouncil/MailingList/Done", new { outcome = Answer == "yes" ? "parent-agreed" : "parent-declined" });
    }
}
