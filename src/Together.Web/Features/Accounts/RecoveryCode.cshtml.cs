using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.Accounts;

/// <summary>Signing in with one of the single-use recovery codes given when the authenticator app was set up.</summary>
public sealed class RecoveryCodeModel(SignInManager<TogetherUser> signIn) : PageModel
{
    [BindProperty]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/account/sign-in") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Redirect("/account/sign-in");
        }

        var code = (RecoveryCode ?? "").Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(RecoveryCode), "Enter one of your recovery codes");
            return Page();
        }

        if (code.Length > 50)
        {
            ModelState.AddModelError(nameof(RecoveryCode), "Recovery codes are 11 characters, like ABCDE-12345");
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            return LocalRedirect(SignInModel.SafeReturnUrl(Url, ReturnUrl));
        }

        ModelState.AddModelError(nameof(RecoveryCode), result.IsLockedOut
            ? SignInModel.LockedOut
            : "That recovery code is not correct or has already been used");
        return Page();
    }
}
