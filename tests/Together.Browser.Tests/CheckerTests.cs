using Together.Browser.Tests.Support;
using Xunit.Sdk;

namespace Together.Browser.Tests;

/// <summary>The checks themselves must be able to fail: each is shown a page with a known fault.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CheckerTests(BrowserSite site)
{
    [Fact]
    public async Task Axe_check_fails_with_rule_impact_selector_and_help()
    {
        await using var browser = await site.NewPageAsync();
        await browser.Page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>Faulty</title></head>
            <body><main><h1>Faulty</h1><img id="no-alt" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input id="no-label" type="text"></main></body></html>
            """);

        var failure = await Assert.ThrowsAsync<FailException>(() => Axe.AssertNoViolationsAsync(browser.Page, "faulty page"));

        Assert.Contains("image-alt (critical): Images must have alternative text", failure.Message);
        Assert.Contains("#no-alt", failure.Message);
        Assert.Contains("label (critical)", failure.Message);
        Assert.Contains("#no-label", failure.Message);
        Assert.Contains("https://dequeuniversity.com/rules/axe/", failure.Message);
    }

    [Fact]
    public async Task Focus_check_fails_when_the_focus_cannot_be_seen()
    {
        await using var browser = await site.NewPageAsync();
        await browser.Page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>Hidden focus</title><style>a:focus { outline: none; }</style></head>
            <body><main><a id="invisible" href="#">A link whose focus is hidden</a></main></body></html>
            """);

        await browser.Page.Keyboard.PressAsync("Tab");
        var failure = await Assert.ThrowsAsync<TrueException>(() => Focus.AssertVisibleAsync(browser.Page));

        Assert.Contains("id=\"invisible\"", failure.Message);
    }
}
