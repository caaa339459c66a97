using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Accounts;

public static class AccountsSetup
{
    public static IServiceCollection AddTogetherAccounts(this IServiceCollection services)
    {
        services.AddIdentity<TogetherUser, IdentityRole>(options =>
            {
                // NCSC guidance: length over complexity, no composition rules; a deny-list is added by a validator.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<TogetherDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<TogetherClaimsFactory>();

        // Sessions are checked against the database every minute, so a deactivation, a role change or a
        // reset authenticator ends or refreshes every open session promptly (the security stamp changes).
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "together-session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/error/403";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });

        // Every policy, and a bare [Authorize], also requires staff to have set up two-factor authentication.
        var twoFactor = new TwoFactorSetUpRequirement();
        services.AddSingleton<IAuthorizationHandler>(twoFactor);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, TwoFactorAwareResultHandler>();
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(twoFactor).Build())
            .AddPolicy(TwoFactorSetUpGate.SetUpPolicy, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Administrator, p => p.RequireRole(Roles.Administrator).AddRequirements(twoFactor))
            .AddPolicy(Policies.Staff, p => p.RequireRole([.. Roles.Staff]).AddRequirements(twoFactor))
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser().AddRequirements(twoFactor))
            .AddPolicy(Policies.SafeguardingLead, p => p.RequireRole(Roles.SafeguardingLead).AddRequirements(twoFactor))
            .AddPolicy(Policies.BoardMember, p => p.RequireRole(Roles.BoardMember, Roles.Administrator).AddRequirements(twoFactor))
            .AddPolicy(Policies.Commissioner, p => p.RequireRole(Roles.Commissioner, Roles.Administrator).AddRequirements(twoFactor))
            .AddPolicy(Policies.YouthCouncil, p => p.RequireRole(Roles.YouthCouncilMember, Roles.Administrator).AddRequirements(twoFactor));
        return services;
    }

    /// <summary>Registers the accounts feature's own services (called from the feature registry).</summary>
    public static IServiceCollection AddAccountsFeature(this IServiceCollection services)
    {
        return services;
    }

    /// <summary>Adds the two-factor set-up gate for pages with no policy of their own.</summary>
    public static WebApplication MapAccounts(this WebApplication app)
    {
        app.UseTwoFactorSetUpGate();
        return app;
    }
}

public static class Policies
{
    public const string Administrator = "Administrator";
    public const string Staff = "Staff";
    public const string SignedIn = "SignedIn";
    public const string SafeguardingLead = "SafeguardingLead";
    public const string BoardMember = "BoardMember";
    public const string Commissioner = "Commissioner";
    public const string YouthCouncil = "YouthCouncil";
}
