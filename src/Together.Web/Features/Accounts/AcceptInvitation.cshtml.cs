using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Accounts;

/// <summary>Accepting an invitation: choose a password, and staff go straight on to set up an authenticator app.</summary>
public sealed class AcceptInvitationModel(TogetherDbContext db, UserManager<TogetherUser> users, SignInManager<TogetherUser> signIn, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public Invitation? Invitation { get; private set; }

    public InvitationState? State { get; private set; }

    public string? OrganisationName { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Show();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (State != InvitationState.Pending)
        {
            return Show();
        }

        var invitation = Invitation!;
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter a password");
        }
        else
        {
            foreach (var problem in PasswordPolicy.Default.Check(Password, invitation.Email))
            {
                ModelState.AddModelError(nameof(Password), problem);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            // Claim the invitation first: a second submit, here or in another tab, fails on AcceptedAt.
            invitation.AcceptedAt = now;
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            State = InvitationState.Accepted;
            return Show();
        }

        var user = new TogetherUser
        {
            UserName = invitation.Email,
            Email = invitation.Email,
            EmailConfirmed = true,
            DisplayName = invitation.DisplayName,
            OrganisationId = invitation.OrganisationId,
            CreatedAt = now,
            LastSignInAt = now,
        };
        var created = await users.CreateAsync(user, Password!);
        if (created.Succeeded)
        {
            created = await users.AddToRolesAsync(user, invitation.RoleList);
        }

        if (!created.Succeeded)
        {
            await transaction.RollbackAsync();
            foreach (var error in created.Errors.DistinctBy(e => e.Description))
            {
                ModelState.AddModelError(nameof(Password), error.Description);
            }

            return Page();
        }

        invitation.AcceptedUserId = user.Id;
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        await signIn.SignInAsync(user, isPersistent: false);
        return invitation.RoleList.Any(Roles.IsStaffRole) ? Redirect(TwoFactorSetUpGate.SetUpPath) : Redirect("/account");
    }

    private async Task LoadAsync()
    {
        if (string.IsNullOrWhiteSpace(Token) || Token.Length > 100)
        {
            return;
        }

        var hash = Invitation.Hash(Token.Trim());
        Invitation = await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash);
        State = Invitation?.StateAt(clock.GetUtcNow().UtcDateTime);
        if (Invitation?.OrganisationId is { } organisationId)
        {
            OrganisationName = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).FirstOrDefaultAsync();
        }
    }

    private PageResult Show()
    {
        // The link is the only secret: say plainly when it cannot be used, with a status that says so too.
        Response.StatusCode = State switch
        {
            InvitationState.Pending => StatusCodes.Status200OK,
            InvitationState.Expired or InvitationState.Accepted => StatusCodes.Status410Gone,
            _ => StatusCodes.Status404NotFound,
        };
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
