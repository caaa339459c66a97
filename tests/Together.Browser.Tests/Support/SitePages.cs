using Microsoft.Playwright;

namespace Together.Browser.Tests.Support;

/// <summary>
/// A page in a given state that every accessibility check runs against. <see cref="Reach"/> puts the page into the
/// state (for example "submitted empty, showing errors") after <see cref="Path"/> has loaded; it may click, since
/// these checks are about the result, not about how it was reached (the keyboard journeys cover that).
/// </summary>
public sealed record SitePage(string Name, string Path, int Status = 200, Func<IPage, Task>? Reach = null, bool WithoutJavaScript = false)
{
    public override string ToString() => Name;
}

/// <summary>Every public page and state the browser suite checks. Adding a page is one line.</summary>
public static class SitePages
{
    public static readonly IReadOnlyList<SitePage> All =
    [
        new("home", "/", WithoutJavaScript: true),
        new("accessibility statement", "/accessibility", WithoutJavaScript: true),
        new("privacy notice", "/privacy"),
        new("privacy for young people", "/privacy/young-people", WithoutJavaScript: true),
        new("cookies", "/cookies"),
        new("page not found", "/no-such-page", Status: 404, WithoutJavaScript: true),

        new("plan", "/plan", WithoutJavaScript: true),
        new("plan: outcome", "/plan/outcomes/1", WithoutJavaScript: true),
        new("plan: focus areas", "/plan/focus-areas"),
        new("plan: focus area", "/plan/focus-areas/1"),
        new("plan: behaviours", "/plan/behaviours"),
        new("plan: how we will know", "/plan/how-we-will-know"),
        new("plan: working together", "/plan/together"),
        new("plan: earlier plans", "/plan/periods"),
        new("plan: an earlier plan", "/plan/2019-2021"),
        new("plan: outcome in an earlier plan", "/plan/2019-2021/outcomes/6"),
        new("plan: no such outcome", "/plan/outcomes/999", Status: 404),

        new("find a service", "/services", WithoutJavaScript: true),
        new("find a service: search results", "/services?q=speech&age=3&near=CW1"),
        new("find a service: a service", "/services", Reach: page => FirstLinkAsync(page, "main a[href^='/services/']:not([href*='shortlist'])")),
        new("outcomes scorecard", "/outcomes", WithoutJavaScript: true),
        new("outcomes: one outcome", "/outcomes/2"),
        new("indicator page", "/outcomes/2", Reach: page => FirstLinkAsync(page, "main a[href^='/indicators/']")),
        new("how we will know: a statement and its measures", "/plan/how-we-will-know/6", WithoutJavaScript: true),
        new("indicator page: turning the curve", "/indicators/CYP-D11"),
        new("turn the curve: plans", "/account/sign-in", Reach: async page =>
        {
            await StaffSignInAsync(page, "admin@demo.together.example");
            await page.GotoAsync("/data/turn-the-curve");
        }),
        new("turn the curve: editor", "/account/sign-in", Reach: async page =>
        {
            await StaffSignInAsync(page, "admin@demo.together.example");
            await page.GotoAsync("/data/turn-the-curve/CYP-D11");
        }),
        new("turn the curve: add an action with errors", "/account/sign-in", Reach: async page =>
        {
            await StaffSignInAsync(page, "admin@demo.together.example");
            await page.GotoAsync("/data/turn-the-curve/CYP-D11/actions/new");
            await Forms.SubmitAsync(page);
        }),
        new("have your say", "/have-your-say", WithoutJavaScript: true),
        new("have your say: a consultation", "/have-your-say", Reach: page => FirstLinkAsync(page, "main a[href^='/have-your-say/']")),
        new("help if you are not safe", "/help/you-are-not-alone"),
        new("meetings", "/meetings", WithoutJavaScript: true),
        new("meetings: a meeting", "/meetings", Reach: page => FirstLinkAsync(page, "main a[href^='/meetings/']:not([href*='decisions']):not([href*='forward-plan']):not([href*='actions']):not([href$='.ics'])")),
        new("meetings: decisions", "/meetings/decisions"),
        new("who we are", "/who-we-are"),
        new("youth council challenges", "/youth-council/challenges"),

        new("page feedback: tell us", "/feedback/tell-us"),
        new("page feedback: tell us with errors", "/feedback/tell-us", Reach: page => Forms.SubmitAsync(page, ("What went wrong?", new string('x', 1300)))),
        new("page feedback: not useful, say why", "/privacy", Reach: async page =>
        {
            await page.Locator("#page-feedback form[data-feedback=no] button").ClickAsync();
            await page.WaitForURLAsync("**/feedback/tell-us**");
        }),
        new("page feedback: thank you", "/feedback/thank-you"),

        new("contact: your message", "/contact", WithoutJavaScript: true),
        new("contact: your message with errors", "/contact", Reach: page => Forms.SubmitAsync(page)),
        new("contact: do you want a reply", "/contact", Reach: page => Forms.SubmitAsync(page, ("What do you want to tell us?", "A question about the plan"))),
        new("contact: do you want a reply with errors", "/contact", Reach: async page =>
        {
            await Forms.SubmitAsync(page, ("What do you want to tell us?", "A question about the plan"));
            await page.GetByLabel("Yes, reply by email").CheckAsync();
            await Forms.SubmitAsync(page, ("Email address", "not an email address"));
        }),
        new("contact: about you", "/contact", Reach: async page =>
        {
            await Forms.SubmitAsync(page, ("What do you want to tell us?", "A question about the plan"));
            await page.GetByLabel("No, I do not need a reply").CheckAsync();
            await Forms.SubmitAsync(page);
        }),
        new("contact: check your answers", "/contact", Reach: async page =>
        {
            await Forms.SubmitAsync(page, ("What do you want to tell us?", "A question about the plan"));
            await page.GetByLabel("No, I do not need a reply").CheckAsync();
            await Forms.SubmitAsync(page);
            await Forms.SubmitAsync(page);
        }),
        new("contact: message sent", "/contact", Reach: async page =>
        {
            await Forms.SubmitAsync(page, ("What do you want to tell us?", "A question about the plan"));
            await page.GetByLabel("No, I do not need a reply").CheckAsync();
            await Forms.SubmitAsync(page);
            await Forms.SubmitAsync(page);
            await Forms.SubmitAsync(page);
        }),

        new("sign in", "/account/sign-in", WithoutJavaScript: true),
        new("sign in: with errors", "/account/sign-in", Reach: page => Forms.SubmitAsync(page)),
        new("sign in: wrong password", "/account/sign-in", Reach: page => Forms.SubmitAsync(page, ("Email address", "nobody@demo.together.example"), ("Password", "not-the-password"))),
        new("sign in: authenticator code", "/account/sign-in", Reach: page => Forms.SignInAsync(page, "board@demo.together.example")),
        new("sign in: authenticator code with errors", "/account/sign-in", Reach: async page =>
        {
            await Forms.SignInAsync(page, "board@demo.together.example");
            await Forms.SubmitAsync(page);
        }),
        new("my account", "/account/sign-in", Reach: page => Forms.SignInAsync(page, "youthcouncil@demo.together.example")),
        new("signed out", "/account/signed-out"),
    ];

