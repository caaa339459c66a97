using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Accounts.People;

/// <summary>One person: their details, roles, and deactivating or reactivating their account.</summary>
public sealed class PersonModel(TogetherDbContext db, UserManager<TogetherUser> users, TimeProvider clock) : PageModel
{
    public TogetherUser Person { get; private set; } = null!;

    public string? OrganisationName { get; private set; }

    public IReadOnlyList<string> PersonRoles { get; private set; } = [];

    public bool IsSelf { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDeactivateAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (IsSelf)
        {
            ModelState.AddModelError("deactivate", "You cannot deactivate your own account. Ask another administrator.");
            return Page();
        }

        if (Person.DeactivatedAt is null)
        {
            Person.DeactivatedAt = clock.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(Person);

            // A new security stamp ends every session the person has open.
            await users.UpdateSecurityStampAsync(Person);
            Notice = $"{Person.DisplayName}'s account has been deactivated. They have been signed out and cannot sign in.";
        }

        return Redirect($"/admin/people/{id}");
    }

    public async Task<IActionResult> OnPostReactivateAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Person.DeactivatedAt is not null)
        {
            Person.DeactivatedAt = null;
            await users.UpdateAsync(Person);
            await users.SetLockoutEndDateAsync(Person, null);
            await users.ResetAccessFailedCountAsync(Person);
            Notice = $"{Person.DisplayName}'s account has been reactivated. They can sign in again.";
        }

        return Redirect($"/admin/people/{id}");
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (id.Length > 450 || await users.FindByIdAsync(id) is not { } person)
        {
            return false;
        }

        Person = person;
        IsSelf = users.GetUserId(User) == person.Id;
        OrganisationName = await db.Organisations.Where(o => o.Id == person.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync();
        PersonRoles = [.. (await users.GetRolesAsync(person)).Order(StringComparer.Ordinal)];
        return true;
    }
}
