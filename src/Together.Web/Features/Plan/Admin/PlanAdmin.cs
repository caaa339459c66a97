using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Together.Web.Features.Accounts;

namespace Together.Web.Features.Plan.Admin;

/// <summary>Small helpers shared by the plan administration pages.</summary>
public static class PlanAdmin
{
    public static async Task<PlanAuthor> AuthorAsync(UserManager<TogetherUser> users, ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        return user is null
            ? new PlanAuthor(null, principal.Identity?.Name ?? "unknown")
            : new PlanAuthor(user.Id, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? user.UserName ?? user.Id : user.DisplayName);
    }

    public static string EditUrl(PlanItemKind kind, Guid id) => $"/admin/plan/{PlanItems.Slug(kind)}/{id}";

    public static string HistoryUrl(PlanItemKind kind, Guid id) => $"/admin/plan/{PlanItems.Slug(kind)}/{id}/history";

    public static string PreviewUrl(long revisionId) => $"/admin/plan/revisions/{revisionId}/preview";

    public static string RevisionUrl(long revisionId) => $"/admin/plan/revisions/{revisionId}";

    public static string PeriodUrl(Guid periodId) => $"/admin/plan/periods/{periodId}";

    /// <summary>Where the public sees an item of <paramref name="plan"/>.</summary>
    public static string PublicUrl(PlanView plan, PlanItemKind kind, object item) => kind switch
    {
        PlanItemKind.Outcome => plan.OutcomeUrl((Outcome)item),
        PlanItemKind.FocusArea => plan.FocusAreaUrl((FocusArea)item),
        PlanItemKind.Principle => plan.Url("/together"),
        PlanItemKind.DifferenceStatement => plan.Url("/how-we-will-know"),
        PlanItemKind.Behaviour => plan.Url("/behaviours"),
        _ => plan.Url(),
    };

    /// <summary>How a version stands, for the history table.</summary>
    public static (string Text, string TagClass) Status(PlanRevision revision, IReadOnlyList<PlanRevision> history)
    {
        var current = history.Where(r => r.PublishedAt is not null).MaxBy(r => r.Version);
        if (revision.PublishedAt is not null)
        {
            return revision.Id == current?.Id ? ("Published", "govuk-tag--green") : ("Replaced", "govuk-tag--grey");
        }

        return current is null || revision.Version > current.Version
            ? (revision.Version == history.Max(r => r.Version) ? ("Draft", "govuk-tag--yellow") : ("Not published", "govuk-tag--grey"))
            : ("Not published", "govuk-tag--grey");
    }
}
