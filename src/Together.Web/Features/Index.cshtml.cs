using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
