using System.Net;
using Together.Tests.Support;
using Together.Web.Features.Accounts;

namespace Together.Tests.Accounts;

public sealed class TwoFactorTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private static async Task<HtmlPage> PasswordOnlyAsync(HtmlClient client, string email)
    {
        var page = await client.GetAsync("/account/sign-in");
        return await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Email"] = email, ["Password"] = AccountsTestData.Password });
    }

    /// <summary>Reads the key the set-up page shows (groups of four) back into the Base32 an app would store.</summary>
    internal static string KeyFrom(HtmlPage page) => page.Text("#authenticator-key").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    [Fact]
    public async Task Staff_without_an_authenticator_are_sent_to_set_up_and_can_reach_nothing_else()
    {
        var email = await AccountsTestData.CreateUserAsync(app, Roles.Administrator);
        using var client = app.CreateHtmlClient();
        var page = await PasswordOnlyAsync(client, email);
        Assert.Equal("/account/two-factor/setup", page.Location);

        foreach (var path in new[] { "/", "/account", "/admin/people", "/privacy" })
        {
            var blocked = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, blocked.Status);
            Assert.Equal("/account/two-factor/setup", blocked.Location);
        }

        var api = await client.Http.GetAsync("/api/anything");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-out")).Status);
        page = await client.GetAsync("/account/two-factor/setup");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Set up your authenticator app", page.H1);
    }

    [Fact]
    public async Task Setting_up_an_authenticator_end_to_end_then_signing_in_with_it_and_with_a_recovery_code()
    {
        var email = await AccountsTestData.CreateUserAsync(app, Roles.Partner);
        using var client = app.CreateHtmlClient();
        await PasswordOnlyAsync(client, email);
        var page = await client.GetAsync("/account/two-factor/setup");

        var shownKey = page.Text("#authenticator-key");
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", shownKey);
        Assert.StartsWith("data:image/png;base64,", page.Document.QuerySelector("img.together-qr-code")?.GetAttribute("src"));
        var key = KeyFrom(page);

        // A wrong code keeps the person on the page with a clear message and the same key.
        page = await client.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["Code"] = "000000" == AccountsTestData.Totp(key) ? "111111" : "000000" });
        Assert.Single(page.ErrorSummary);
        Assert.Equal(shownKey, page.Text("#authenticator-key"));

        page = await client.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["Code"] = AccountsTestData.Totp(key) });
        Assert.Equal("/account/two-factor/recovery-codes", page.Location);
        page = await client.GetAsync(page.Location!);
        var codes = page.Texts("#recovery-codes li");
        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());

        // Shown once only.
        Assert.Equal("/account", (await client.GetAsync("/account/two-factor/recovery-codes")).Location);
        page = await client.GetAsync("/account");
        Assert.Equal("My account", page.H1);
        Assert.Contains("10 left", page.Text("#sign-in-details"));

        // Next time the code is asked for, with spaces allowed.
        using var second = app.CreateHtmlClient();
        var code = AccountsTestData.Totp(key);
        page = await PasswordOnlyAsync(second, email);
        Assert.StartsWith("/account/two-factor", page.Location);
        page = await second.GetAsync(page.Location!);
        page = await second.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["Code"] = code[..3] + " " + code[3..] });
        Assert.Equal("/account", page.Location);

        // A recovery code works once.
        using var third = app.CreateHtmlClient();
        page = await PasswordOnlyAsync(third, email);
        page = await third.GetAsync("/account/recovery-code");
        page = await third.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["RecoveryCode"] = codes[0].ToLowerInvariant() });
        Assert.Equal("/account", page.Location);
        page = await third.FollowAsync(page);
        Assert.Contains("9 left", page.Text("#sign-in-details"));

        using var fourth = app.CreateHtmlClient();
        page = await PasswordOnlyAsync(fourth, email);
        page = await fourth.GetAsync("/account/recovery-code");
        page = await fourth.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["RecoveryCode"] = codes[0] });
        Assert.Equal(["That recovery code is not correct or has already been used"], page.ErrorSummary);
    }

    [Fact]
    public async Task The_code_pages_need_a_correct_password_first()
    {
        using var client = app.CreateHtmlClient();
        Assert.Equal("/account/sign-in", (await client.GetAsync("/account/two-factor")).Location);
        Assert.Equal("/account/sign-in", (await client.GetAsync("/account/recovery-code")).Location);
    }

    [Fact]
    public async Task Youth_council_members_are_not_asked_to_set_up_an_authenticator()
    {
        var email = await AccountsTestData.CreateUserAsync(app, Roles.YouthCouncilMember);
        using var client = app.CreateHtmlClient();
        var page = await PasswordOnlyAsync(client, email);

        Assert.Equal("/account", page.Location);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).Status);
    }
}
