using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Together.Tests.Support;
using Together.Web.Features.Accounts;

namespace Together.Tests.Governance;

/// <summary>
/// Until the sign-in pages are on this branch, tests sign in by naming a demo account in a header: the account's
/// real roles are loaded through Identity's own claims factory, so authorisation is exercised as in production.
/// </summary>
public class GovernanceApp : TogetherApp
{
    public const string Header = "X-Test-Account";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, HeaderAccountHandler>("TestAccount", _ => { })
                .AddPolicyScheme("TestOrCookie", "TestOrCookie", o => o.ForwardDefaultSelector = c => c.Request.Headers.ContainsKey(Header) ? "TestAccount" : IdentityConstants.ApplicationScheme);
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultAuthenticateScheme = "TestOrCookie";
                o.DefaultScheme = "TestOrCookie";
                o.DefaultChallengeScheme = "TestOrCookie";
                o.DefaultForbidScheme = "TestOrCookie";
            });
        });
    }

    private sealed class HeaderAccountHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, UserManager<TogetherUser> users, IUserClaimsPrincipalFactory<TogetherUser> factory)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var email = Request.Headers[Header].ToString();
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                return AuthenticateResult.Fail("No such account");
            }

            var principal = await factory.CreateAsync(user);
            return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(principal.Identities.Select(i => new ClaimsIdentity(i.Claims, "TestAccount", i.NameClaimType, i.RoleClaimType))), "TestAccount"));
        }
    }
}
