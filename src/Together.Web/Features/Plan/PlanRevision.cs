using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Together.Web.Features.Plan;

/// <summary>The kinds of plan content an administrator can edit. The slug is the kind's part of the admin address.</summary>
public enum PlanItemKind
{
    Period,
    Outcome,
    FocusArea,
    Principle,
    DifferenceStatement,
    Behaviour,
    Belief,
    Section,
}

/// <summary>
/// One saved version of one piece of plan content. Saving an edit adds a draft revision; publishing copies the
/// revision's fields onto the live row. Revisions are never changed afterwards except to record when they were published.
/// </summary>
public sealed class PlanRevision
{
    public long Id { get; set; }
    public PlanItemKind ItemKind { get; set; }
    public Guid ItemId { get; set; }
    public Guid PeriodId { get; set; }

    /// <summary>1, 2, 3… per item; unique, so a repeated submit cannot add the same version twice.</summary>
    public int Version { get; set; }

    /// <summary>The item's editable fields as a JSON object of strings (see PlanItems).</summary>
    public string Content { get; set; } = "{}";
    public string? AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string? PublishedByName { get; set; }

    /// <summary>When this draft was made by restoring an earlier version, that version.</summary>
    public int? RestoredFromVersion { get; set; }
}

internal sealed class PlanRevisionConfiguration : IEntityTypeConfiguration<PlanRevision>
{
    public void Configure(EntityTypeBuilder<PlanRevision> builder)
    {
        builder.ToTable("PlanRevisions");
        builder.Property(r => r.ItemKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Content).HasMaxLength(100_000);
        builder.Property(r => r.AuthorId).HasMaxLength(450);
        builder.Property(r => r.AuthorName).HasMaxLength(256);
        builder.Property(r => r.PublishedByName).HasMaxLength(256);
        builder.HasIndex(r => new { r.ItemKind, r.ItemId, r.Version }).IsUnique();
        builder.HasIndex(r => r.PeriodId);
    }
}
