using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Together.Web.Features.Organisations;

public enum OrganisationKind
{
    Council,
    Nhs,
    Police,
    School,
    College,
    VoluntaryAndCommunity,
    YouthJustice,
    YouthCouncil,
    Other,
}

/// <summary>A partner organisation in the Trust.</summary>
public sealed class Organisation
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public OrganisationKind Kind { get; set; }
    public string? Website { get; set; }
    public string? Description { get; set; }
    public bool IsActive { get; set; } = true;
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Slug).HasMaxLength(100);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.Website).HasMaxLength(500);
        builder.Property(o => o.Description).HasMaxLength(2000);
        builder.HasIndex(o => o.Slug).IsUnique();
    }
}
