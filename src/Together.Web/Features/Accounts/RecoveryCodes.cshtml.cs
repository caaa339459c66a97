using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.Accounts;

/// <summary>Shows new recovery codes once, straight after they are made; they are never shown again.</summary>
[Authorize(Policy = TwoFactorSetUpGate.SetUpPolicy)]
public sealed class RecoveryCodesModel : PageModel
{
    public const string ReplacedKey = "together.recovery-codes.replaced";

    public IReadOnlyList<string> Codes { get; private set; } = [];

    /// <summary>New codes for someone already set up, rather than the end of setting up.</summary>
    public bool Replaced { get; private set; }

    public IActionResult OnGet()
    {
        if (TempData[TwoFactorSetupModel.RecoveryCodesKey] is not string json)
        {
            return Redirect("/account");
        }

        Codes = JsonSerializer.Deserialize<string[]>(json) ?? [];
        Replaced = TempData[ReplacedKey] is true;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
