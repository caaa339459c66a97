using Together.Web.Features.Organisations;

namespace Together.Web.Features.Accounts;

/// <summary>Words and times as people read them on the accounts pages and in emails.</summary>
public static class AccountsText
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>UK local time, for example "30 November 2026 at 10:00am".</summary>
    public static string UkDateTime(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTime);
        return local.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) + " at "
            + local.ToString("h:mm", System.Globalization.CultureInfo.InvariantCulture)
            + (local.Hour < 12 ? "am" : "pm");
    }

    public static string Kind(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Council => "Council",
        OrganisationKind.Nhs => "NHS",
        OrganisationKind.Police => "Police",
        OrganisationKind.School => "School",
        OrganisationKind.College => "College",
        OrganisationKind.VoluntaryAndCommunity => "Voluntary and community sector",
        OrganisationKind.YouthJustice => "Youth justice",
        OrganisationKind.YouthCouncil => "Youth Council",
        _ => "Other",
    };

    public static string RoleHint(string role) => role switch
    {
        Roles.Administrator => "Manages people, organisations and the whole service",
        Roles.BoardMember => "Sits on the Trust board",
        Roles.Partner => "Works for a partner organisation",
        Roles.Commissioner => "Commissions services",
        Roles.SafeguardingLead => "Sees safeguarding concerns raised through the service",
        Roles.YouthCouncilMember => "A young person on the Youth Council; signs in with a password only",
        _ => "",
    };
}
