namespace Together.Web.Features.Governance;

/// <summary>UK local time (Europe/London) for display and for dates people type; storage is always UTC.</summary>
public static class UkTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(date.ToDateTime(time), DateTimeKind.Unspecified), Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static string Date(DateTime utc) => ToLocal(utc).ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static string Time(DateTime utc) => ToLocal(utc).ToString("h:mmtt", System.Globalization.CultureInfo.GetCultureInfo("en-GB")).ToLowerInvariant().Replace(":00", "", StringComparison.Ordinal);

    public static string DateTimeText(DateTime utc) => $"{Date(utc)}, {Time(utc)}";
}
