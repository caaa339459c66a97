using System.Globalization;
using System.Text.RegularExpressions;

namespace Together.Web.Features.Outcomes;

/// <summary>Period labels as people write them, per period type, and the dates they cover.</summary>
public static partial class Periods
{
    public static string Format(PeriodType type) => type switch
    {
        PeriodType.FinancialYear => "2024/25 (April to March)",
        PeriodType.AcademicYear => "2024/25 (September to August)",
        PeriodType.CalendarYear => "2024",
        PeriodType.Quarter => "2024 Q1 (January to March)",
        _ => "2024-03",
    };

    public static string Describe(PeriodType type) => type switch
    {
        PeriodType.FinancialYear => "Financial year",
        PeriodType.AcademicYear => "Academic year",
        PeriodType.CalendarYear => "Calendar year",
        PeriodType.Quarter => "Quarter",
        _ => "Month",
    };

    /// <summary>Parses a period label; returns false with no dates when it is not in the indicator's format.</summary>
    public static bool TryParse(PeriodType type, string? label, out DateOnly start, out DateOnly end)
    {
        start = end = default;
        label = label?.Trim() ?? "";
        switch (type)
        {
            case PeriodType.FinancialYear or PeriodType.AcademicYear:
                var m = SplitYear().Match(label);
                if (!m.Success)
                {
                    return false;
                }

                var first = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                if (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) != (first + 1) % 100 || first < 1990 || first > 2100)
                {
                    return false;
                }

                var month = type == PeriodType.FinancialYear ? 4 : 9;
                start = new DateOnly(first, month, 1);
                end = start.AddYears(1).AddDays(-1);
                return true;
            case PeriodType.CalendarYear:
                if (!YearOnly().IsMatch(label))
                {
                    return false;
                }

                var year = int.Parse(label, CultureInfo.InvariantCulture);
                start = new DateOnly(year, 1, 1);
                end = new DateOnly(year, 12, 31);
                return year is >= 1990 and <= 2100;
            case PeriodType.Quarter:
                var q = QuarterLabel().Match(label);
                if (!q.Success)
                {
                    return false;
                }

                var qy = int.Parse(q.Groups[1].Value, CultureInfo.InvariantCulture);
                var quarter = int.Parse(q.Groups[2].Value, CultureInfo.InvariantCulture);
                start = new DateOnly(qy, (quarter - 1) * 3 + 1, 1);
                end = start.AddMonths(3).AddDays(-1);
                return qy is >= 1990 and <= 2100;
            default:
                var mm = MonthLabel().Match(label);
                if (!mm.Success)
                {
                    return false;
                }

                var my = int.Parse(mm.Groups[1].Value, CultureInfo.InvariantCulture);
                var mo = int.Parse(mm.Groups[2].Value, CultureInfo.InvariantCulture);
                if (mo is < 1 or > 12 || my is < 1990 or > 2100)
                {
                    return false;
                }

                start = new DateOnly(my, mo, 1);
                end = start.AddMonths(1).AddDays(-1);
                return true;
        }
    }

    /// <summary>The label of the period starting a whole number of years after (or before) the given one.</summary>
    public static string YearLabel(PeriodType type, int firstYear) => type switch
    {
        PeriodType.FinancialYear or PeriodType.AcademicYear => $"{firstYear}/{(firstYear + 1) % 100:00}",
        _ => firstYear.ToString(CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^(\d{4})/(\d{2})$")]
    private static partial Regex SplitYear();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^(\d{4}) Q([1-4])$")]
    private static partial Regex QuarterLabel();

    [GeneratedRegex(@"^(\d{4})-(\d{2})$")]
    private static partial Regex MonthLabel();
}

/// <summary>Walks periods of a type: the one containing a date, and the one before.</summary>
public static class PeriodSteps
{
    /// <summary>The first day of the period of this type that contains the date.</summary>
    public static DateOnly StartContaining(PeriodType type, DateOnly date) => type switch
    {
        PeriodType.FinancialYear => new DateOnly(date.Month >= 4 ? date.Year : date.Year - 1, 4, 1),
        PeriodType.AcademicYear => new DateOnly(date.Month >= 9 ? date.Year : date.Year - 1, 9, 1),
        PeriodType.CalendarYear => new DateOnly(date.Year, 1, 1),
        PeriodType.Quarter => new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1),
        _ => new DateOnly(date.Year, date.Month, 1),
    };

    public static int Months(PeriodType type) => type switch
    {
        PeriodType.Quarter => 3,
        PeriodType.Month => 1,
        _ => 12,
    };

    public static DateOnly End(PeriodType type, DateOnly start) => start.AddMonths(Months(type)).AddDays(-1);

    /// <summary>The label people write for the period starting on this day (see <see cref="Periods.TryParse"/>).</summary>
    public static string Label(PeriodType type, DateOnly start) => type switch
    {
        PeriodType.FinancialYear or PeriodType.AcademicYear or PeriodType.CalendarYear => Periods.YearLabel(type, start.Year),
        PeriodType.Quarter => $"{start.Year} Q{(start.Month - 1) / 3 + 1}",
        _ => start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
    };
}
