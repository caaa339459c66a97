using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.Accounts;

/// <summary>For a new phone: the old key stops working straight away and a new one is set up (staff must set it up before going on).</summary>
[Authorize]
public sealed class ResetAuthenticatorModel(UserManager<TogetherUser> users, SignInManager<TogetherUser> signIn) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await signIn.RefreshSignInAsync(user);
        return Redirect(TwoFactorSetUpGate.SetUpPath);
    }
}
