using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using QRCoder;
using Together.Web.Infrastructure.Branding;

namespace Together.Web.Features.Accounts;

/// <summary>Setting up an authenticator app: scan the QR code (or type the key), prove it works with a code, get recovery codes.</summary>
[Authorize(Policy = TwoFactorSetUpGate.SetUpPolicy)]
public sealed partial class TwoFactorSetupModel(UserManager<TogetherUser> users, SignInManager<TogetherUser> signIn, IOptions<BrandOptions> brand) : PageModel
{
    public const string RecoveryCodesKey = "together.recovery-codes";

    [BindProperty]
    public string? Code { get; set; }

    public string FormattedKey { get; private set; } = "";

    public string QrCodeDataUrl { get; private set; } = "";

    public bool AlreadySetUp { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        AlreadySetUp = user.TwoFactorEnabled;
        if (!AlreadySetUp)
        {
            await LoadKeyAsync(user);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            // A repeated submit after success: nothing more to do.
            return Redirect("/account");
        }

        var code = TwoFactorModel.Normalise(Code);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), "Enter the 6-digit code from your authenticator app");
        }
        else if (!SixDigits().IsMatch(code))
        {
            ModelState.AddModelError(nameof(Code), "The code must be 6 numbers, like 123456");
        }
        else if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "The code is not correct. Check you scanned the QR code or typed the key correctly, then enter the code your app shows now");
        }

        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var recoveryCodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        await signIn.RefreshSignInAsync(user);
        TempData[RecoveryCodesKey] = JsonSerializer.Serialize(recoveryCodes.ToArray());
        return Redirect("/account/two-factor/recovery-codes");
    }

    private async Task LoadKeyAsync(TogetherUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        FormattedKey = FormatKey(key);
        QrCodeDataUrl = QrCode(AuthenticatorUri(brand.Value.ShortName, user.Email ?? user.UserName ?? "", key));
    }

    /// <summary>Groups of four, lower case, as people read them aloud and type them into an app.</summary>
    public static string FormatKey(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));

    public static string AuthenticatorUri(string issuer, string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";

    /// <summary>A PNG data URL rendered on the server: no script, and the content security policy allows data: images.</summary>
    public static string QrCode(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SixDigits();
}
