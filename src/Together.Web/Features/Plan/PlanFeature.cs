using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Accounts;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Plan;

public static class PlanFeature
{
    /// <summary>Route constraint name for a period's address segment, "2019-2021".</summary>
    public const string PeriodConstraint = "planperiod";

    /// <summary>The public plan pages; each also answers under /plan/{period}/… for an earlier plan.</summary>
    private static readonly (string Page, string Route)[] PeriodRoutes =
    [
        ("/Plan/Index", "plan/{period:planperiod}"),
        ("/Plan/Outcome", "plan/{period:planperiod}/outcomes/{number:int}"),
        ("/Plan/FocusAreas", "plan/{period:planperiod}/focus-areas"),
        ("/Plan/FocusArea", "plan/{period:planperiod}/focus-areas/{number:int}"),
        ("/Plan/Together", "plan/{period:planperiod}/together"),
        ("/Plan/HowWeWillKnow", "plan/{period:planperiod}/how-we-will-know"),
        ("/Plan/Behaviours", "plan/{period:planperiod}/behaviours"),
    ];

    public static IServiceCollection AddPlanFeature(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<PlanReader>();
        services.AddScoped<PlanEditor>();
        services.AddScoped<IDemoSeeder, PlanDemoSeeder>();
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<PlanPeriodSlugConstraint>(PeriodConstraint));
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Plan/Admin", Policies.Administrator);
            foreach (var (page, route) in PeriodRoutes)
            {
                o.Conventions.AddPageRoute(page, route);
            }
        });
        return services;
    }
}

/// <summary>A period's slug is two years: "2024-2027".</summary>
public sealed partial class PlanPeriodSlugConstraint : IRouteConstraint
{
    public static bool IsValid(string? slug) => slug is not null && Pattern().IsMatch(slug);

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && IsValid(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^\d{4}-\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>
/// Lets another feature add a section to each outcome's page (for example the indicators that show progress).
/// Register implementations as scoped services. Return null when there is nothing to show: the page then shows nothing.
/// </summary>
public interface IOutcomePageSection
{
    /// <summary>Lower comes first, below the outcome's own text.</summary>
    int Order { get; }

    Task<OutcomePageSectionContent?> BuildAsync(Outcome outcome, PlanView plan, CancellationToken cancellationToken);
}

/// <summary>A partial view (by name or path) and the model to render it with.</summary>
public sealed record OutcomePageSectionContent(string PartialName, object Model);
