using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Together.Tests.Support;
using Together.Web.Features.Accounts;

namespace Together.Tests.Accounts;

/// <summary>People made for one test, so tests that lock, deactivate or change accounts never disturb the demo ones.</summary>
internal static class AccountsTestData
{
    public const string Password = "a-long-test-password-for-people";

    public static string Totp(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

    /// <summary>Creates a person with the given roles, no authenticator app, and returns their email.</summary>
    public static async Task<string> CreateUserAsync(TogetherApp app, params string[] roles)
    {
        var email = $"person-{Guid.NewGuid():N}@test.together.example";
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TogetherUser>>();
        var user = new TogetherUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test Person" };
        Check(await users.CreateAsync(user, Password));
        foreach (var role in roles)
        {
            Check(await users.AddToRoleAsync(user, role));
        }

        return email;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
