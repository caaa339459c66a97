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
            .AddDefaultTokenProviders();

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

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Administrator, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.Staff, p => p.RequireRole([.. Roles.Staff]))
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.SafeguardingLead, p => p.RequireRole(Roles.SafeguardingLead))
            .AddPolicy(Policies.BoardMember, p => p.RequireRole(Roles.BoardMember, Roles.Administrator))
            .AddPolicy(Policies.Commissioner, p => p.RequireRole(Roles.Commissioner, Roles.Administrator))
            .AddPolicy(Policies.YouthCouncil, p => p.RequireRole(Roles.YouthCouncilMember, Roles.Administrator));
        return services;
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
