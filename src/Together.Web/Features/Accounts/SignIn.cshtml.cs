using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.Accounts;

public sealed class SignInModel(SignInManager<TogetherUser> signIn, UserManager<TogetherUser> users) : PageModel
{
    public const string WrongDetails = "Enter a correct email address and password";
    public const string LockedOut = "Your account is locked for 15 minutes because the password was entered wrongly too many times. Try again later, or ask your administrator to help.";

    // A fixed hash so an unknown email costs the same time as a known one: response time must not reveal who has an account.
    private static readonly string DecoyHash = new PasswordHasher<TogetherUser>().HashPassword(new TogetherUser(), "decoy-password-never-used");

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Email = Email?.Trim();
        if (string.IsNullOrEmpty(Email))
        {
            ModelState.AddModelError(nameof(Email), "Enter your email address");
        }
        else if (Email.Length > 256 || !Email.Contains('@', StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter your password");
        }
        else if (Password.Length > 1000)
        {
            ModelState.AddModelError(nameof(Password), WrongDetails);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email!);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new TogetherUser(), DecoyHash, Password!);
            ModelState.AddModelError(nameof(Email), WrongDetails);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return await users.GetTwoFactorEnabledAsync(user) || !(await users.GetRolesAsync(user)).Any(Roles.IsStaffRole)
                ? LocalRedirect(SafeReturnUrl(Url, ReturnUrl))
                : Redirect(TwoFactorSetUpGate.SetUpPath);
        }

        if (result.RequiresTwoFactor)
        {
            return Redirect("/account/two-factor?returnUrl=" + Uri.EscapeDataString(SafeReturnUrl(Url, ReturnUrl)));
        }

        // NotAllowed (a deactivated account) gets the same answer as a wrong password: it must not reveal who has an account.
        ModelState.AddModelError(nameof(Email), result.IsLockedOut ? LockedOut : WrongDetails);
        return Page();
    }

    /// <summary>Only local paths are followed after sign-in, so a crafted link cannot send someone to another site.</summary>
    public static string SafeReturnUrl(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith("/account/sign", StringComparison.OrdinalIgnoreCase) ? returnUrl : "/account";
}
