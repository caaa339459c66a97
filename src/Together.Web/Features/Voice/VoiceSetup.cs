using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Accounts;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Voice;

public static class VoiceSetup
{
    public static IServiceCollection AddVoiceFeature(this IServiceCollection services)
    {
        services.AddScoped<ResponseJourneys>();
        services.AddSingleton<ResponseWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<ResponseWriter>());
        services.AddScoped<IDemoSeeder, VoiceDemoSeeder>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Admin/Consultations", Policies.Staff));
        return services;
    }
}
