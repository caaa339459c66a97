using Together.Web.Features.Governance;

namespace Together.Tests.Governance;

public sealed class ICalendarTests
{
    [Fact]
    public void Text_is_escaped_as_rfc_5545_requires() =>
        Assert.Equal(@"Board\, budget\; plans\\notes\nline two", ICalendar.EscapeText("Board, budget; plans\\notes\nline two"));

    [Fact]
    public void Long_lines_are_folded_at_75_octets_without_splitting_characters()
    {
        var line = "SUMMARY:" + string.Concat(Enumerable.Repeat("Café £ ", 30));
        var folded = ICalendar.Fold(line);
        var parts = folded.Split("\r\n");
        Assert.True(parts.Length > 1);
        Assert.All(parts, p => Assert.True(System.Text.Encoding.UTF8.GetByteCount(p) <= 75, $"'{p}' is longer than 75 octets"));
        Assert.All(parts.Skip(1), p => Assert.StartsWith(" ", p));
        Assert.Equal(line, string.Concat(parts.Select((p, i) => i == 0 ? p : p[1..])));
    }

    [Fact]
    public void Calendar_uses_crlf_and_utc_times()
    {
        var text = ICalendar.Write("Meetings", new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc),
            [new ICalendar.Event("m1@together", new DateTime(2026, 6, 11, 13, 0, 0, DateTimeKind.Utc), new DateTime(2026, 6, 11, 15, 0, 0, DateTimeKind.Utc), "Trust Board", "Crewe, CW1", null, null)]);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", text);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        Assert.Contains("DTSTART:20260611T130000Z\r\n", text);
        Assert.Contains("DTSTAMP:20261123T100000Z\r\n", text);
        Assert.Contains("LOCATION:Crewe\\, CW1\r\n", text);
    }
}
