using Together.Browser.Tests.Support;

namespace Together.Browser.Tests;

/// <summary>Every page and state in <see cref="SitePages"/> against WCAG 2.2 AA (axe-core), in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    public static TheoryData<string> Pages() => SitePages.Names();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_WCAG_2_2_AA_violations(string name)
    {
        var target = SitePages.Find(name);
        await using var browser = await site.NewPageAsync();
        await SitePages.OpenAsync(browser, target);

        await Axe.AssertNoViolationsAsync(browser.Page, $"{name} ({browser.Page.Url})");
        browser.AssertNoProblems();
    }
}

/// <summary>Every page and state in <see cref="SitePages"/> by keyboard, on the second site so it runs beside the axe checks.</summary>
[Collection(BrowserCollection.SecondSite)]
public sealed class KeyboardFocusTests(BrowserSite site)
{
    public static TheoryData<string> Pages() => SitePages.Names();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Keyboard_focus_starts_at_the_skip_link_or_error_summary_and_is_visible_at_every_stop(string name)
    {
        await using var browser = await site.NewPageAsync();
        await SitePages.OpenAsync(browser, SitePages.Find(name));

        var stops = await Focus.AssertKeyboardAccessAsync(browser.Page);

        // Every page has at least the skip link, the menu and the footer links to reach.
        Assert.True(stops.Count >= 5, $"Only {stops.Count} Tab stops on {name}: {string.Join(", ", stops)}");
    }
}
