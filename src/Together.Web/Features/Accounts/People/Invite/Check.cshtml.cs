using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Together.Web.Infrastructure.Branding;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Notifications;

namespace Together.Web.Features.Accounts.People.Invite;

/// <summary>Check your answers, then send: the token is made here, stored only as a hash, and emailed through the outbox.</summary>
public sealed class CheckModel(TogetherDbContext db, UserManager<TogetherUser> users, NotificationOutbox outbox, TimeProvider clock, IOptions<BrandOptions> brand) : PageModel
{
    public Invitation Invitation { get; private set; } = null!;

    public string? OrganisationName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var result = await LoadAsync(id);
        return result ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var result = await LoadAsync(id);
        if (result is not null)
        {
            return result;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (await QuestionModel.EmailProblemAsync(db, users, Invitation.Email, Invitation.Id, now) is { } problem)
        {
            ModelState.AddModelError("Email", problem);
            return Page();
        }

        var (token, hash) = Invitation.NewToken();
        Invitation.TokenHash = hash;
        Invitation.SentAt = now;
        Invitation.ExpiresAt = now + Invitation.Lifetime;
        var link = $"{Request.Scheme}://{Request.Host}/account/accept-invitation?token={token}";
        var inviter = User.FindFirst(TogetherClaims.DisplayName)?.Value ?? "An administrator";
        outbox.Enqueue(
            Invitation.Email,
            $"You have been invited to {brand.Value.ShortName}",
            $"""
            Hello {Invitation.DisplayName},

            {inviter} has invited you to sign in to {brand.Value.Name}, the website of the {brand.Value.PartnershipName}.

            You will have these roles: {string.Join(", ", Invitation.RoleList)}{(OrganisationName is null ? "" : $", for {OrganisationName}")}.

            To create your account, open this link and choose a password:

            {link}

            The link works once and expires on {AccountsText.UkDateTime(Invitation.ExpiresAt.Value)} (UK time).
            {(Invitation.RoleList.Any(Roles.IsStaffRole) ? "\nYou will also need an authenticator app on your phone, such as Microsoft Authenticator or Google Authenticator.\n" : "")}
            If you were not expecting this email, you can ignore it. Nobody can use the link without this email.
            """,
            "account-invitation");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Sent by a simultaneous submit; nothing of this attempt was saved, so only one email goes.
            return Redirect($"/admin/people/invite/{id}/sent");
        }

        return Redirect($"/admin/people/invite/{id}/sent");
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var invitation = await db.Invitations.FindAsync(id);
        if (invitation is null)
        {
            return NotFound();
        }

        if (invitation.SentAt is not null)
        {
            return Redirect($"/admin/people/invite/{id}/sent");
        }

        // An unfinished journey goes back to the first unanswered question.
        var missing = invitation.Email.Length == 0 ? "email" : invitation.DisplayName.Length == 0 ? "name"
            : invitation.OrganisationId is null ? "organisation" : invitation.RoleList.Count == 0 ? "roles" : null;
        if (missing is not null)
        {
            return Redirect($"/admin/people/invite/{id}/{missing}");
        }

        Invitation = invitation;
        OrganisationName = await db.Organisations.Where(o => o.Id == invitation.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync();
        return null;
    }
}
