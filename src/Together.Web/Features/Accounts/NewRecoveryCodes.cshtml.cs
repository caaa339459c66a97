using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.Accounts;

/// <summary>New recovery codes replace all the old ones.</summary>
[Authorize]
public sealed class NewRecoveryCodesModel(UserManager<TogetherUser> users) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : user.TwoFactorEnabled ? Page() : Redirect(TwoFactorSetUpGate.SetUpPath);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return Redirect(TwoFactorSetUpGate.SetUpPath);
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        TempData[TwoFactorSetupModel.RecoveryCodesKey] = JsonSerializer.Serialize(codes.ToArray());
        TempData[RecoveryCodesModel.ReplacedKey] = true;
        return Redirect("/account/two-factor/recovery-codes");
    }
}
