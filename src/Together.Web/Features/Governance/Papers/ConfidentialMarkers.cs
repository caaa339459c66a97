using System.Text.RegularExpressions;

namespace Together.Web.Features.Governance;

/// <summary>
/// Words that mark a paper as not for the public. A public item whose paper carries one is probably a mistake, so
/// publishing asks the secretary to confirm (and records who confirmed and why) or to make the item exempt.
/// </summary>
public static partial class ConfidentialMarkers
{
    [GeneratedRegex(@"\b(exempt|confidential|not for publication|restricted|official[- ]sensitive|schedule 12a|part (2|ii) (item|paper))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    /// <summary>The first marker found in any of the texts, in lower case, or null.</summary>
    public static string? Find(params IEnumerable<string?> texts)
    {
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var match = Marker().Match(text);
            if (match.Success)
            {
                return match.Value.ToLowerInvariant();
            }
        }
        return null;
    }
}
