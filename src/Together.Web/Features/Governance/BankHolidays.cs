namespace Together.Web.Features.Governance;

/// <summary>
/// Bank holidays in England and Wales, 2019 to 2028, following the Banking and Financial Dealings Act 1971
/// and the royal proclamations that moved or added days (VE Day 2020, the Platinum Jubilee 2022, the State
/// Funeral 2022, the Coronation 2023). Dates outside the known range throw rather than guess.
/// </summary>
public static class BankHolidays
{
    public const int FirstYear = 2019;
    public const int LastYear = 2028;

    private static readonly Dictionary<int, IReadOnlySet<DateOnly>> Cache = Enumerable
        .Range(FirstYear, LastYear - FirstYear + 1)
        .ToDictionary(year => year, year => (IReadOnlySet<DateOnly>)For(year).ToHashSet());

    public static bool IsBankHoliday(DateOnly date)
    {
        if (!Cache.TryGetValue(date.Year, out var days))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Bank holidays are known for {FirstYear} to {LastYear} only.");
        }

        return days.Contains(date);
    }

    public static IReadOnlyList<DateOnly> InYear(int year) =>
        Cache.TryGetValue(year, out var days)
            ? [.. days.Order()]
            : throw new ArgumentOutOfRangeException(nameof(year), year, $"Bank holidays are known for {FirstYear} to {LastYear} only.");

    private static IEnumerable<DateOnly> For(int year)
    {
        yield return SubstituteIfWeekend(new DateOnly(year, 1, 1));

        var easter = EasterSunday(year);
        yield return easter.AddDays(-2);
        yield return easter.AddDays(1);

        // Early May: the first Monday, moved to Friday 8 May in 2020 for the 75th anniversary of VE Day.
        yield return year == 2020 ? new DateOnly(2020, 5, 8) : FirstMonday(year, 5);

        // Spring: the last Monday in May, moved to Thursday 2 June in 2022 with Friday 3 June added for the Platinum Jubilee.
        if (year == 2022)
        {
            yield return new DateOnly(2022, 6, 2);
            yield return new DateOnly(2022, 6, 3);
        }
        else
        {
            yield return LastMonday(year, 5);
        }

        yield return LastMonday(year, 8);

        // Christmas and Boxing Day: a holiday falling at the weekend is substituted by the next weekday not already a holiday.
        var christmas = new DateOnly(year, 12, 25);
        var boxingDay = new DateOnly(year, 12, 26);
        switch (christmas.DayOfWeek)
        {
            case DayOfWeek.Friday:
                yield return christmas;
                yield return new DateOnly(year, 12, 28);
                break;
            case DayOfWeek.Saturday:
                yield return new DateOnly(year, 12, 27);
                yield return new DateOnly(year, 12, 28);
                break;
            case DayOfWeek.Sunday:
                yield return boxingDay;
                yield return new DateOnly(year, 12, 27);
                break;
            default:
                yield return christmas;
                yield return boxingDay;
                break;
        }

        if (year == 2022)
        {
            yield return new DateOnly(2022, 9, 19); // State Funeral of Queen Elizabeth II
        }

        if (year == 2023)
        {
            yield return new DateOnly(2023, 5, 8); // Coronation of King Charles III
        }
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

    private static DateOnly SubstituteIfWeekend(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

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
/// Working days in England and Wales: Monday to Friday, not a bank holiday. "Clear" working days between two
/// dates exclude both the first date (the day of publication) and the last (the day of the meeting).
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !BankHolidays.IsBankHoliday(date);

    /// <summary>Working days strictly between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static int ClearWorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day < to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The last date on which papers can be published and still leave <paramref name="clearDays"/> clear working days before the meeting.</summary>
    public static DateOnly LatestPublicationDate(DateOnly meetingDate, int clearDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(clearDays);
        var day = meetingDate;
        var counted = 0;
        while (counted < clearDays)
        {
            day = day.AddDays(-1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day.AddDays(-1);
    }
}
