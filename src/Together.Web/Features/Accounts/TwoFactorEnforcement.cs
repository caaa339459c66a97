using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Together.Web.Infrastructure.Hosting;

namespace Together.Web.Features.Accounts;

/// <summary>Claims the platform adds to a signed-in person's cookie, rebuilt from the database whenever the session is refreshed.</summary>
public static class TogetherClaims
{
    /// <summary>Present with value "on" when the person has an authenticator app set up.</summary>
    public const string TwoFactor = "together:two-factor";

    public const string DisplayName = "together:name";

    public static bool IsStaff(ClaimsPrincipal user) => Roles.Staff.Any(user.IsInRole);

    public static bool HasTwoFactor(ClaimsPrincipal user) => user.HasClaim(TwoFactor, "on");

    /// <summary>Staff roles reach partner and children's data, so they must use a second factor (NCSC, Cyber Essentials).</summary>
    public static bool MustSetUpTwoFactor(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && IsStaff(user) && !HasTwoFactor(user);
}

/// <summary>Builds the cookie's principal: Identity's claims plus whether two-factor is on and the person's name.</summary>
public sealed class TogetherClaimsFactory(UserManager<TogetherUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<TogetherUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(TogetherUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TogetherClaims.TwoFactor, "on"));
        }

        identity.AddClaim(new Claim(TogetherClaims.DisplayName, user.DisplayName));
        return identity;
    }
}

/// <summary>Part of every policy: a person in a staff role passes only once they have an authenticator app.</summary>
public sealed class TwoFactorSetUpRequirement : AuthorizationHandler<TwoFactorSetUpRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorSetUpRequirement requirement)
    {
        if (!TogetherClaims.MustSetUpTwoFactor(context.User))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// Sends staff who have not yet set up two-factor to the set-up page instead of a bare "forbidden",
/// and answers JSON callers with problem+json.
/// </summary>
public sealed class TwoFactorAwareResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<TwoFactorSetUpRequirement>().Any() == true)
        {
            await TwoFactorSetUpGate.RefuseAsync(context);
            return;
        }

        await fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}

/// <summary>
/// Until a staff member has set up an authenticator app they may reach only the set-up page, sign-out,
/// error pages and static files. This covers pages with no policy of their own (the home page, public pages).
/// </summary>
public static class TwoFactorSetUpGate
{
    public const string SetUpPath = "/account/two-factor/setup";

    /// <summary>Signed in, two-factor not yet required: only for the pages that set it up.</summary>
    public const string SetUpPolicy = "TwoFactorSetUp";

    private static readonly string[] AllowedPrefixes =
        [SetUpPath, "/account/two-factor/recovery-codes", "/account/sign-out", "/account/signed-out", "/error", "/css", "/js", "/assets", "/images", "/brand.css", "/health", "/favicon.ico"];

    public static bool IsAllowed(PathString path) => AllowedPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    public static async Task RefuseAsync(HttpContext context)
    {
        if (TogetherHost.IsJsonRequest(context.Request))
        {
            await Results.Problem(
                title: "Two-factor authentication is required",
                detail: "Set up an authenticator app at " + SetUpPath + " before using this service.",
                statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
            return;
        }

        context.Response.Redirect(SetUpPath);
    }

    public static IApplicationBuilder UseTwoFactorSetUpGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (TogetherClaims.MustSetUpTwoFactor(context.User) && !IsAllowed(context.Request.Path))
            {
                await RefuseAsync(context);
                return;
            }

            await next(context);
        });
}
