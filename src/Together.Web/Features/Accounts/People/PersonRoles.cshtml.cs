using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.Accounts.People;

public sealed class PersonRolesModel(UserManager<TogetherUser> users) : PageModel
{
    public TogetherUser Person { get; private set; } = null!;

    [BindProperty(Name = "Roles")]
    public List<string> SelectedRoles { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (id.Length > 450 || await users.FindByIdAsync(id) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        SelectedRoles = [.. await users.GetRolesAsync(person)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (id.Length > 450 || await users.FindByIdAsync(id) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        SelectedRoles = [.. SelectedRoles.Where(r => Roles.All.Contains(r)).Distinct()];
        if (SelectedRoles.Count == 0)
        {
            ModelState.AddModelError("Roles", "Select at least one role");
            return Page();
        }

        var current = await users.GetRolesAsync(person);
        if (users.GetUserId(User) == person.Id && current.Contains(Roles.Administrator) && !SelectedRoles.Contains(Roles.Administrator))
        {
            ModelState.AddModelError("Roles", "You cannot remove your own administrator role. Ask another administrator.");
            return Page();
        }

        await users.RemoveFromRolesAsync(person, current.Except(SelectedRoles));
        await users.AddToRolesAsync(person, SelectedRoles.Except(current));

        // Open sessions pick up the new roles (and, for a new staff role, the authenticator requirement) when the
        // session is next checked against the database, within a minute (see AccountsSetup).
        TempData[nameof(PersonModel.Notice)] = $"{person.DisplayName}'s roles have been changed";
        return Redirect($"/admin/people/{id}");
    }
}
