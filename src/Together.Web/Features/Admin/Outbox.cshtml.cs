using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Notifications;

namespace Together.Web.Features.Admin;

/// <summary>Every email in the outbox, newest first, so staff can see one that failed to send and why.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class OutboxModel(TogetherDbContext db) : PageModel
{
    public const int PageSize = 50;

    /// <summary>all, waiting (not yet sent), failed (not sent and the last attempt failed) or sent.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];

    public int Total { get; private set; }

    public int Failed { get; private set; }

    public PageLinks Pagination => new(PageNumber, PageLinks.Count(Total, PageSize), PageUrl);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var messages = db.OutboxMessages.AsNoTracking();
        Failed = await messages.CountAsync(m => m.SentAt == null && m.LastError != null, cancellationToken);
        messages = Show switch
        {
            "waiting" => messages.Where(m => m.SentAt == null),
            "failed" => messages.Where(m => m.SentAt == null && m.LastError != null),
            "sent" => messages.Where(m => m.SentAt != null),
            _ => messages,
        };
        if (Show is not ("waiting" or "failed" or "sent"))
        {
            Show = null;
        }

        Total = await messages.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageLinks.Count(Total, PageSize));
        Messages = await messages
            .OrderByDescending(m => m.CreatedAt)
            .ThenBy(m => m.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
    }

    public string PageUrl(int page) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/outbox", new Dictionary<string, string?>
        {
            ["Show"] = Show,
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(q => !string.IsNullOrEmpty(q.Value)));
}
