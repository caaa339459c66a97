using Microsoft.Playwright;
using Together.Browser.Tests.Support;

namespace Together.Browser.Tests;

/// <summary>JavaScript only enhances: with it switched off the key pages still render and their forms still work.</summary>
[Collection(BrowserCollection.SecondSite)]
public sealed class NoJavaScriptTests(BrowserSite site)
{
    public static TheoryData<string> Pages() => SitePages.NamesWithoutJavaScript();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_renders_without_JavaScript(string name)
    {
        await using var browser = await site.NewPageAsync(javaScript: false);
        await SitePages.OpenAsync(browser, SitePages.Find(name));
        var page = browser.Page;

        // The enhancement module never ran: GOV.UK Frontend marks the body when it does.
        Assert.DoesNotContain("govuk-frontend-supported", await page.Locator("body").GetAttributeAsync("class") ?? "");
        await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("a.govuk-skip-link")).ToHaveAttributeAsync("href", "#main-content");
        // The menu is a plain list of links, usable without the toggle script.
        await Assertions.Expect(page.Locator(".govuk-service-navigation__list a").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("footer a[href='/accessibility']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Sign_in_form_shows_errors_and_signs_in_without_JavaScript()
    {
        await using var browser = await site.NewPageAsync(javaScript: false);
        var page = browser.Page;
        await browser.GotoAsync("/account/sign-in");

        await Forms.SubmitAsync(page);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary a[href='#Email']")).ToBeVisibleAsync();
        Assert.StartsWith("Error:", await page.TitleAsync());

        await Forms.SignInAsync(page, "youthcouncil@demo.together.example");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account$"));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("My account");
    }
}
