namespace Together.Web.Features.Safeguarding;

/// <summary>
/// Bank holidays in England and Wales: the fixed rules (with weekend substitutes), Easter, the May and
/// August Mondays, and the one-off changes proclaimed since 2020. Source: gov.uk/bank-holidays.
/// </summary>
public static class EnglandAndWalesBankHolidays
{
    // Proclaimed one-off changes: moved and extra days (Royal Proclamations).
    private static readonly DateOnly[] ExtraDays =
    [
        new(2020, 5, 8),   // VE Day 75: early May bank holiday moved from Monday 4 May
        new(2022, 6, 2),   // spring bank holiday moved for the Platinum Jubilee
        new(2022, 6, 3),   // Platinum Jubilee bank holiday
        new(2022, 9, 19),  // State Funeral of Queen Elizabeth II
        new(2023, 5, 8),   // Coronation of King Charles III
    ];

    private static readonly DateOnly[] RemovedDays =
    [
        new(2020, 5, 4),
        new(2022, 5, 30),
    ];

    public static bool IsBankHoliday(DateOnly date) => For(date.Year).Contains(date);

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsBankHoliday(date);

    public static IReadOnlySet<DateOnly> For(int year)
    {
        var days = new HashSet<DateOnly>();
        days.Add(NextWeekday(new DateOnly(year, 1, 1)));
        var easter = EasterSunday(year);
        days.Add(easter.AddDays(-2));
        days.Add(easter.AddDays(1));
        days.Add(FirstMonday(year, 5));
        days.Add(LastMonday(year, 5));
        days.Add(LastMonday(year, 8));

        // Christmas and Boxing Day: a weekend day moves to the next free weekday.
        var christmas = new DateOnly(year, 12, 25);
        var christmasObserved = NextWeekday(christmas);
        days.Add(christmasObserved);
        var boxing = NextWeekday(new DateOnly(year, 12, 26));
        if (boxing <= christmasObserved)
        {
            boxing = NextWeekday(christmasObserved.AddDays(1));
        }

        days.Add(boxing);
        days.ExceptWith(RemovedDays.Where(d => d.Year == year));
        days.UnionWith(ExtraDays.Where(d => d.Year == year));
        return days;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly NextWeekday(DateOnly date)
    {
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var date = new DateOnly(year, month, 1);
        while (date.DayOfWeek != DayOfWeek.Monday)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var date = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (date.DayOfWeek != DayOfWeek.Monday)
        {
            date = date.AddDays(-1);
        }

        return date;
    }
}

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
