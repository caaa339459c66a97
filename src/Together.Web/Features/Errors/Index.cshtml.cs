using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.Errors;

/// <summary>Error pages in the service's own style. They keep the status code they describe.</summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel : PageModel
{
    public int Code { get; private set; }

    public string Title => Code switch
    {
        404 => "Page not found",
        403 => "You cannot see this page",
        400 => "There is a problem with your request",
        413 => "That was too large",
        _ => "Sorry, there is a problem with the service",
    };

    public IActionResult OnGet(int code) => Show(code);

    // The error page is re-executed with the original method, so a failed POST shows it too.
    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
        return Page();
    }
}
