namespace Together.Web.Features.ServiceDirectory;

/// <summary>
/// Whether a service is open at an instant. Opening times are local to the UK (Europe/London), so the instant is
/// converted with the time-zone rules, which keeps "9am" meaning 9am on both sides of a clock change.
/// </summary>
public static class OpeningTimes
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTime ToLondon(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, London).DateTime;

    public static bool IsOpen(IEnumerable<DirectorySchedule> schedules, DateTimeOffset instant)
    {
        var local = ToLondon(instant);
        return schedules.Any(s => IsOpenAt(s, local));
    }

    /// <summary>True when the schedule covers this London local date and time.</summary>
    public static bool IsOpenAt(DirectorySchedule schedule, DateTime local)
    {
        var opens = ScheduleText.ParseTime(schedule.OpensAt);
        var closes = ScheduleText.ParseTime(schedule.ClosesAt);
        if (opens is null || closes is null)
        {
            return false;
        }

        var time = TimeOnly.FromDateTime(local);
        return time >= opens && time < closes && OccursOn(schedule, DateOnly.FromDateTime(local));
    }

    /// <summary>Whether the schedule's rule includes this date (valid_from/valid_to, FREQ, INTERVAL, BYDAY with ordinals, BYMONTHDAY).</summary>
    public static bool OccursOn(DirectorySchedule schedule, DateOnly date)
    {
        if (schedule.ValidFrom is { } from && date < DateOnly.FromDateTime(from))
        {
            return false;
        }

        if (schedule.ValidTo is { } to && date > DateOnly.FromDateTime(to))
        {
            return false;
        }

        var day = ScheduleText.DayIndex(date.DayOfWeek);
        var rules = ScheduleText.ParseByDay(schedule.ByDay);
        if (schedule.Frequency == ScheduleFrequency.Weekly)
        {
            if (!rules.Any(r => r.Day == day))
            {
                return false;
            }

            if (schedule.Interval is > 1 && schedule.DtStart is { } start)
            {
                var startMonday = DateOnly.FromDateTime(start).AddDays(-ScheduleText.DayIndex(start.DayOfWeek));
                var weeks = (date.DayNumber - startMonday.DayNumber) / 7;
                return weeks >= 0 && weeks % schedule.Interval.Value == 0;
            }

            return true;
        }

        var daysInMonth = DateTime.DaysInMonth(date.Year, date.Month);
        var nth = (date.Day - 1) / 7 + 1;
        var nthFromEnd = -((daysInMonth - date.Day) / 7 + 1);
        if (rules.Any(r => r.Day == day && (r.Ordinal == 0 || r.Ordinal == nth || r.Ordinal == nthFromEnd)))
        {
            return true;
        }

        return (schedule.ByMonthDay ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(d => int.TryParse(d, out var n) && (n == date.Day || (n < 0 && daysInMonth + n + 1 == date.Day)));
    }
}
