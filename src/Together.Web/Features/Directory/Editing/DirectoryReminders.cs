using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Notifications;

namespace Together.Web.Features.ServiceDirectory;

/// <summary>Who hears about a service: the editors of the partner that owns it, or else the provider's own address.</summary>
public sealed class ServiceOwners(UserManager<TogetherUser> users)
{
    public async Task<IReadOnlyList<string>> EmailsAsync(DirectoryOrganization organization, CancellationToken ct)
    {
        if (organization.OwnerOrganisationId is { } owner)
        {
            var editors = (await users.GetUsersInRoleAsync(Roles.Partner))
                .Where(u => u.OrganisationId == owner && u.DeactivatedAt is null && u.Email is not null)
                .Select(u => u.Email!)
                .Order(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (editors.Count > 0)
            {
                return editors;
            }
        }

        return organization.Email is { Length: > 0 } email ? [email] : [];
    }
}

/// <summary>
/// Six months after a service was last checked, its owner is asked to check it (once per check: the check date the
/// reminder was sent for is stored). After twelve months the service shows as out of date (see ServiceFreshness).
/// </summary>
public sealed class DirectoryReminders(TogetherDbContext db, ServiceOwners owners, NotificationOutbox outbox, TimeProvider clock)
{
    public const string Category = "directory.check-reminder";

    public async Task<int> SendDueAsync(string siteUrl, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = now.AddMonths(-ServiceFreshness.ReminderMonths);
        var candidates = await db.DirectoryServices
            .Where(s => s.Status != ServiceStatus.Defunct && (s.AssuredDate ?? s.LastModified) <= due)
            .Select(s => new { s.Id, s.Name, s.OrganizationId, Checked = s.AssuredDate ?? s.LastModified })
            .ToListAsync(ct);
        var ids = candidates.Select(c => c.Id).ToList();
        var upkeep = await db.DirectoryServiceUpkeep.Where(u => ids.Contains(u.ServiceId)).ToDictionaryAsync(u => u.ServiceId, ct);
        var toRemind = candidates.Where(c => !upkeep.TryGetValue(c.Id, out var u) || u.ReminderSentForCheck != c.Checked).ToList();
        if (toRemind.Count == 0)
        {
            return 0;
        }

        var organizationIds = toRemind.Select(c => c.OrganizationId).Distinct().ToList();
        var organizations = await db.DirectoryOrganizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToListAsync(ct);
        var sent = 0;
        foreach (var organization in organizations.OrderBy(o => o.Name))
        {
            var services = toRemind.Where(c => c.OrganizationId == organization.Id).OrderBy(c => c.Name).ToList();
            var body = $"These services in the {organization.Name} entry of the directory were last checked more than {ServiceFreshness.ReminderMonths} months ago. "
                + "Please check each one and either confirm it is still correct or send a change.\n\n"
                + string.Join("\n", services.Select(s => $"- {s.Name} (last checked {Shared.UkTime.Date(s.Checked)}): {siteUrl}/services/manage/{s.Id}"))
                + $"\n\nAfter {ServiceFreshness.OutOfDateMonths} months without a check, a service is shown to the public as out of date.\n";
            foreach (var to in await owners.EmailsAsync(organization, ct))
            {
                outbox.Enqueue(to, "Please check your services in the directory", body, Category);
                sent++;
            }

            foreach (var service in services)
            {
                if (!upkeep.TryGetValue(service.Id, out var row))
                {
                    row = new DirectoryServiceUpkeep { ServiceId = service.Id };
                    db.DirectoryServiceUpkeep.Add(row);
                }

                row.ReminderSentForCheck = service.Checked;
                row.ReminderSentAt = now;
            }
        }

        await db.SaveChangesAsync(ct);
        return sent;
    }
}

/// <summary>Looks for services due a reminder once an hour.</summary>
public sealed class DirectoryReminderService(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<DirectoryReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var siteUrl = (configuration["Directory:SiteUrl"] ?? "http://localhost:5000").TrimEnd('/');
                var count = await scope.ServiceProvider.GetRequiredService<DirectoryReminders>().SendDueAsync(siteUrl, stoppingToken);
                if (count > 0)
                {
                    logger.LogInformation("Queued {Count} directory check reminders", count);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Sending directory check reminders failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
