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

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content(string name)
    {
        await using var browser = await site.NewPageAsync();
        await SitePages.OpenAsync(browser, SitePages.Find(name));

        await Focus.AssertSkipLinkWorksAsync(browser.Page);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_tab_stop_shows_where_the_focus_is(string name)
    {
        await using var browser = await site.NewPageAsync();
        await SitePages.OpenAsync(browser, SitePages.Find(name));

        var stops = await Focus.TabThroughPageAsync(browser.Page);

        Assert.True(stops.Count >= 3, $"Only {stops.Count} Tab stops on {name}: {string.Join(", ", stops)}");
    }
}
