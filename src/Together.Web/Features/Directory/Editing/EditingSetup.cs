using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Accounts;

namespace Together.Web.Features.ServiceDirectory;

public static class EditingSetup
{
    /// <summary>Editing the directory: partners (their own organisation's services) and administrators (all).</summary>
    public static IServiceCollection AddDirectoryEditingFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ServiceEditing>();
        services.AddScoped<ServiceOwners>();
        services.AddScoped<DirectoryReminders>();
        services.AddAuthorization(o => o.AddPolicy(ServiceEditing.EditorPolicy, p => p.RequireRole(Roles.Partner, Roles.Administrator).AddRequirements(new TwoFactorSetUpRequirement())));
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Services/Manage", ServiceEditing.EditorPolicy);
            o.Conventions.AuthorizeFolder("/Admin/Services", Policies.Administrator);
        });
        if (configuration.GetValue("Directory:RemindersInBackground", configuration.GetValue("Notifications:SendInBackground", true)))
        {
            services.AddHostedService<DirectoryReminderService>();
        }

        return services;
    }
}
