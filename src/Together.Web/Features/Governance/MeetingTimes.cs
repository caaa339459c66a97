using System.Globalization;
using Together.Web.Features.Shared;

namespace Together.Web.Features.Governance;

/// <summary>How meetings show dates and times: with the weekday ("Thursday 10 December 2026, 2pm"). Time-zone work is the shared UkTime's.</summary>
public static class MeetingTimes
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static DateTime ToLocal(DateTime utc) => UkTime.ToLocal(utc);

    public static DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(date.ToDateTime(time), DateTimeKind.Unspecified), UkTime.London);

    public static DateOnly Today(TimeProvider clock) => UkTime.Today(clock);

    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(UkTime.ToLocal(utc));

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Date(DateTime utc) => UkTime.ToLocal(utc).ToString("dddd d MMMM yyyy", English);

    public static string Time(DateTime utc) => UkTime.ToLocal(utc).ToString("h:mmtt", English).ToLowerInvariant().Replace(":00", "", StringComparison.Ordinal);

    public static string DateTimeText(DateTime utc) => $"{Date(utc)}, {Time(utc)}";
}
