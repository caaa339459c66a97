using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Voice.WeDid;

public static class WeDidSetup
{
    /// <summary>"You said, we did": commitments, Lundy records and email updates. Staff pages sit under Admin/Consultations (staff only).</summary>
    public static IServiceCollection AddWeDidFeature(this IServiceCollection services)
    {
        services.AddScoped<WeDidReader>();
        services.AddScoped<UpdateSubscriptions>();
        services.AddScoped<IDemoSeeder, WeDidDemoSeeder>();
        return services;
    }
}
