using System.Text;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

namespace Together.Browser.Tests.Support;

/// <summary>Runs axe-core against the WCAG 2.2 AA rules and reports violations in a form a person can act on.</summary>
public static class Axe
{
    /// <summary>WCAG 2.0, 2.1 and 2.2 at levels A and AA: what the Public Sector Bodies Accessibility Regulations require.</summary>
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>axe-core as bundled by Deque.AxeCore (the same version its Playwright runner injects).</summary>
    private static readonly string AxeSource = new BundledAxeScriptProvider().GetScript();

    private static readonly object RunOptions = new
    {
        runOnly = new { type = "tag", values = Tags },
        // Only violations are reported, so axe need not collect every passing node (much faster on long pages).
        resultTypes = new[] { "violations" },
    };

    public static async Task AssertNoViolationsAsync(IPage page, string? description = null)
    {
        var result = await RunAsync(page);
        var violations = result.Violations.Select(WithoutKnownDesignSystemExceptions).Where(v => v.Nodes.Length > 0).ToList();
        if (violations.Count == 0)
        {
            return;
        }

        Assert.Fail(Describe(description ?? page.Url, violations));
    }

    /// <summary>
    /// Runs axe.run on the page's document directly. Deque's page.RunAxe checks each frame with runPartial and then
    /// opens a blank page to combine the results: on our pages, which have no frames, that cost about 3 s a check
    /// against about 1 s. Injecting through Playwright's evaluate is not subject to the page's Content-Security-Policy.
    /// </summary>
    public static async Task<AxeResult> RunAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource);
        }

        var frames = await page.Locator("iframe, frame").CountAsync();
        Assert.True(frames == 0, $"{page.Url} has {frames} frame(s): check frames with Deque's page.RunAxe, which reaches into them.");
        var json = await page.EvaluateAsync<string>("async options => JSON.stringify(await axe.run(document, options))", RunOptions);
        return new AxeResult(JObject.Parse(json));
    }

    /// <summary>
    /// GOV.UK Frontend's radios script puts aria-expanded on a radio that reveals a conditional question, on purpose
    /// (the design system keeps it so screen readers announce the reveal); axe reports that attribute on a radio. Only
    /// that exact node and reason is excused; any other finding on the same element still fails.
    /// </summary>
    private static AxeResultItem WithoutKnownDesignSystemExceptions(AxeResultItem violation)
    {
        if (violation.Id != "aria-allowed-attr")
        {
            return violation;
        }

        violation.Nodes = violation.Nodes.Where(node =>
            !(node.Html.Contains("govuk-radios__input", StringComparison.Ordinal) && node.Html.Contains("aria-controls=", StringComparison.Ordinal)
              && (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).All(check => check.Message?.Contains("aria-expanded", StringComparison.Ordinal) == true))).ToArray();
        return violation;
    }

    public static string Describe(string where, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        text.AppendLine($"Accessibility violations on {where}:");
        foreach (var violation in violations)
        {
            text.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help}");
            text.AppendLine($"  {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine($"    at {node.Target}: {node.Html}");
                // axe's own wording for why the node failed: any one of "Any" would fix it; every "All" and "None" must.
                var reasons = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(check => check.Message).Where(m => !string.IsNullOrWhiteSpace(m));
                foreach (var reason in reasons)
                {
                    text.AppendLine("      " + reason.ReplaceLineEndings(" "));
                }
            }
        }

        return text.ToString();
    }
}
