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
        new("source code", "/source-code"),
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
        new("turn the curve: plans", "/account/sign-in", Reach: page => StaffAsync(page, "admin@demo.together.example", "/data/turn-the-curve")),
        new("turn the curve: editor", "/account/sign-in", Reach: page => StaffAsync(page, "admin@demo.together.example", "/data/turn-the-curve/CYP-D11")),
        new("turn the curve: an action and its updates", "/account/sign-in", Reach: async page =>
        {
            await StaffAsync(page, "admin@demo.together.example", "/data/turn-the-curve/CYP-D11");
            await FirstLinkAsync(page, "main td a[href*='/actions/']");
        }),
        new("how we will know: the first statement", "/plan/how-we-will-know/1"),
        new("turn the curve: add an action with errors", "/account/sign-in", Reach: async page =>
        {
            await StaffAsync(page, "admin@demo.together.example", "/data/turn-the-curve/CYP-D11/actions/new");
            await Forms.SubmitAsync(page);
        }),
        new("open data", "/open-data", WithoutJavaScript: true),
        new("figures: what your organisation owes", "/account/sign-in", Reach: page => StaffAsync(page, "police@demo.together.example", "/data/owed")),
        new("admin: submission calendar", "/account/sign-in", Reach: page => StaffAsync(page, "admin@demo.together.example", "/admin/submissions?Status=overdue")),
        new("admin: change a due date with errors", "/account/sign-in", Reach: async page =>
        {
            await StaffAsync(page, "admin@demo.together.example", "/admin/submissions?Status=overdue");
            await FirstLinkAsync(page, "#calendar a[href$='/due-date']");
            await Forms.SubmitAsync(page, ("Day", "31"), ("Month", "2"));
        }),
        new("admin: API keys", "/account/sign-in", Reach: page => StaffAsync(page, "admin@demo.together.example", "/admin/api-keys")),
        new("admin: issue an API key with errors", "/account/sign-in", Reach: async page =>
        {
            await StaffAsync(page, "admin@demo.together.example", "/admin/api-keys/issue");
            await Forms.SubmitAsync(page);
        }),
        new("admin: API key issued", "/account/sign-in", Reach: async page =>
        {
            await StaffAsync(page, "admin@demo.together.example", "/admin/api-keys/issue");
            await page.GetByLabel("Organisation", new() { Exact = true }).SelectOptionAsync("cheshire-constabulary");
            await Forms.SubmitAsync(page, ("Name", "Browser check"));
        }),
        new("have your say", "/have-your-say", WithoutJavaScript: true),
        new("have your say: a consultation", "/have-your-say", Reach: page => FirstLinkAsync(page, "main a[href^='/have-your-say/']")),
        new("help if you are not safe", "/help/you-are-not-alone"),
        new("meetings", "/meetings", WithoutJavaScript: true),
        new("meetings: a meeting", "/meetings", Reach: page => FirstLinkAsync(page, "main a[href^='/meetings/']:not([href*='decisions']):not([href*='forward-plan']):not([href*='actions']):not([href$='.ics'])")),
        new("meetings: decisions", "/meetings/decisions"),
        new("who we are", "/who-we-are"),
        new("youth council challenges", "/youth-council/challenges"),
        new("documents", "/documents", WithoutJavaScript: true),
        new("documents: a document", "/documents", Reach: page => FirstLinkAsync(page, "main a[href^='/documents/']")),
        new("how partners share information", "/information-sharing"),
        new("admin: documents library", "/account/sign-in", Reach: page => Forms.SignInAsStaffAsync(page, "admin@demo.together.example", "/admin/documents")),
        new("admin: publish a document with errors", "/account/sign-in", Reach: async page =>
        {
            await Forms.SignInAsStaffAsync(page, "admin@demo.together.example", "/admin/documents/publish");
            await Forms.SubmitAsync(page);
        }),
        new("admin: data sharing agreements", "/account/sign-in", Reach: page => Forms.SignInAsStaffAsync(page, "admin@demo.together.example", "/admin/information-sharing")),
        new("admin: a data sharing agreement with errors", "/account/sign-in", Reach: async page =>
        {
            await Forms.SignInAsStaffAsync(page, "admin@demo.together.example", "/admin/information-sharing/agreement");
            await Forms.SubmitAsync(page);
        }),
        new("admin: add a PDF paper with errors", "/account/sign-in", Reach: async page =>
        {
            await Forms.SignInAsStaffAsync(page, "admin@demo.together.example", "/admin/meetings");
            await page.Locator("main a[href^='/admin/meetings/']:not([href*='boards']):not([href*='new']):not([href*='forward-plan'])").First.ClickAsync();
            await page.Locator("main a[href*='/items/']").Last.ClickAsync();
            await page.Locator("main a[href$='/papers/new']").ClickAsync();
            await Forms.SubmitAsync(page);
        }),
        new("admin: terms of reference", "/account/sign-in", Reach: async page =>
        {
            await Forms.SignInAsStaffAsync(page, "admin@demo.together.example", "/admin/meetings/boards");
            await page.Locator("main a[href$='/terms-of-reference']").First.ClickAsync();
        }),
        new("youth council mailing list", "/youth-council/mailing-list", WithoutJavaScript: true),
        new("youth council mailing list with errors", "/youth-council/mailing-list", Reach: page => Forms.SubmitAsync(page, ("Your email address", "not an email"))),
        new("youth council mailing list: 12 or under with errors", "/youth-council/mailing-list", Reach: async page =>
        {
            await page.GetByLabel("12 or under").CheckAsync();
            await Forms.SubmitAsync(page, ("Your email address", "young@example.org"));
        }),
        new("youth council mailing list: check your email", "/youth-council/mailing-list", Reach: async page =>
        {
            await page.GetByLabel("13 to 15").CheckAsync();
            await Forms.SubmitAsync(page, ("Your email address", "browser.check@example.org"));
        }),
        new("youth council mailing list: link used or wrong", "/youth-council/mailing-list/confirm/not-a-real-link"),
        new("youth council mailing list: parent link used or wrong", "/youth-council/mailing-list/parent/not-a-real-link"),
        new("youth council mailing list: not on the list", "/youth-council/mailing-list/leave/not-a-real-link"),
        new("youth council mailing list: joined", "/youth-council/mailing-list/joined"),
        new("youth council mailing list: left", "/youth-council/mailing-list/left"),
        new("join the youth council: about you", "/youth-council/join", WithoutJavaScript: true),
        new("join the youth council: about you with errors", "/youth-council/join", Reach: page => Forms.SubmitAsync(page)),
        new("join the youth council: contact with errors", "/youth-council/join", Reach: async page =>
        {
            await JoinAboutYouAsync(page, "12 or under");
            await page.GetByLabel("Me", new() { Exact = true }).CheckAsync();
            await Forms.SubmitAsync(page);
        }),
        new("join the youth council: ideas", "/youth-council/join", Reach: JoinToIdeasAsync),
        new("join the youth council: check your answers", "/youth-council/join", Reach: async page =>
        {
            await JoinToIdeasAsync(page);
            await Forms.SubmitAsync(page);
        }),
        new("join the youth council: sent", "/youth-council/join", Reach: async page =>
        {
            await JoinToIdeasAsync(page);
            await Forms.SubmitAsync(page);
            await Forms.SubmitAsync(page);
        }),
        new("staff: youth council newsletters", "/account/sign-in", Reach: page => AsAdminAsync(page, "/admin/youth-council/newsletters")),
        new("staff: write a newsletter with errors", "/account/sign-in", Reach: async page =>
        {
            await AsAdminAsync(page, "/admin/youth-council/newsletters/write");
            await Forms.SubmitAsync(page);
        }),
        new("staff: a sent newsletter", "/account/sign-in", Reach: async page =>
        {
            await AsAdminAsync(page, "/admin/youth-council/newsletters");
            await FirstLinkAsync(page, "#newsletters a");
        }),
        new("staff: people who would like to join", "/account/sign-in", Reach: page => AsAdminAsync(page, "/admin/youth-council/interest")),
        new("staff: one expression of interest", "/account/sign-in", Reach: async page =>
        {
            await AsAdminAsync(page, "/admin/youth-council/interest");
            await FirstLinkAsync(page, "#interest a");
        }),

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

    private static async Task JoinAboutYouAsync(IPage page, string ageBand)
    {
        await page.GetByLabel("Your first name or a nickname").FillAsync("Sam");
        await page.GetByLabel(ageBand, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Which town do you live in or nearest to?").SelectOptionAsync("crewe");
        await Forms.SubmitAsync(page);
    }

    private static async Task JoinToIdeasAsync(IPage page)
    {
        await JoinAboutYouAsync(page, "13 to 15");
        await page.GetByLabel("Me", new() { Exact = true }).CheckAsync();
        await Forms.SubmitAsync(page, ("Email address", "sam@example.org"));
    }

    /// <summary>Signs in as the demo administrator (password, then the authenticator code) and opens a staff page.</summary>
    private static Task AsAdminAsync(IPage page, string path) =>
        Forms.SignInAsStaffAsync(page, "admin@demo.together.example", path);

    /// <summary>Signs in as a staff member with the demo authenticator code, then opens the page.</summary>
    private static Task StaffAsync(IPage page, string email, string path) =>
        Forms.SignInAsStaffAsync(page, email, path);

    private static async Task FirstLinkAsync(IPage page, string selector)
    {
        await page.Locator(selector).First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
