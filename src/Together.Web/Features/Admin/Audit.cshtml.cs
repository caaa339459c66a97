using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Auditing;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin;

/// <summary>The audit log, newest first, filtered by record, person, action and date.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class AuditModel(TogetherDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true, Name = "User")]
    public string? UserFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "Action")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateField From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateField To { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public PageLinks Pagination => new(PageNumber, PageLinks.Count(Total, PageSize), PageUrl);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        EntityTypes = await db.AuditEntries.AsNoTracking().Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        var (range, errors) = DateRange.Read(From, To);
        foreach (var (key, message) in errors)
        {
            this.AddError(key, message);
        }

        if (errors.Count > 0)
        {
            return;
        }

        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(EntityType))
        {
            entries = entries.Where(e => e.EntityType == EntityType);
        }

        if (!string.IsNullOrWhiteSpace(EntityId))
        {
            var id = EntityId.Trim();
            entries = entries.Where(e => e.EntityId == id);
        }

        if (!string.IsNullOrWhiteSpace(UserFilter))
        {
            // Names are email addresses; match a part of one, whatever its case, the same way on both databases.
            var pattern = "%" + UserFilter.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            entries = entries.Where(e => EF.Functions.Like(e.UserName.ToLower(), pattern, "\\"));
        }

        if (Enum.TryParse<AuditAction>(ActionFilter, out var action) && Enum.IsDefined(action))
        {
            entries = entries.Where(e => e.Action == action);
        }
        else
        {
            ActionFilter = null;
        }

        if (range.FromUtc is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }

        if (range.ToUtcExclusive is { } to)
        {
            entries = entries.Where(e => e.OccurredAt < to);
        }

        Total = await entries.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageLinks.Count(Total, PageSize));
        Entries = await entries
            .OrderByDescending(e => e.OccurredAt)
            .ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
    }

    public string PageUrl(int page) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/audit", new Dictionary<string, string?>
        {
            ["EntityType"] = EntityType,
            ["EntityId"] = EntityId,
            ["User"] = UserFilter,
            ["Action"] = ActionFilter,
            ["From.Day"] = From.Day, ["From.Month"] = From.Month, ["From.Year"] = From.Year,
            ["To.Day"] = To.Day, ["To.Month"] = To.Month, ["To.Year"] = To.Year,
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(q => !string.IsNullOrEmpty(q.Value)));
}
