using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Organisations;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Accounts.People.Invite;

/// <summary>
/// The invite journey, one question per page: email, name, organisation, roles. Answers are kept in a draft
/// invitation (server-side) which is only sent from "Check your answers".
/// </summary>
public sealed class QuestionModel(TogetherDbContext db, UserManager<TogetherUser> users, TimeProvider clock) : PageModel
{
    public static readonly string[] Steps = ["email", "name", "organisation", "roles"];

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Step { get; set; }

    /// <summary>Came from "Check your answers": go back there after this question.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Change { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public Guid? OrganisationId { get; set; }

    [BindProperty(Name = "Roles")]
    public List<string> SelectedRoles { get; set; } = [];

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public string CurrentStep => Step ?? "email";

    public string BackLink => Change || Id is null ? (Id is null ? "/admin/people" : $"/admin/people/invite/{Id}/check")
        : Array.IndexOf(Steps, CurrentStep) is > 0 and var i ? $"/admin/people/invite/{Id}/{Steps[i - 1]}" : "/admin/people";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Steps.Contains(CurrentStep))
        {
            return NotFound();
        }

        if (Id is { } id)
        {
            var draft = await db.Invitations.FindAsync(id);
            if (draft is null)
            {
                return NotFound();
            }

            if (draft.SentAt is not null)
            {
                return Redirect($"/admin/people/invite/{id}/sent");
            }

            Email = draft.Email;
            DisplayName = draft.DisplayName;
            OrganisationId = draft.OrganisationId;
            SelectedRoles = [.. draft.RoleList];
        }
        else if (CurrentStep != "email")
        {
            return NotFound();
        }

        await LoadOrganisationsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Steps.Contains(CurrentStep) || (Id is null && CurrentStep != "email"))
        {
            return NotFound();
        }

        Invitation? draft = null;
        if (Id is { } id)
        {
            draft = await db.Invitations.FindAsync(id);
            if (draft is null)
            {
                return NotFound();
            }

            if (draft.SentAt is not null)
            {
                return Redirect($"/admin/people/invite/{id}/sent");
            }
        }

        await LoadOrganisationsAsync();
        switch (CurrentStep)
        {
            case "email":
                Email = Email?.Trim();
                var emailError = await EmailProblemAsync(db, users, Email, draft?.Id, clock.GetUtcNow().UtcDateTime);
                if (emailError is not null)
                {
                    ModelState.AddModelError(nameof(Email), emailError);
                    return Page();
                }

                if (draft is null)
                {
                    draft = new Invitation
                    {
                        Id = Guid.NewGuid(),
                        InvitedById = users.GetUserId(User) ?? "",
                        CreatedAt = clock.GetUtcNow().UtcDateTime,
                    };
                    db.Invitations.Add(draft);
                }

                draft.Email = Email!;
                break;
            case "name":
                DisplayName = DisplayName?.Trim();
                if (string.IsNullOrEmpty(DisplayName))
                {
                    ModelState.AddModelError(nameof(DisplayName), "Enter the person's full name");
                    return Page();
                }

                if (DisplayName.Length > 200)
                {
                    ModelState.AddModelError(nameof(DisplayName), "Full name must be 200 characters or fewer");
                    return Page();
                }

                draft!.DisplayName = DisplayName;
                break;
            case "organisation":
                if (OrganisationId is null || Organisations.All(o => o.Id != OrganisationId))
                {
                    ModelState.AddModelError(nameof(OrganisationId), "Select the organisation the person works for or belongs to");
                    return Page();
                }

                draft!.OrganisationId = OrganisationId;
                break;
            case "roles":
                SelectedRoles = [.. SelectedRoles.Where(r => Roles.All.Contains(r)).Distinct()];
                if (SelectedRoles.Count == 0)
                {
                    ModelState.AddModelError("Roles", "Select at least one role");
                    return Page();
                }

                draft!.Roles = string.Join(',', Roles.All.Where(SelectedRoles.Contains));
                break;
        }

        await db.SaveChangesAsync();
        var next = Change ? "check" : Array.IndexOf(Steps, CurrentStep) is var i && i + 1 < Steps.Length ? Steps[i + 1] : "check";
        return Redirect($"/admin/people/invite/{draft!.Id}/{next}");
    }

    /// <summary>Why this email cannot be invited, or null. Shared with "Check your answers", which checks again before sending.</summary>
    public static async Task<string?> EmailProblemAsync(TogetherDbContext db, UserManager<TogetherUser> users, string? email, Guid? draftId, DateTime now)
    {
        if (string.IsNullOrEmpty(email))
        {
            return "Enter the person's email address";
        }

        if (email.Length > 256)
        {
            return "Email address must be 256 characters or fewer";
        }

        if (!System.Net.Mail.MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.Contains('.', StringComparison.Ordinal))
        {
            return "Enter an email address in the correct format, like name@example.com";
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return "Someone already has an account with this email address";
        }

        var pending = await db.Invitations
            .Where(i => i.Id != draftId && i.SentAt != null && i.AcceptedAt == null && i.ExpiresAt > now)
            .Select(i => i.Email)
            .ToListAsync();
        return pending.Any(e => string.Equals(e, email, StringComparison.OrdinalIgnoreCase))
            ? "An invitation has already been sent to this email address and has not expired yet"
            : null;
    }

    private async Task LoadOrganisationsAsync()
    {
        Organisations = await db.Organisations.Where(o => o.IsActive).OrderBy(o => o.Name).ToListAsync();
    }
}
