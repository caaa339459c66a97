using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Accounts;

/// <summary>
/// Development-only accounts, one or two per role, documented in the README. They share one password and one
/// authenticator key so that a developer can sign in; nothing here is loaded outside demo mode.
/// </summary>
public sealed class DemoAccounts(UserManager<TogetherUser> users, RoleManager<IdentityRole> roles, TogetherDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string Password = "together-demo-password";

    /// <summary>Base32 authenticator key shared by the demo staff accounts (development only).</summary>
    public const string AuthenticatorKey = "TOGETHERDEMOAUTHKEYTWOZEROTWOSIX";

    public static readonly IReadOnlyList<(string Email, string Name, string Role, string Organisation)> People =
    [
        ("admin@demo.together.example", "Alex Morgan", Roles.Administrator, "cheshire-east-council"),
        ("board@demo.together.example", "Priya Shah", Roles.BoardMember, "nhs-cheshire-and-merseyside"),
        ("partner@demo.together.example", "Sam Okafor", Roles.Partner, "cheshire-east-cvs"),
        ("police@demo.together.example", "Chris Doyle", Roles.Partner, "cheshire-constabulary"),
        ("commissioner@demo.together.example", "Jo Whitfield", Roles.Commissioner, "cheshire-east-council"),
        ("safeguarding@demo.together.example", "Dr Ruth Adeyemi", Roles.SafeguardingLead, "cheshire-east-council"),
        ("youthcouncil@demo.together.example", "Maya (Youth Council)", Roles.YouthCouncilMember, "youth-council"),
    ];

    public int Order => 2;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await EnsureRolesAsync(roles);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Slug, o => o.Id, cancellationToken);
        foreach (var (email, name, role, organisation) in People)
        {
            var user = new TogetherUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                OrganisationId = organisations.GetValueOrDefault(organisation),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
            if (Roles.IsStaffRole(role))
            {
                Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", AuthenticatorKey));
                Check(await users.SetTwoFactorEnabledAsync(user, true));
            }
        }
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
