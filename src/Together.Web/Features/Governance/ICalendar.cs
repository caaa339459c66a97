using System.Text;

namespace Together.Web.Features.Governance;

/// <summary>Writes an RFC 5545 iCalendar feed of meetings: UTC times, escaped text, lines folded at 75 octets, CRLF.</summary>
public static class ICalendar
{
    public sealed record Event(string Uid, DateTime StartsAtUtc, DateTime EndsAtUtc, string Summary, string? Location, string? Description, string? Url);

    public static string Write(string calendarName, DateTime stampUtc, IEnumerable<Event> events)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Cheshire East Children and Young People's Trust//Together//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + EscapeText(calendarName),
            "X-WR-TIMEZONE:Europe/London",
        };
        foreach (var e in events)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add("UID:" + e.Uid);
            lines.Add("DTSTAMP:" + Utc(stampUtc));
            lines.Add("DTSTART:" + Utc(e.StartsAtUtc));
            lines.Add("DTEND:" + Utc(e.EndsAtUtc));
            lines.Add("SUMMARY:" + EscapeText(e.Summary));
            if (!string.IsNullOrWhiteSpace(e.Location))
            {
                lines.Add("LOCATION:" + EscapeText(e.Location));
            }

            if (!string.IsNullOrWhiteSpace(e.Description))
            {
                lines.Add("DESCRIPTION:" + EscapeText(e.Description));
            }

            if (!string.IsNullOrWhiteSpace(e.Url))
            {
                lines.Add("URL:" + e.Url);
            }

            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            builder.Append(Fold(line)).Append("\r\n");
        }

        return builder.ToString();
    }

    public static string Utc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>RFC 5545 3.3.11: backslash, semicolon and comma are escaped; newlines become \n.</summary>
    public static string EscapeText(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>RFC 5545 3.1: lines longer than 75 octets are split, continuation lines start with a space; UTF-8 sequences are never split.</summary>
    public static string Fold(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        if (bytes.Length <= 75)
        {
            return line;
        }

        var builder = new StringBuilder();
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                builder.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts towards the 75
            }

            builder.Append(rune.ToString());
            octets += size;
        }

        return builder.ToString();
    }
}
