using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Contact.Inbox;

/// <summary>The staff inbox: messages sent through "Contact the Trust", newest first, filtered by status and assignee.</summary>
[Authorize(Policy = Policies.Staff)]
// For now only administrators handle messages; remove this line to open the inbox to every staff role.
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(TogetherDbContext db, UserManager<TogetherUser> users) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Assignee { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public sealed record Row(Guid Id, DateTime ReceivedAt, string Preview, bool Withheld, ContactStatus Status, string? AssignedTo, bool WantsReply, string? AboutPath);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<TogetherUser> Staff { get; private set; } = [];

    public int Total { get; private set; }

    public PageLinks Pagination => new(PageNumber, PageLinks.Count(Total, PageSize), PageUrl);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Staff = await InboxStaff.ListAsync(users);
        var messages = db.ContactMessages.AsNoTracking();
        if (Enum.TryParse<ContactStatus>(Status, out var status) && Enum.IsDefined(status))
        {
            messages = messages.Where(m => m.Status == status);
        }
        else
        {
            Status = null;
        }

        if (Assignee == "none")
        {
            messages = messages.Where(m => m.AssignedToUserId == null);
        }
        else if (!string.IsNullOrEmpty(Assignee))
        {
            messages = messages.Where(m => m.AssignedToUserId == Assignee);
        }

        Total = await messages.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageLinks.Count(Total, PageSize));
        var page = await messages
            .OrderByDescending(m => m.ReceivedAt)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(m => new { m.Id, m.ReceivedAt, m.Message, m.ScreeningStatus, m.Status, Assigned = m.AssignedTo == null ? null : m.AssignedTo.DisplayName, m.Reply, m.AboutPath })
            .ToListAsync(cancellationToken);
        var canSeeWithheld = InboxStaff.CanReadWithheld(User);
        Rows = page.Select(m =>
        {
            var withheld = m.ScreeningStatus == Infrastructure.Safeguarding.ScreeningStatus.Flagged && !canSeeWithheld;
            return new Row(m.Id, m.ReceivedAt, withheld ? "" : InboxStaff.Preview(m.Message), withheld, m.Status, m.Assigned, m.Reply == ReplyPreference.Email, m.AboutPath);
        }).ToList();
    }

    public string PageUrl(int page) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/inbox", new Dictionary<string, string?>
        {
            ["Status"] = Status,
            ["Assignee"] = Assignee,
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(q => !string.IsNullOrEmpty(q.Value)));
}

/// <summary>Who handles the inbox and what they may read.</summary>
public static class InboxStaff
{
    /// <summary>People a message can be assigned to: those who can open the inbox.</summary>
    public static async Task<IReadOnlyList<TogetherUser>> ListAsync(UserManager<TogetherUser> users) =>
        (await users.GetUsersInRoleAsync(Roles.Administrator))
            .Where(u => u.DeactivatedAt is null)
            .OrderBy(u => u.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>A message the safeguarding screen flagged is read by a safeguarding lead before anyone else.</summary>
    public static bool CanReadWithheld(System.Security.Claims.ClaimsPrincipal user) => user.IsInRole(Roles.SafeguardingLead);

    public static string Preview(string message)
    {
        var oneLine = message.ReplaceLineEndings(" ");
        return oneLine.Length <= 120 ? oneLine : oneLine[..117].TrimEnd() + "…";
    }
}
