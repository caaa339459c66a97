using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Areas;
using Together.Web.Features.Outcomes.Caching;
using Together.Web.Infrastructure.Caching;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Outcomes.TurnTheCurve;

public static class TurnTheCurveSetup
{
    /// <summary>Turn the curve plans, the "how we'll know" statement pages and the public outcomes cache (called from AddOutcomesFeature).</summary>
    public static IServiceCollection AddOutcomesStory(this IServiceCollection services)
    {
        services.AddScoped<TurnTheCurveService>();
        services.AddScoped<PublicOutcomes>();
        // The public outcomes pages are built from indicators, figures, comparator figures and areas.
        var watcher = new ChangeWatcher(e => e is Indicator or IndicatorValue or ComparatorFigure or Area, PublicOutcomes.Invalidate);
        services.ConfigureDbContext<TogetherDbContext>((_, options) => options.AddInterceptors(watcher), ServiceLifetime.Singleton);
        services.AddScoped<IDemoSeeder, TurnTheCurveDemoSeeder>();
        return services;
    }
}
