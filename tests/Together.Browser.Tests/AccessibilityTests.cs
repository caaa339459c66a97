using Together.Browser.Tests.Support;

namespace Together.Browser.Tests;

/// <summary>
/// Every page and state in <see cref="SitePages"/>, opened once and checked twice: against WCAG 2.2 AA with axe-core,
/// then by keyboard. The pages are shared out between the two sites (<see cref="BrowserCollection"/>) so that the two
/// halves run side by side.
/// </summary>
public static class PageChecks
{
    public static TheoryData<string> Half(int half) => [.. SitePages.All.Where((_, index) => index % 2 == half).Select(p => p.Name)];

    public static async Task AssertAccessibleAsync(BrowserSite site, string name)
    {
        await using var browser = await site.NewPageAsync();
        await SitePages.OpenAsync(browser, SitePages.Find(name));

        await Axe.AssertNoViolationsAsync(browser.Page, $"{name} ({browser.Page.Url})");
        browser.AssertNoProblems();

        // Keyboard focus starts at the skip link or error summary and is visible at every stop. Every page has at least
        // the skip link, the menu and the footer links to reach.
        var stops = await Focus.AssertKeyboardAccessAsync(browser.Page);
        Assert.True(stops.Count >= 5, $"Only {stops.Count} Tab stops on {name}: {string.Join(", ", stops)}");
    }
}

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    public static TheoryData<string> Pages() => PageChecks.Half(0);

    [Theory]
    [MemberData(nameof(Pages))]
    public Task Page_meets_WCAG_2_2_AA_and_works_by_keyboard(string name) => PageChecks.AssertAccessibleAsync(site, name);
}

[Collection(BrowserCollection.SecondSite)]
public sealed class MoreAccessibilityTests(BrowserSite site)
{
    public static TheoryData<string> Pages() => PageChecks.Half(1);

    [Theory]
    [MemberData(nameof(Pages))]
    public Task Page_meets_WCAG_2_2_AA_and_works_by_keyboard(string name) => PageChecks.AssertAccessibleAsync(site, name);
}
