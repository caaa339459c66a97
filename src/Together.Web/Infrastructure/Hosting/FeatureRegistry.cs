using Together.Web.Features.Accounts;
using Together.Web.Features.Contact;
using Together.Web.Features.Documents;
using Together.Web.Features.Feedback;
using Together.Web.Features.Governance;
using Together.Web.Features.InformationSharing;
using Together.Web.Features.Plan;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Features.Outcomes;
using Together.Web.Features.Safeguarding;
using Together.Web.Features.Voice;
using Together.Web.Features.YouthCouncil;

namespace Together.Web.Infrastructure.Hosting;

/// <summary>
/// Each feature registers its services and endpoints here, one line each, so the host stays readable.
/// </summary>
public static class FeatureRegistry
{
    public static void AddFeatures(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAccountsFeature();
        services.AddGovernanceFeature(configuration);
        services.AddPlanFeature();
        services.AddFeedbackFeature();
        services.AddContactFeature();
        services.AddDirectoryFeature();
        services.AddOutcomesFeature(configuration);
        services.AddSafeguardingFeature(configuration);
        services.AddVoiceFeature();
        services.AddDocumentsFeature();
        services.AddInformationSharingFeature(configuration);
        services.AddYouthCouncilInvolvementFeature(configuration);
    }

    public static void MapFeatures(WebApplication app)
    {
        app.MapAccounts();
        app.MapDirectory();
        app.MapGovernance();
        app.MapOutcomes();
        app.MapDocuments();
        app.MapInformationSharing();
    }
}
