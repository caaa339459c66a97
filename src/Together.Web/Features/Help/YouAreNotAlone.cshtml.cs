using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.Help;

public sealed class YouAreNotAloneModel : PageModel
{
    /// <summary>Where the person was going (for example the next survey question); only local paths are offered.</summary>
    [BindProperty(SupportsGet = true, Name = "continue")]
    public string? Continue { get; set; }

    public string? SafeContinue => !string.IsNullOrEmpty(Continue) && Url.IsLocalUrl(Continue) && !Continue.StartsWith("//", StringComparison.Ordinal) ? Continue : null;

    public void OnGet()
    {
    }
}
