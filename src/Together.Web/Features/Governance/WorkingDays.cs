using Together.Web.Infrastructure.Calendar;

namespace Together.Web.Features.Governance;

/// <summary>
/// Working days in England and Wales: Monday to Friday, not a bank holiday. "Clear" working days between two
/// dates exclude both the first date (the day of publication) and the last (the day of the meeting).
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) => EnglandAndWalesBankHolidays.IsWorkingDay(date);

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
