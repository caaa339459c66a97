using System.Reflection;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Together.Web.Infrastructure.Auditing;

/// <summary>Writes an audit entry for every added, changed or deleted row, in the same transaction as the change.</summary>
public sealed class AuditSaveChangesInterceptor(IHttpContextAccessor httpContextAccessor, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> IdentitySecrets = new(StringComparer.Ordinal)
    {
        nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp), nameof(IdentityUser.ConcurrencyStamp),
    };

    // Enums are written by name so the log reads "InProgress", not "1", and stays right if an enum is reordered.
    private static readonly JsonSerializerOptions SnapshotJson = new() { Converters = { new JsonStringEnumConverter() } };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddAuditEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddAuditEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddAuditEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var http = httpContextAccessor.HttpContext;
        var (userId, userName) = CurrentUser(http?.User);
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not AuditEntry && e.Metadata.ClrType.GetCustomAttribute<NotAuditedAttribute>() is null)
            .ToList();

        foreach (var entry in entries)
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Updated,
            };
            var before = action == AuditAction.Created ? null : Snapshot(entry, original: true);
            var after = action == AuditAction.Deleted ? null : Snapshot(entry, original: false);
            if (action == AuditAction.Updated && before == after)
            {
                continue;
            }

            context.Add(new AuditEntry
            {
                OccurredAt = now,
                UserId = userId,
                UserName = userName,
                Action = action,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Before = before,
                After = after,
                Path = http?.Request.Path.Value,
            });
        }
    }

    internal static (string? Id, string Name) CurrentUser(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
            ? (user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity.Name ?? "unknown")
            : (null, "anonymous or system");

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return "";
        }

        // Store-generated keys are temporary until saved; the type and after-values still identify the row.
        return string.Join(",", key.Properties.Select(p => entry.Property(p.Name).IsTemporary ? "(new)" : Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Snapshot(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            // Authenticator keys and recovery codes live in IdentityUserToken.Value.
            var redacted = IdentitySecrets.Contains(name)
                || (entry.Entity is IdentityUserToken<string> && name == nameof(IdentityUserToken<string>.Value))
                || property.Metadata.PropertyInfo?.GetCustomAttribute<AuditRedactedAttribute>() is not null;
            values[name] = redacted ? "(redacted)" : original ? property.OriginalValue : property.CurrentValue;
        }

        return JsonSerializer.Serialize(values, SnapshotJson);
    }
}
