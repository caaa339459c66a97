using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Together.Web.Features.Areas;

public enum AreaKind
{
    Country,
    Region,
    LocalAuthority,
    Locality,
    Ward,
}

/// <summary>
/// A place: England, the North West, Cheshire East and its statistical neighbours, the towns (localities)
/// and, in time, wards. Localities hang under Cheshire East through ParentId.
/// </summary>
public sealed class Area
{
    /// <summary>Stable slug used in URLs and by other features, e.g. "crewe" or "cheshire-east".</summary>
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public AreaKind Kind { get; set; }
    public string? ParentId { get; set; }
    public Area? Parent { get; set; }
    /// <summary>ONS GSS code where one exists (E06000049 for Cheshire East).</summary>
    public string? GssCode { get; set; }
    public int SortOrder { get; set; }
}

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> builder)
    {
        builder.ToTable("Areas");
        builder.Property(a => a.Id).HasMaxLength(80);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.GssCode).HasMaxLength(12);
        builder.HasOne(a => a.Parent).WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
