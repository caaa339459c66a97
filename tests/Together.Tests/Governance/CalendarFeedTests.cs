using Together.Tests.Support;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Together.Tests.Governance;

public sealed class CalendarFeedTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task The_meetings_feed_is_a_valid_icalendar_with_every_meeting_in_utc()
    {
        using var client = app.CreateHtmlClient();
        var response = await client.Http.GetAsync("/meetings.ics");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", body);
        var meetings = await app.WithDbAsync(db => db.Meetings.CountAsync());
        Assert.Equal(meetings, body.Split("BEGIN:VEVENT").Length - 1);
        // 10 December 2026, 2pm UK time is 14:00 UTC (no daylight saving); 11 June 2026, 2pm is 13:00 UTC.
        Assert.Contains("DTSTART:20261210T140000Z", body);
        Assert.Contains("DTSTART:20260611T130000Z", body);
        Assert.Contains("LOCATION:Committee Suite\\, Westfields\\, Middlewich Road\\, Sandbach CW11 1HZ\\, https://meet.together.example/trust-board", body.Replace("\r\n ", ""));
        Assert.All(body.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }
}
