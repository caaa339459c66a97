using System.Globalization;

namespace Together.Web.Features.Governance;

/// <summary>Parsing for the GOV.UK date and time inputs used on governance forms.</summary>
public static class FormInput
{
    public static bool TryDate(string? day, string? month, string? year, out DateOnly date)
    {
        date = default;
        return int.TryParse(day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && y is >= 2000 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            && (date = new DateOnly(y, m, d)) != default;
    }

    /// <summary>Accepts 24-hour times such as 14:00, 14.00 or 1400.</summary>
    public static bool TryTime(string? text, out TimeOnly time)
    {
        time = default;
        var cleaned = text?.Trim().Replace('.', ':');
        if (string.IsNullOrEmpty(cleaned))
        {
            return false;
        }

        if (cleaned.Length == 4 && !cleaned.Contains(':', StringComparison.Ordinal))
        {
            cleaned = cleaned[..2] + ":" + cleaned[2..];
        }

        return TimeOnly.TryParseExact(cleaned, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static bool IsSafeLink(string? url) =>
        url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps);
}
