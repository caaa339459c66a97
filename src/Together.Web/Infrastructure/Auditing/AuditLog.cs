using Together.Web.Infrastructure.Database;

namespace Together.Web.Infrastructure.Auditing;

/// <summary>Records views of sensitive records (safeguarding items, exempt papers, personal data).</summary>
public sealed class AuditLog(TogetherDbContext db, IHttpContextAccessor httpContextAccessor, TimeProvider clock)
{
    public async Task RecordViewAsync(string entityType, string entityId, string? reason = null, CancellationToken cancellationToken = default)
    {
        var http = httpContextAccessor.HttpContext;
        var (userId, userName) = AuditSaveChangesInterceptor.CurrentUser(http?.User);
        db.Add(new AuditEntry
        {
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            UserName = userName,
            Action = AuditAction.Viewed,
            EntityType = entityType,
            EntityId = entityId,
            Reason = reason,
            Path = http?.Request.Path.Value,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
