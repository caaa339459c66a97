using System.Text.RegularExpressions;

namespace Together.Web.Features.ServiceDirectory;

/// <summary>UK postcodes: shape checks and normal forms. A shape check says nothing about whether the postcode exists.</summary>
public static partial class UkPostcode
{
    // Outward code: A9, A99, AA9, AA99, A9A, AA9A; inward code: 9AA (BS 7666). GIR 0AA is the one historic exception.
    [GeneratedRegex("^(?:GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex FullPattern();

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?$", RegexOptions.CultureInvariant)]
    private static partial Regex OutwardPattern();

    /// <summary>Upper case with spaces removed: " cw1 2bj " becomes "CW12BJ".</summary>
    public static string Compact(string text) =>
        new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();

    public static bool IsFullPostcode(string text) => FullPattern().IsMatch(Compact(text));

    /// <summary>A postcode district (outward code) on its own, e.g. "CW1" or "SK10".</summary>
    public static bool IsDistrict(string text) => OutwardPattern().IsMatch(Compact(text));

    /// <summary>"CW12BJ" becomes "CW1 2BJ".</summary>
    public static string Format(string text)
    {
        var compact = Compact(text);
        return IsFullPostcode(compact) ? compact[..^3] + " " + compact[^3..] : compact;
    }

    /// <summary>The district (outward code) of a full postcode: "CW1 2BJ" gives "CW1".</summary>
    public static string District(string fullPostcode) => Compact(fullPostcode)[..^3];

    /// <summary>True when the text looks like someone tried to type a postcode (letters then a digit), so a failed match should say "not a valid postcode" rather than "unknown town".</summary>
    public static bool LooksLikeAnAttempt(string text)
    {
        var compact = Compact(text);
        return compact.Length is >= 2 and <= 9 && char.IsLetter(compact[0]) && compact.Any(char.IsDigit);
    }
}
