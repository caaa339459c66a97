using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Together.Web.Features.Accounts;

/// <summary>Identity's sign-in, except that a deactivated person can neither sign in nor keep a session.</summary>
public sealed class TogetherSignInManager(
    UserManager<TogetherUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<TogetherUser> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<TogetherUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<TogetherUser> confirmation)
    : SignInManager<TogetherUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(TogetherUser user) =>
        user.DeactivatedAt is null && await base.CanSignInAsync(user);

    public override async Task<bool> ValidateSecurityStampAsync(TogetherUser? user, string? securityStamp) =>
        user is { DeactivatedAt: null } && await base.ValidateSecurityStampAsync(user, securityStamp);
}
