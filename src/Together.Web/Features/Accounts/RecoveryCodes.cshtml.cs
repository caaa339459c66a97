using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.Accounts;

/// <summary>Shows new recovery codes once, straight after they are made; they are never shown again.</summary>
[Authorize(Policy = TwoFactorSetUpGate.SetUpPolicy)]
public sealed class RecoveryCodesModel : PageModel
{
    public IReadOnlyList<string> Codes { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (TempData[TwoFactorSetupModel.RecoveryCodesKey] is not string json)
        {
            return Redirect("/account");
        }

        Codes = JsonSerializer.Deserialize<string[]>(json) ?? [];
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
