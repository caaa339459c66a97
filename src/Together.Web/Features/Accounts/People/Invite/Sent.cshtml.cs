using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Accounts.People.Invite;

public sealed class SentModel(TogetherDbContext db) : PageModel
{
    public Invitation Invitation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var invitation = await db.Invitations.FindAsync(id);
        if (invitation is null)
        {
            return NotFound();
        }

        if (invitation.SentAt is null)
        {
            return Redirect($"/admin/people/invite/{id}/check");
        }

        Invitation = invitation;
        return Page();
    }
}
