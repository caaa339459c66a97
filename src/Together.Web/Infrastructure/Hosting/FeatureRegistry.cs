using Together.Web.Features.Accounts;
using Together.Web.Features.Contact;
using Together.Web.Features.Feedback;
using Together.Web.Features.Plan;

namespace Together.Web.Infrastructure.Hosting;

/// <summary>
/// Each feature registers its services and endpoints here, one line each, so the host stays readable.
/// </summary>
public static class FeatureRegistry
{
    public static void AddFeatures(IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddAccountsFeature();
        services.AddPlanFeature();
        services.AddFeedbackFeature();
        services.AddContactFeature();
    }

    public static void MapFeatures(WebApplication app)
    {
        app.MapAccounts();
    }
}
