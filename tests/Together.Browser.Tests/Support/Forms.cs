using System.Collections.Concurrent;
using Microsoft.Playwright;
using Together.Web.Features.Accounts;

namespace Together.Browser.Tests.Support;

/// <summary>Steps that put pages into a state for the checks (pointer and keyboard alike: these are not journeys).</summary>
public static class Forms
{
    /// <summary>Fills fields by their visible label, then presses the form's main button in main.</summary>
    public static async Task SubmitAsync(IPage page, params (string Label, string Value)[] fields)
    {
        foreach (var (label, value) in fields)
        {
            await page.GetByLabel(label, new() { Exact = true }).FillAsync(value);
        }

        await page.Locator("main form[method=post] button.govuk-button").First.ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    /// <summary>Signs in with the demo password and stops at whatever comes next (two-factor code for staff).</summary>
    public static Task SignInAsync(IPage page, string email) =>
        SubmitAsync(page, ("Email address", email), ("Password", DemoAccounts.Password));

    /// <summary>
    /// Signs a demo staff account all the way in (password, then the authenticator code), then opens
    /// <paramref name="path"/>. The sign-in pages themselves are checked in their own tests; here the cookies of the
    /// first sign-in per account and site are reused, which saves two form posts on most staff pages.
    /// </summary>
    public static async Task SignInAsStaffAsync(IPage page, string email, string path)
    {
        if (await TryReuseSignInAsync(page, email))
        {
            await page.GotoAsync(path);
            if (!IsOnSignInPage(page))
            {
                return;
            }

            // The saved cookies no longer work (the account's security stamp changed): sign in again.
            await page.Context.ClearCookiesAsync();
        }

        await SignInFromScratchAsync(page, email);
        await page.GotoAsync(path);
    }

    /// <summary>Signs a demo staff account in and stays on whatever page follows.</summary>
    public static async Task SignInAsStaffAsync(IPage page, string email)
    {
        if (!await TryReuseSignInAsync(page, email))
        {
            await SignInFromScratchAsync(page, email);
        }
    }

    private static readonly ConcurrentDictionary<(string Site, string Email), IReadOnlyList<Cookie>> SignedIn = new();

    private static bool IsOnSignInPage(IPage page) => new Uri(page.Url).AbsolutePath.StartsWith("/account/sign-in", StringComparison.Ordinal);

    private static string SiteOf(IPage page) => new Uri(page.Url).GetLeftPart(UriPartial.Authority);

    private static async Task<bool> TryReuseSignInAsync(IPage page, string email)
    {
        if (page.Url.StartsWith("about:", StringComparison.Ordinal) || !SignedIn.TryGetValue((SiteOf(page), email), out var cookies))
        {
            return false;
        }

        await page.Context.AddCookiesAsync(cookies);
        return true;
    }

    private static async Task SignInFromScratchAsync(IPage page, string email)
    {
        if (!IsOnSignInPage(page))
        {
            await page.GotoAsync("/account/sign-in");
        }

        await SignInAsync(page, email);
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(DemoAccounts.AuthenticatorKey)).ComputeTotp();
        await SubmitAsync(page, ("Enter the code from your authenticator app", code));
        var cookies = await page.Context.CookiesAsync();
        SignedIn[(SiteOf(page), email)] = cookies.Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires,
            HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }).ToList();
    }
}
