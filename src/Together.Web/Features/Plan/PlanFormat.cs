using System.Globalization;

namespace Together.Web.Features.Plan;

/// <summary>How plan dates and times are written on pages: "1 April 2024", in UK time.</summary>
public static class PlanFormat
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Years(PlanPeriod period) => $"{period.StartsOn.Year} to {period.EndsOn.Year}";

    /// <summary>An instant stored in UTC, shown in UK local time: "23 November 2026 at 10:00am".</summary>
    public static string Instant(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTime);
        return local.ToString("d MMMM yyyy 'at' h:mm", English) + local.ToString("tt", English).ToLowerInvariant();
    }
}
