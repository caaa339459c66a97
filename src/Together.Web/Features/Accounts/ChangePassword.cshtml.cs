using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.Accounts;

[Authorize]
public sealed class ChangePasswordModel(UserManager<TogetherUser> users, SignInManager<TogetherUser> signIn) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(CurrentPassword))
        {
            ModelState.AddModelError(nameof(CurrentPassword), "Enter your current password");
        }

        if (string.IsNullOrEmpty(NewPassword))
        {
            ModelState.AddModelError(nameof(NewPassword), "Enter a new password");
        }
        else if (NewPassword == CurrentPassword)
        {
            ModelState.AddModelError(nameof(NewPassword), "Your new password must be different from your current one");
        }
        else
        {
            foreach (var problem in PasswordPolicy.Default.Check(NewPassword, user.Email))
            {
                ModelState.AddModelError(nameof(NewPassword), problem);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors.DistinctBy(e => e.Description))
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(CurrentPassword) : nameof(NewPassword), error.Description);
            }

            return Page();
        }

        // The password change renews the security stamp, which ends sessions elsewhere; keep this one.
        await signIn.RefreshSignInAsync(user);
        TempData[nameof(IndexModel.Notice)] = "Your password has been changed";
        return Redirect("/account");
    }
}
