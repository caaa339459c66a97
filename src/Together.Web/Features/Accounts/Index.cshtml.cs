using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Accounts;

/// <summary>My account: who the service thinks you are, and the security of your sign-in.</summary>
[Authorize]
public sealed class IndexModel(UserManager<TogetherUser> users, TogetherDbContext db) : PageModel
{
    public TogetherUser Person { get; private set; } = null!;

    public string? OrganisationName { get; private set; }

    public IReadOnlyList<string> PersonRoles { get; private set; } = [];

    public int RecoveryCodesLeft { get; private set; }

    public bool IsStaff => PersonRoles.Any(Roles.IsStaffRole);

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Person = user;
        OrganisationName = user.OrganisationId is { } id
            ? await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync()
            : null;
        PersonRoles = [.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)];
        RecoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        return Page();
    }
}
