using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Plan;

namespace Together.Web.Features;

public sealed class IndexModel(PlanReader plans) : PageModel
{
    /// <summary>The live plan, or null before one has been published (the page still welcomes people).</summary>
    public PlanView? Plan { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Plan = await plans.PublicViewAsync(null, cancellationToken);
    }
}
