using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Accounts;
using Together.Web.Infrastructure.Caching;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Voice;

public static class VoiceSetup
{
    public static IServiceCollection AddVoiceFeature(this IServiceCollection services)
    {
        services.AddScoped<ResponseJourneys>();
        services.AddMemoryCache();
        services.AddSingleton<SurveyCatalogue>();
        var watcher = new ChangeWatcher(e => e is Consultation or SurveyVersion, SurveyCatalogue.Invalidate);
        services.ConfigureDbContext<TogetherDbContext>((_, options) => options.AddInterceptors(watcher), ServiceLifetime.Singleton);
        services.AddSingleton<ResponseWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<ResponseWriter>());
        services.AddScoped<IDemoSeeder, VoiceDemoSeeder>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Admin/Consultations", Policies.Staff));
        return services;
    }
}
