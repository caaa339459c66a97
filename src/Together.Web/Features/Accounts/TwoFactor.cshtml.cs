using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.Accounts;

/// <summary>The second step of signing in: the 6-digit code from the person's authenticator app.</summary>
public sealed partial class TwoFactorModel(SignInManager<TogetherUser> signIn) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        // Only someone who has just given a correct password has a pending two-factor sign-in.
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/account/sign-in") : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Redirect("/account/sign-in");
        }

        var code = Normalise(Code);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), "Enter the 6-digit code from your authenticator app");
            return Page();
        }

        if (!SixDigits().IsMatch(code))
        {
            ModelState.AddModelError(nameof(Code), "The code must be 6 numbers, like 123456");
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(SignInModel.SafeReturnUrl(Url, ReturnUrl));
        }

        ModelState.AddModelError(nameof(Code), result.IsLockedOut
            ? SignInModel.LockedOut
            : "The code is not correct or has expired. Enter the code your authenticator app shows now");
        return Page();
    }

    /// <summary>People copy codes as "123 456" or "123-456"; only the digits matter.</summary>
    public static string Normalise(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SixDigits();
}
