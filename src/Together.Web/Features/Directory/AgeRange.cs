namespace Together.Web.Features.ServiceDirectory;

/// <summary>
/// Age eligibility. A missing minimum or maximum means "no limit". Searching for an age range returns the services
/// whose ages overlap it, so a search for 4 to 11 year olds finds a 0 to 5 service and a 10 to 16 service.
/// </summary>
public static class AgeRange
{
    public static bool Overlaps(int? serviceMinimum, int? serviceMaximum, double? wantedMinimum, double? wantedMaximum) =>
        (wantedMinimum is null || serviceMaximum is null || serviceMaximum >= wantedMinimum)
        && (wantedMaximum is null || serviceMinimum is null || serviceMinimum <= wantedMaximum);

    /// <summary>"Ages 0 to 5", "Ages 11 and over", "Up to age 18", "All ages".</summary>
    public static string Describe(int? minimum, int? maximum) => (minimum, maximum) switch
    {
        (null or 0, null) => "All ages",
        ({ } min, null) => $"Ages {min} and over",
        (null or 0, { } max) => $"Up to age {max}",
        ({ } min, { } max) => $"Ages {min} to {max}",
    };
}
