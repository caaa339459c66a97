namespace Together.Web.Features.Accounts;

/// <summary>The roles people hold. Staff roles must use an authenticator app as a second factor.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string BoardMember = "Board member";
    public const string Partner = "Partner";
    public const string Commissioner = "Commissioner";
    public const string SafeguardingLead = "Safeguarding lead";
    public const string YouthCouncilMember = "Youth Council member";

    public static readonly IReadOnlyList<string> All =
        [Administrator, BoardMember, Partner, Commissioner, SafeguardingLead, YouthCouncilMember];

    /// <summary>Roles that reach partner or children's data and so require two-factor authentication.</summary>
    public static readonly IReadOnlyList<string> Staff =
        [Administrator, BoardMember, Partner, Commissioner, SafeguardingLead];

    public static bool IsStaffRole(string role) => Staff.Contains(role, StringComparer.Ordinal);
}
