using Together.Web.Infrastructure.Calendar;

namespace Together.Web.Features.Safeguarding;

/// <summary>
/// When a concern must be looked at. Severity 4–5: within one hour, day or night. Others: within one working
/// day, meaning the same UK clock time on the next working day; a concern that arrives on a weekend or bank
/// holiday is treated as arriving at the start of the next working day (so it is due by the end of that day).
/// </summary>
public static class SafeguardingSla
{
    public static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTime DueAt(DateTime receivedUtc, int severity)
    {
        if (severity >= 4)
        {
            return receivedUtc.AddHours(1);
        }

        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(receivedUtc, DateTimeKind.Utc), UkTime);
        var day = DateOnly.FromDateTime(local);
        DateTime dueLocal;
        if (EnglandAndWalesBankHolidays.IsWorkingDay(day))
        {
            var next = day.AddDays(1);
            while (!EnglandAndWalesBankHolidays.IsWorkingDay(next))
            {
                next = next.AddDays(1);
            }

            dueLocal = next.ToDateTime(TimeOnly.FromDateTime(local));
        }
        else
        {
            while (!EnglandAndWalesBankHolidays.IsWorkingDay(day))
            {
                day = day.AddDays(1);
            }

            dueLocal = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        }

        return TimeZoneInfo.ConvertTimeToUtc(dueLocal, UkTime);
    }

    /// <summary>"due in 35 minutes", "overdue by 2 hours".</summary>
    public static string Describe(DateTime dueUtc, DateTime nowUtc)
    {
        var gap = dueUtc - nowUtc;
        var overdue = gap < TimeSpan.Zero;
        var text = Span(overdue ? -gap : gap);
        return overdue ? $"overdue by {text}" : $"due in {text}";
    }

    private static string Span(TimeSpan span)
    {
        if (span.TotalMinutes < 1)
        {
            return "less than a minute";
        }

        if (span.TotalMinutes < 60)
        {
            var minutes = (int)span.TotalMinutes;
            return minutes == 1 ? "1 minute" : $"{minutes} minutes";
        }

        if (span.TotalHours < 48)
        {
            var hours = (int)span.TotalHours;
            return hours == 1 ? "1 hour" : $"{hours} hours";
        }

        return $"{(int)span.TotalDays} days";
    }
}
