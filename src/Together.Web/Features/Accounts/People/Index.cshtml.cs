using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Accounts.People;

/// <summary>Everyone who can sign in, and invitations not yet accepted.</summary>
public sealed class IndexModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(string Id, string Name, string Email, string? Organisation, IReadOnlyList<string> Roles, bool TwoFactor, DateTime? LastSignInAt, DateTime? DeactivatedAt);

    public IReadOnlyList<Row> People { get; private set; } = [];

    public IReadOnlyList<(Invitation Invitation, InvitationState State)> Invitations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           select new { userRole.UserId, role.Name }).ToListAsync();
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name ?? "");
        var users = await db.Users.Include(u => u.Organisation).ToListAsync();
        People = [.. users
            .OrderBy(u => u.DeactivatedAt is not null)
            .ThenBy(u => u.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(u => new Row(u.Id, u.DisplayName, u.Email ?? "", u.Organisation?.Name, [.. rolesByUser[u.Id].Order(StringComparer.Ordinal)], u.TwoFactorEnabled, u.LastSignInAt, u.DeactivatedAt))];

        var now = clock.GetUtcNow().UtcDateTime;
        var invitations = await db.Invitations.Where(i => i.SentAt != null && i.AcceptedAt == null).ToListAsync();
        Invitations = [.. invitations.OrderByDescending(i => i.SentAt).Select(i => (i, i.StateAt(now)))];
    }
}
