namespace Together.Web.Infrastructure.Calendar;

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
