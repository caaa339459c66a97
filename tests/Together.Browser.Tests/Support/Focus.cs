using Microsoft.Playwright;

namespace Together.Browser.Tests.Support;

/// <summary>
/// Keyboard-only navigation with a check at every stop that the focus can be seen: GOV.UK Frontend marks the focused
/// control in yellow (#ffdd00) — a yellow background for links and buttons, a yellow outline for text inputs and a
/// yellow ring around the box of radios and checkboxes (drawn on the label's ::before).
/// </summary>
public static class Focus
{
    public const string GovukFocusColour = "rgb(255, 221, 0)";

    private const string DescribeScript = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return { tag: 'BODY', id: '', name: '', type: '', text: '', href: '', visible: false, styles: 'no element has focus' };
          const yellow = 'rgb(255, 221, 0)';
          const style = getComputedStyle(e);
          let visible = style.backgroundColor === yellow
            || (style.outlineStyle !== 'none' && style.outlineColor === yellow && parseFloat(style.outlineWidth) >= 3)
            || style.boxShadow.includes(yellow);
          if (!visible && (e.type === 'radio' || e.type === 'checkbox') && e.labels && e.labels[0]) {
            const box = getComputedStyle(e.labels[0], '::before');
            const tick = getComputedStyle(e.labels[0], '::after');
            visible = box.boxShadow.includes(yellow) || tick.boxShadow.includes(yellow) || box.outlineColor === yellow;
          }
          return {
            tag: e.tagName, id: e.id || '', name: e.getAttribute('name') || '', type: e.getAttribute('type') || '',
            text: (e.innerText || e.value || '').trim().slice(0, 80), href: e.getAttribute('href') || '',
            visible,
            styles: `background ${style.backgroundColor}; outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}; box-shadow ${style.boxShadow}`,
          };
        }
        """;

    /// <summary>What has the focus (filled in by Playwright from the page, hence the settable properties).</summary>
    public sealed class Focused
    {
        public string Tag { get; set; } = "";
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Type { get; set; } = "";
        public string Text { get; set; } = "";
        public string Href { get; set; } = "";
        public bool Visible { get; set; }
        public string Styles { get; set; } = "";

        public bool IsSameElementAs(Focused other) =>
            Tag == other.Tag && Id == other.Id && Name == other.Name && Href == other.Href && Text == other.Text;

        public override string ToString() =>
            $"<{Tag.ToLowerInvariant()}{(Id.Length > 0 ? $" id=\"{Id}\"" : "")}{(Name.Length > 0 ? $" name=\"{Name}\"" : "")}{(Href.Length > 0 ? $" href=\"{Href}\"" : "")}> \"{Text}\"";
    }

    public static Task<Focused> CurrentAsync(IPage page) => page.EvaluateAsync<Focused>(DescribeScript);

    /// <summary>Fails unless the focused element shows the GOV.UK focus style.</summary>
    public static async Task<Focused> AssertVisibleAsync(IPage page)
    {
        var focused = await CurrentAsync(page);
        Assert.True(focused.Visible, $"Keyboard focus is not visible on {focused} at {page.Url} ({focused.Styles}).");
        return focused;
    }

    /// <summary>
    /// Presses Tab until the focused element matches <paramref name="selector"/>, checking the focus is visible at
    /// every stop on the way. Fails after <paramref name="maxStops"/> presses with the path the focus took.
    /// </summary>
    public static async Task<Focused> TabToAsync(IPage page, string selector, int maxStops = 60)
    {
        var path = new List<string>();
        var wrapped = false;
        for (var i = 0; i < maxStops; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var current = await CurrentAsync(page);
            if (current.Tag == "BODY" && !wrapped)
            {
                // Tab from the last control leaves the page for the browser's own controls once; the next Tab comes
                // back to the top of the page. A second stop with nothing focused is a real loss of focus.
                wrapped = true;
                path.Add("(past the end of the page)");
                continue;
            }

            var focused = await AssertVisibleAsync(page);
            path.Add(focused.ToString());
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return focused;
            }
        }

        Assert.Fail($"Tabbing {maxStops} times on {page.Url} never reached {selector}. Focus went:{Environment.NewLine}{string.Join(Environment.NewLine, path)}");
        return null!;
    }

    /// <summary>
    /// The skip link is the first Tab stop (the focus stays there). Journeys use this on pages with forms: following
    /// the link adds #main-content to the address, and a form sent from there comes back with the fragment, which
    /// makes Chromium take the focus away from the error summary after GOV.UK Frontend has put it there.
    /// </summary>
    public static async Task AssertSkipLinkIsFirstStopAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Tab");
        var first = await AssertVisibleAsync(page);
        Assert.True(
            await page.EvaluateAsync<bool>("() => document.activeElement?.matches('a.govuk-skip-link[href=\"#main-content\"]') ?? false"),
            $"The first Tab stop on {page.Url} should be the skip link but was {first}.");
    }

    /// <summary>The skip link is the first Tab stop, and following it puts the focus on the main content.</summary>
    public static async Task AssertSkipLinkWorksAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Tab");
        var first = await AssertVisibleAsync(page);
        Assert.True(
            await page.EvaluateAsync<bool>("() => document.activeElement?.matches('a.govuk-skip-link[href=\"#main-content\"]') ?? false"),
            $"The first Tab stop on {page.Url} should be the skip link but was {first}.");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main-content", await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''"));
    }

    /// <summary>
    /// Checks a freshly loaded page from the keyboard. Where the page shows a GOV.UK error summary, that summary has
    /// taken the focus and the first Tab stop is its first error link; otherwise the first Tab stop is the skip link
    /// and following it puts the focus on the main content. Then tabs through the rest of the page until the focus
    /// leaves the document, checking the focus is visible at every stop. Returns every stop in order.
    /// </summary>
    public static async Task<IReadOnlyList<Focused>> AssertKeyboardAccessAsync(IPage page, int maxStops = 150)
    {
        var stops = new List<Focused>();
        if (await page.Locator(".govuk-error-summary").CountAsync() > 0)
        {
            Assert.True(
                await page.EvaluateAsync<bool>("() => document.activeElement?.matches('.govuk-error-summary') ?? false"),
                $"The error summary on {page.Url} should take the focus when the page loads, but {await CurrentAsync(page)} has it.");
            await page.Keyboard.PressAsync("Tab");
            var first = await AssertVisibleAsync(page);
            Assert.True(
                await page.EvaluateAsync<bool>("() => document.activeElement?.matches('.govuk-error-summary__list a') ?? false"),
                $"The first Tab stop after the error summary on {page.Url} should be its first error link but was {first}.");
            stops.Add(first);
        }
        else
        {
            await AssertSkipLinkWorksAsync(page);
            stops.Add(new Focused { Tag = "A", Href = "#main-content", Text = "Skip to main content", Visible = true });
        }

        // Each stop is described by a focusin listener as the focus arrives (the same description as CurrentAsync), and
        // the descriptions are read back after every few presses: one round trip to the page per few stops instead of
        // one per stop. Tab from the last control leaves the page for the browser's own controls: the focus goes to no
        // element of the page (a focusout with nothing to go to), recorded as the body, which ends the walk.
        await page.EvaluateAsync($$"""
            () => {
              const describe = {{DescribeScript}};
              window.__tabStops = [];
              document.addEventListener('focusin', () => window.__tabStops.push(describe()), true);
              document.addEventListener('focusout', e => {
                if (!e.relatedTarget) window.__tabStops.push({ tag: 'BODY', id: '', name: '', type: '', text: '', href: '', visible: false, styles: 'the focus left the page' });
              }, true);
            }
            """);
        const int PressesPerRead = 8;
        for (var pressed = 0; pressed < maxStops + 2;)
        {
            for (var i = 0; i < PressesPerRead; i++, pressed++)
            {
                await page.Keyboard.PressAsync("Tab");
            }

            foreach (var focused in await page.EvaluateAsync<Focused[]>("() => window.__tabStops.splice(0)"))
            {
                if (focused.Tag == "BODY" || focused.IsSameElementAs(stops[0]))
                {
                    return stops;
                }

                Assert.True(focused.Visible, $"Keyboard focus is not visible on {focused} at {page.Url} ({focused.Styles}). Earlier stops: {string.Join(", ", stops)}");
                stops.Add(focused);
                if (stops.Count > maxStops)
                {
                    break;
                }
            }
        }

        Assert.Fail($"More than {maxStops} Tab stops on {page.Url}: is the focus trapped? Last stops: {string.Join(", ", stops.TakeLast(10))}");
        return stops;
    }

    /// <summary>Presses a key that follows a link or sends a form, and waits for the new page (whose path ends so).</summary>
    public static async Task PressAndWaitForAsync(IPage page, string key, string pathEnding)
    {
        // A marker on the old document tells it apart from the new one, even when a form with errors comes back to the same address.
        await page.EvaluateAsync("() => { window.__leaving = true; }");
        await page.Keyboard.PressAsync(key);
        await page.WaitForFunctionAsync("() => !window.__leaving && document.readyState === 'complete'");
        Assert.True(new Uri(page.Url).AbsolutePath.EndsWith(pathEnding, StringComparison.Ordinal), $"Expected to arrive at a page ending {pathEnding} but arrived at {page.Url}.");
    }
}
