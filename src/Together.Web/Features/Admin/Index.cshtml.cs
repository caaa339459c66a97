using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Together.Web.Features.Accounts;

namespace Together.Web.Features.Admin;

[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(EndpointDataSource endpoints) : PageModel
{
    public IReadOnlyList<AdminLinks.Link> Links { get; private set; } = [];

    public void OnGet()
    {
        var routes = endpoints.Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").Trim('/'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Links = AdminLinks.All.Where(l => routes.Contains(l.Path)).ToList();
    }
}
