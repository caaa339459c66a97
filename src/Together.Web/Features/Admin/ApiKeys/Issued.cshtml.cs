using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.Admin.ApiKeys;

/// <summary>Shows a new key once. Reloading the page shows it no more.</summary>
public sealed class IssuedModel : PageModel
{
    public string Key { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Organisation { get; private set; } = "";

    public IActionResult OnGet()
    {
        if (TempData["IssuedKey"] is not string key)
        {
            TempData["ApiKeysMessage"] = "A key is shown only once, straight after it is issued. If nobody copied it, withdraw it and issue another";
            return RedirectToPage("/Admin/ApiKeys/Index");
        }

        Key = key;
        Name = TempData["IssuedKeyName"] as string ?? "";
        Organisation = TempData["IssuedKeyOrganisation"] as string ?? "";
        // Never cache the one page that shows a key.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
