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

    /// <summary>Signs a demo staff account all the way in (password, then the authenticator code), then opens <paramref name="path"/>.</summary>
    public static async Task SignInAsStaffAsync(IPage page, string email, string path)
    {
        await SignInAsync(page, email);
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(DemoAccounts.AuthenticatorKey)).ComputeTotp();
        await SubmitAsync(page, ("Enter the code from your authenticator app", code));
        await page.GotoAsync(path);
    }
}
