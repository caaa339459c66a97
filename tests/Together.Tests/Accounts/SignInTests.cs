using System.Net;
using Together.Tests.Support;
using Together.Web.Features.Accounts;

namespace Together.Tests.Accounts;

public sealed class SignInTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private static Dictionary<string, string?> Credentials(string email, string password) =>
        new() { ["Email"] = email, ["Password"] = password };

    [Fact]
    public async Task Staff_sign_in_with_password_then_authenticator_code_and_reach_their_account()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.SignInAsync("admin@demo.together.example");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        page = await client.FollowAsync(page);
        Assert.Equal("My account", page.H1);
        Assert.Contains("Alex Morgan", page.Text("#account-details"));
        Assert.Contains("Administrator", page.Text("#account-details"));
    }

    [Fact]
    public async Task Staff_password_alone_leads_to_the_code_page_not_to_a_session()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/account/sign-in");
        page = await client.SubmitAsync(page, "form[method=post]", Credentials("partner@demo.together.example", DemoAccounts.Password));

        Assert.StartsWith("/account/two-factor", page.Location);
        var account = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, account.Status);
        Assert.StartsWith("http://localhost/account/sign-in", account.Location);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_with_an_error_summary_and_the_code_kept()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/account/sign-in");
        page = await client.SubmitAsync(page, "form[method=post]", Credentials("board@demo.together.example", DemoAccounts.Password));
        page = await client.GetAsync(page.Location!);
        page = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Code"] = "12345" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["The code must be 6 numbers, like 123456"], page.ErrorSummary);
        Assert.Equal("12345", page.Value("#Code"));
        Assert.StartsWith("Error:", page.Title);
    }

    [Fact]
    public async Task Youth_council_members_sign_in_with_a_password_only()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.SignInAsync("youthcouncil@demo.together.example");

        Assert.Equal("/account", page.Location);
        page = await client.FollowAsync(page);
        Assert.Equal("My account", page.H1);
        Assert.Contains("Youth Council member", page.Text("#account-details"));
    }

    [Theory]
    [InlineData("admin@demo.together.example", "not-the-password-at-all")]
    [InlineData("nobody@demo.together.example", DemoAccounts.Password)]
    public async Task Wrong_details_get_one_message_that_does_not_reveal_whether_the_email_exists(string email, string password)
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/account/sign-in");
        page = await client.SubmitAsync(page, "form[method=post]", Credentials(email, password));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Enter a correct email address and password"], page.ErrorSummary);
        Assert.Equal(email, page.Value("#Email"));
        Assert.Equal("", page.Value("#Password"));
    }

    [Fact]
    public async Task Empty_fields_each_get_their_own_message()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/account/sign-in");
        page = await client.SubmitAsync(page, "form[method=post]", Credentials("", ""));

        Assert.Equal(["Enter your email address", "Enter your password"], page.ErrorSummary);
        Assert.NotNull(page.Document.QuerySelector("#Email-error"));
        Assert.NotNull(page.Document.QuerySelector("#Password-error"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes()
    {
        var email = await AccountsTestData.CreateUserAsync(app, Roles.YouthCouncilMember);
        using var client = app.CreateHtmlClient();
        HtmlPage page = null!;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            page = await client.GetAsync("/account/sign-in");
            page = await client.SubmitAsync(page, "form[method=post]", Credentials(email, "wrong-password-" + attempt));
        }

        Assert.Contains("Your account is locked for 15 minutes", page.ErrorSummary.Single());

        // Even the right password is refused while locked.
        page = await client.GetAsync("/account/sign-in");
        page = await client.SubmitAsync(page, "form[method=post]", Credentials(email, AccountsTestData.Password));
        Assert.Contains("Your account is locked for 15 minutes", page.ErrorSummary.Single());
    }

    [Fact]
    public async Task Return_url_is_followed_only_when_it_is_on_this_site()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/account/sign-in?returnUrl=https%3A%2F%2Fevil.example%2Fsteal");
        page = await client.SubmitAsync(page, "form[method=post]", Credentials("youthcouncil@demo.together.example", DemoAccounts.Password));
        Assert.Equal("/account", page.Location);

        using var second = app.CreateHtmlClient();
        page = await second.GetAsync("/account/sign-in?returnUrl=%2F%2Fevil.example");
        page = await second.SubmitAsync(page, "form[method=post]", Credentials("youthcouncil@demo.together.example", DemoAccounts.Password));
        Assert.Equal("/account", page.Location);

        using var third = app.CreateHtmlClient();
        page = await third.GetAsync("/account/sign-in?returnUrl=%2Fprivacy");
        page = await third.SubmitAsync(page, "form[method=post]", Credentials("youthcouncil@demo.together.example", DemoAccounts.Password));
        Assert.Equal("/privacy", page.Location);
    }

    [Fact]
    public async Task Return_url_survives_the_two_factor_step_for_staff()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/account/sign-in?returnUrl=%2Fprivacy");
        page = await client.SubmitAsync(page, "form[method=post]", Credentials("commissioner@demo.together.example", DemoAccounts.Password));
        page = await client.GetAsync(page.Location!);
        page = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Code"] = AccountsTestData.Totp(DemoAccounts.AuthenticatorKey) });

        Assert.Equal("/privacy", page.Location);
    }

    [Fact]
    public async Task Sign_out_needs_a_post_and_ends_the_session()
    {
        using var client = app.CreateHtmlClient();
        await client.SignInAsync("youthcouncil@demo.together.example");

        var page = await client.GetAsync("/account/sign-out");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Sign out", page.H1);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).Status);

        page = await client.SubmitAsync(page, "main form[method=post]");
        Assert.Equal("/account/signed-out", page.Location);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).Status);
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_refused_with_the_styled_400_page()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/account/sign-in");
        page = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?>
        {
            ["Email"] = "youthcouncil@demo.together.example",
            ["Password"] = DemoAccounts.Password,
            ["__RequestVerificationToken"] = null,
        });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("There is a problem with your request", page.H1);
    }
}
