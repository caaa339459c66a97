using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Together.Web.Infrastructure.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Viewed,
}

/// <summary>Who did what to which record, when, with the values before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime OccurredAt { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "system";
    public AuditAction Action { get; set; }
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? Reason { get; set; }
    public string? Path { get; set; }
}

/// <summary>Marks an entity whose changes must not be audited (the audit log itself, high-volume queues).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotAuditedAttribute : Attribute;

/// <summary>Marks a property whose value must never be copied into the audit log (secrets, password hashes).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditRedactedAttribute : Attribute;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.EntityType).HasMaxLength(200);
        builder.Property(e => e.EntityId).HasMaxLength(200);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.Path).HasMaxLength(500);
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}
