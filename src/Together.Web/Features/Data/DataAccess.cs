using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Together.Web.Features.Accounts;
using Together.Web.Features.Outcomes;

namespace Together.Web.Features.Data;

public static class DataAccess
{
    /// <summary>The signed-in person as a submitter: administrators may send any figure, partners only their organisation's.</summary>
    public static async Task<Submitter> SubmitterAsync(UserManager<TogetherUser> users, ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        return new Submitter(user?.Email ?? principal.Identity?.Name ?? "unknown", user?.OrganisationId, principal.IsInRole(Roles.Administrator));
    }
}
