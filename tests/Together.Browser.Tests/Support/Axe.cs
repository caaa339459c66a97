using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Together.Browser.Tests.Support;

/// <summary>Runs axe-core against the WCAG 2.2 AA rules and reports violations in a form a person can act on.</summary>
public static class Axe
{
    /// <summary>WCAG 2.0, 2.1 and 2.2 at levels A and AA: what the Public Sector Bodies Accessibility Regulations require.</summary>
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static async Task AssertNoViolationsAsync(IPage page, string? description = null)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags.ToList() },
            // Only violations are reported, so axe need not collect every passing node (much faster on long pages).
            ResultTypes = [ResultType.Violations],
        });
        var violations = result.Violations.Select(WithoutKnownDesignSystemExceptions).Where(v => v.Nodes.Length > 0).ToList();
        if (violations.Count == 0)
        {
            return;
        }

        Assert.Fail(Describe(description ?? page.Url, violations));
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
