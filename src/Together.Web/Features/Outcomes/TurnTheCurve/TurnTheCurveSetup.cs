using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Outcomes.TurnTheCurve;

public static class TurnTheCurveSetup
{
    /// <summary>Turn the curve plans and the "how we'll know" statement pages (called from AddOutcomesFeature).</summary>
    public static IServiceCollection AddOutcomesStory(this IServiceCollection services)
    {
        services.AddScoped<TurnTheCurveService>();
        services.AddScoped<IDemoSeeder, TurnTheCurveDemoSeeder>();
        return services;
    }
}