    public static SitePage Find(string name) =>
        All.SingleOrDefault(p => p.Name == name) ?? throw new ArgumentException($"No page named '{name}' in SitePages.All.", nameof(name));

    public static TheoryData<string> Names() => [.. All.Select(p => p.Name)];

    public static TheoryData<string> NamesWithoutJavaScript() => [.. All.Where(p => p.WithoutJavaScript).Select(p => p.Name)];

    /// <summary>Opens the page and puts it into its state; fails if the status is not the expected one.</summary>
    public static async Task OpenAsync(BrowserPage browser, SitePage target)
    {
        var status = await browser.GotoAsync(target.Path);
        Assert.True(status == target.Status, $"{target.Path} answered {status}, expected {target.Status}.");
        if (target.Reach is not null)
        {
            await target.Reach(browser.Page);
        }
    }

    /// <summary>Signs a staff member in with the demo password and the current authenticator code.</summary>
    private static async Task StaffSignInAsync(IPage page, string email)
    {
        await Forms.SignInAsync(page, email);
        await page.Locator("#Code").FillAsync(new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(Together.Web.Features.Accounts.DemoAccounts.AuthenticatorKey)).ComputeTotp());
        await page.Locator("main form[method=post] button.govuk-button").First.ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    private static async Task FirstLinkAsync(IPage page, string selector)
    {
        await page.Locator(selector).First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
