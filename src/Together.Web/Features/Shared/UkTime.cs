using System.Globalization;

namespace Together.Web.Features.Shared;

/// <summary>Instants are stored in UTC and shown in UK local time (Europe/London), in GOV.UK style ("23 November 2026 at 10:05am").</summary>
public static class UkTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);

    public static string DateAndTime(DateTime utc)
    {
        var local = ToLocal(utc);
        var time = local.ToString(local.Minute == 0 ? "%h" : "h:mm", English) + (local.Hour < 12 ? "am" : "pm");
        return local.ToString("d MMMM yyyy", English) + " at " + time;
    }

    public static string Date(DateTime utc) => ToLocal(utc).ToString("d MMMM yyyy", English);

    /// <summary>The UTC instant at which a UK calendar day starts.</summary>
    public static DateTime StartOfDayUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), London);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));
}
