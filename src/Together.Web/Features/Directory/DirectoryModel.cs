using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Features.Areas;
using Together.Web.Features.Organisations;

// The namespace is ServiceDirectory, not Directory, so that it never hides System.IO.Directory in sibling namespaces.
namespace Together.Web.Features.ServiceDirectory;

// The directory follows Open Referral UK (HSDS 3.0, UK profile). Table and column names are ours; the ORUK
// field names appear only in the API mapping (OrukMapper), so the database can stay in the platform's style.

public enum ServiceStatus
{
    Active,
    Inactive,
    Defunct,
    TemporarilyClosed,
}

public enum LocationType
{
    Physical,
    Postal,
    Virtual,
}

public enum ScheduleFrequency
{
    Weekly,
    Monthly,
}

public enum PlaceKind
{
    Postcode,
    District,
    Town,
}

/// <summary>An organisation that provides services (HSDS organization). May belong to a partner Organisation, which then manages it.</summary>
public sealed class DirectoryOrganization
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string? Email { get; set; }
    public string? Website { get; set; }
    /// <summary>The Trust partner that owns and edits this directory organisation, if any.</summary>
    public Guid? OwnerOrganisationId { get; set; }
    public Organisation? OwnerOrganisation { get; set; }
    public DateTime LastModified { get; set; }
    public List<DirectoryService> Services { get; set; } = [];
}

/// <summary>A service (HSDS service), with its eligibility (ages, description) and how it is delivered.</summary>
public sealed class DirectoryService
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public DirectoryOrganization Organization { get; set; } = null!;
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string? Url { get; set; }
    public string? Email { get; set; }
    public ServiceStatus Status { get; set; } = ServiceStatus.Active;
    public string? Fees { get; set; }
    public string? Accreditations { get; set; }
    public int? MinimumAge { get; set; }
    public int? MaximumAge { get; set; }
    public string? EligibilityDescription { get; set; }
    /// <summary>How to get the service (HSDS application_process).</summary>
    public string? ApplicationProcess { get; set; }
    /// <summary>Support for children and young people with special educational needs and disabilities; null when none is described.</summary>
    public string? SendSupport { get; set; }
    public bool DeliveredInPerson { get; set; }
    public bool DeliveredOnline { get; set; }
    public bool DeliveredByPhone { get; set; }
    public string? Alert { get; set; }
    /// <summary>The day the information was last checked with the provider (HSDS assured_date).</summary>
    public DateTime? AssuredDate { get; set; }
    public string? AssurerEmail { get; set; }
    public DateTime LastModified { get; set; }

    public List<DirectoryServiceAtLocation> ServiceAtLocations { get; set; } = [];
    public List<DirectorySchedule> Schedules { get; set; } = [];
    public List<DirectoryCostOption> CostOptions { get; set; } = [];
    public List<DirectoryLanguage> Languages { get; set; } = [];
    public List<DirectoryServiceArea> ServiceAreas { get; set; } = [];
    public List<DirectoryContact> Contacts { get; set; } = [];
    public List<DirectoryPhone> Phones { get; set; } = [];
    public List<DirectoryAttribute> Attributes { get; set; } = [];
}

public sealed class DirectoryLocation
{
    public Guid Id { get; set; }
    public LocationType LocationType { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public DateTime LastModified { get; set; }
    public List<DirectoryAddress> Addresses { get; set; } = [];
    public List<DirectoryAccessibility> Accessibility { get; set; } = [];
}

public sealed class DirectoryAddress
{
    public Guid Id { get; set; }
    public Guid LocationId { get; set; }
    public string? Attention { get; set; }
    public string Address1 { get; set; } = "";
    public string? Address2 { get; set; }
    public string City { get; set; } = "";
    public string? Region { get; set; }
    public string StateProvince { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string Country { get; set; } = "GB";
    public LocationType AddressType { get; set; }
}

public sealed class DirectoryAccessibility
{
    public Guid Id { get; set; }
    public Guid LocationId { get; set; }
    public string? Description { get; set; }
    public string? Details { get; set; }
    public string? Url { get; set; }
}

public sealed class DirectoryServiceAtLocation
{
    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }
    public DirectoryService Service { get; set; } = null!;
    public Guid LocationId { get; set; }
    public DirectoryLocation Location { get; set; } = null!;
    public string? Description { get; set; }
}

/// <summary>When a service is open, in the RFC 5545 style HSDS uses (FREQ, BYDAY, BYMONTHDAY) with local opening times.</summary>
public sealed class DirectorySchedule
{
    public Guid Id { get; set; }
    public Guid? ServiceId { get; set; }
    public Guid? ServiceAtLocationId { get; set; }
    public DateTime? ValidFrom { get; set; }
    public DateTime? ValidTo { get; set; }
    public DateTime? DtStart { get; set; }
    public ScheduleFrequency Frequency { get; set; } = ScheduleFrequency.Weekly;
    public int? Interval { get; set; }
    /// <summary>RFC 5545 days, e.g. "TU,TH"; for monthly schedules may carry an ordinal, e.g. "1SA".</summary>
    public string? ByDay { get; set; }
    public string? ByMonthDay { get; set; }
    /// <summary>Local (Europe/London) time "HH:mm".</summary>
    public string? OpensAt { get; set; }
    public string? ClosesAt { get; set; }
    public string? Description { get; set; }
    public string? Notes { get; set; }
    public string? AttendingType { get; set; }
}

public sealed class DirectoryCostOption
{
    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }
    public string? Option { get; set; }
    public double? Amount { get; set; }
    public string? AmountDescription { get; set; }
    public DateTime? ValidFrom { get; set; }
    public DateTime? ValidTo { get; set; }
}

public sealed class DirectoryLanguage
{
    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>ISO 639 code, e.g. "en", "pl", "bsl" for British Sign Language.</summary>
    public string? Code { get; set; }
    public string? Note { get; set; }
}

public sealed class DirectoryServiceArea
{
    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The platform's area (a locality or Cheshire East), when the service area is one of them.</summary>
    public string? AreaId { get; set; }
    public Area? Area { get; set; }
    public string? Uri { get; set; }
}

public sealed class DirectoryContact
{
    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Department { get; set; }
    public string? Email { get; set; }
}

public sealed class DirectoryPhone
{
    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }
    public string Number { get; set; } = "";
    public string? Type { get; set; }
    public string? Description { get; set; }
}

public sealed class DirectoryTaxonomy
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string? Uri { get; set; }
    public string? Version { get; set; }
    public List<DirectoryTaxonomyTerm> Terms { get; set; } = [];
}

/// <summary>A category in a taxonomy; ParentId makes the tree (e.g. Health &gt; Mental health and wellbeing).</summary>
public sealed class DirectoryTaxonomyTerm
{
    public Guid Id { get; set; }
    public Guid TaxonomyId { get; set; }
    public DirectoryTaxonomy Taxonomy { get; set; } = null!;
    public Guid? ParentId { get; set; }
    /// <summary>Stable short code used in people's search URLs, e.g. "early-years".</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string? TermUri { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>Links a taxonomy term to a service (HSDS attribute with link_type "service").</summary>
public sealed class DirectoryAttribute
{
    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }
    public Guid TaxonomyTermId { get; set; }
    public DirectoryTaxonomyTerm TaxonomyTerm { get; set; } = null!;
    public string? Value { get; set; }
}

/// <summary>The change trail (HSDS metadata): who changed which field of which record, and when.</summary>
public sealed class DirectoryMetadata
{
    public Guid Id { get; set; }
    public Guid ResourceId { get; set; }
    public string ResourceType { get; set; } = "";
    public DateTime LastActionDate { get; set; }
    public string LastActionType { get; set; } = "";
    public string FieldName { get; set; } = "";
    public string? PreviousValue { get; set; }
    public string? ReplacementValue { get; set; }
    public string UpdatedBy { get; set; } = "";
}

/// <summary>A place people can search from: a full postcode, a postcode district or a town, with its centre.</summary>
[Together.Web.Infrastructure.Auditing.NotAudited] // public reference data (ONS or Ordnance Survey), bulk-loaded; nothing personal
public sealed class DirectoryPlace
{
    /// <summary>Normalised key: postcodes upper case without spaces ("CW11HJ"), towns lower case ("crewe").</summary>
    public string Key { get; set; } = "";
    public string Display { get; set; } = "";
    public PlaceKind Kind { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    /// <summary>True when the point stands for a whole district or town rather than a surveyed postcode centroid.</summary>
    public bool IsApproximate { get; set; }
    public string Source { get; set; } = "";
}

/// <summary>A full-text hit: the service and its relevance (lower is better), from the provider's full-text index.</summary>
public sealed class DirectorySearchHit
{
    public Guid ServiceId { get; set; }
    public double Rank { get; set; }
}

internal sealed class DirectoryOrganizationConfiguration : IEntityTypeConfiguration<DirectoryOrganization>
{
    public void Configure(EntityTypeBuilder<DirectoryOrganization> builder)
    {
        builder.ToTable("DirectoryOrganizations");
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Description).HasMaxLength(4000);
        builder.Property(o => o.Email).HasMaxLength(254);
        builder.Property(o => o.Website).HasMaxLength(500);
        builder.HasOne(o => o.OwnerOrganisation).WithMany().HasForeignKey(o => o.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.Name);
    }
}

internal sealed class DirectoryServiceConfiguration : IEntityTypeConfiguration<DirectoryService>
{
    public void Configure(EntityTypeBuilder<DirectoryService> builder)
    {
        builder.ToTable("DirectoryServices");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Description).HasMaxLength(4000);
        builder.Property(s => s.Url).HasMaxLength(500);
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Fees).HasMaxLength(1000);
        builder.Property(s => s.Accreditations).HasMaxLength(1000);
        builder.Property(s => s.EligibilityDescription).HasMaxLength(1000);
        builder.Property(s => s.ApplicationProcess).HasMaxLength(2000);
        builder.Property(s => s.SendSupport).HasMaxLength(1000);
        builder.Property(s => s.Alert).HasMaxLength(1000);
        builder.Property(s => s.AssurerEmail).HasMaxLength(254);
        builder.HasOne(s => s.Organization).WithMany(o => o.Services).HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.LastModified);
        builder.HasIndex(s => new { s.Status, s.Name });
        builder.HasMany(s => s.Schedules).WithOne().HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.CostOptions).WithOne().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Languages).WithOne().HasForeignKey(l => l.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.ServiceAreas).WithOne().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Contacts).WithOne().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Phones).WithOne().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Attributes).WithOne().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.ServiceAtLocations).WithOne(l => l.Service).HasForeignKey(l => l.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DirectoryLocationConfiguration : IEntityTypeConfiguration<DirectoryLocation>
{
    public void Configure(EntityTypeBuilder<DirectoryLocation> builder)
    {
        builder.ToTable("DirectoryLocations");
        builder.Property(l => l.LocationType).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.Description).HasMaxLength(2000);
        builder.HasIndex(l => new { l.Latitude, l.Longitude });
        builder.HasMany(l => l.Addresses).WithOne().HasForeignKey(a => a.LocationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Accessibility).WithOne().HasForeignKey(a => a.LocationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DirectoryAddressConfiguration : IEntityTypeConfiguration<DirectoryAddress>
{
    public void Configure(EntityTypeBuilder<DirectoryAddress> builder)
    {
        builder.ToTable("DirectoryAddresses");
        builder.Property(a => a.Attention).HasMaxLength(200);
        builder.Property(a => a.Address1).HasMaxLength(200);
        builder.Property(a => a.Address2).HasMaxLength(200);
        builder.Property(a => a.City).HasMaxLength(100);
        builder.Property(a => a.Region).HasMaxLength(100);
        builder.Property(a => a.StateProvince).HasMaxLength(100);
        builder.Property(a => a.PostalCode).HasMaxLength(10);
        builder.Property(a => a.Country).HasMaxLength(2);
        builder.Property(a => a.AddressType).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class DirectoryAccessibilityConfiguration : IEntityTypeConfiguration<DirectoryAccessibility>
{
    public void Configure(EntityTypeBuilder<DirectoryAccessibility> builder)
    {
        builder.ToTable("DirectoryAccessibility");
        builder.Property(a => a.Description).HasMaxLength(1000);
        builder.Property(a => a.Details).HasMaxLength(1000);
        builder.Property(a => a.Url).HasMaxLength(500);
    }
}

internal sealed class DirectoryServiceAtLocationConfiguration : IEntityTypeConfiguration<DirectoryServiceAtLocation>
{
    public void Configure(EntityTypeBuilder<DirectoryServiceAtLocation> builder)
    {
        builder.ToTable("DirectoryServiceAtLocations");
        builder.Property(l => l.Description).HasMaxLength(1000);
        builder.HasOne(l => l.Location).WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.ServiceId, l.LocationId }).IsUnique();
    }
}

internal sealed class DirectoryScheduleConfiguration : IEntityTypeConfiguration<DirectorySchedule>
{
    public void Configure(EntityTypeBuilder<DirectorySchedule> builder)
    {
        builder.ToTable("DirectorySchedules");
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.ByDay).HasMaxLength(50);
        builder.Property(s => s.ByMonthDay).HasMaxLength(50);
        builder.Property(s => s.OpensAt).HasMaxLength(5);
        builder.Property(s => s.ClosesAt).HasMaxLength(5);
        builder.Property(s => s.Description).HasMaxLength(500);
        builder.Property(s => s.Notes).HasMaxLength(500);
        builder.Property(s => s.AttendingType).HasMaxLength(50);
        builder.HasOne<DirectoryServiceAtLocation>().WithMany().HasForeignKey(s => s.ServiceAtLocationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DirectoryCostOptionConfiguration : IEntityTypeConfiguration<DirectoryCostOption>
{
    public void Configure(EntityTypeBuilder<DirectoryCostOption> builder)
    {
        builder.ToTable("DirectoryCostOptions");
        builder.Property(c => c.Option).HasMaxLength(200);
        builder.Property(c => c.AmountDescription).HasMaxLength(500);
    }
}

internal sealed class DirectoryLanguageConfiguration : IEntityTypeConfiguration<DirectoryLanguage>
{
    public void Configure(EntityTypeBuilder<DirectoryLanguage> builder)
    {
        builder.ToTable("DirectoryLanguages");
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.Code).HasMaxLength(10);
        builder.Property(l => l.Note).HasMaxLength(200);
        builder.HasIndex(l => new { l.Code, l.ServiceId });
    }
}

internal sealed class DirectoryServiceAreaConfiguration : IEntityTypeConfiguration<DirectoryServiceArea>
{
    public void Configure(EntityTypeBuilder<DirectoryServiceArea> builder)
    {
        builder.ToTable("DirectoryServiceAreas");
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.AreaId).HasMaxLength(80);
        builder.Property(a => a.Uri).HasMaxLength(500);
        builder.HasOne(a => a.Area).WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DirectoryContactConfiguration : IEntityTypeConfiguration<DirectoryContact>
{
    public void Configure(EntityTypeBuilder<DirectoryContact> builder)
    {
        builder.ToTable("DirectoryContacts");
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Department).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(254);
    }
}

internal sealed class DirectoryPhoneConfiguration : IEntityTypeConfiguration<DirectoryPhone>
{
    public void Configure(EntityTypeBuilder<DirectoryPhone> builder)
    {
        builder.ToTable("DirectoryPhones");
        builder.Property(p => p.Number).HasMaxLength(30);
        builder.Property(p => p.Type).HasMaxLength(20);
        builder.Property(p => p.Description).HasMaxLength(200);
    }
}

internal sealed class DirectoryTaxonomyConfiguration : IEntityTypeConfiguration<DirectoryTaxonomy>
{
    public void Configure(EntityTypeBuilder<DirectoryTaxonomy> builder)
    {
        builder.ToTable("DirectoryTaxonomies");
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Description).HasMaxLength(2000);
        builder.Property(t => t.Uri).HasMaxLength(500);
        builder.Property(t => t.Version).HasMaxLength(50);
        builder.HasMany(t => t.Terms).WithOne(t => t.Taxonomy).HasForeignKey(t => t.TaxonomyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DirectoryTaxonomyTermConfiguration : IEntityTypeConfiguration<DirectoryTaxonomyTerm>
{
    public void Configure(EntityTypeBuilder<DirectoryTaxonomyTerm> builder)
    {
        builder.ToTable("DirectoryTaxonomyTerms");
        builder.Property(t => t.Code).HasMaxLength(100);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Description).HasMaxLength(2000);
        builder.Property(t => t.TermUri).HasMaxLength(500);
        builder.HasOne<DirectoryTaxonomyTerm>().WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.TaxonomyId, t.Code }).IsUnique();
    }
}

internal sealed class DirectoryAttributeConfiguration : IEntityTypeConfiguration<DirectoryAttribute>
{
    public void Configure(EntityTypeBuilder<DirectoryAttribute> builder)
    {
        builder.ToTable("DirectoryAttributes");
        builder.Property(a => a.Value).HasMaxLength(200);
        builder.HasOne(a => a.TaxonomyTerm).WithMany().HasForeignKey(a => a.TaxonomyTermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.TaxonomyTermId, a.ServiceId });
    }
}

internal sealed class DirectoryMetadataConfiguration : IEntityTypeConfiguration<DirectoryMetadata>
{
    public void Configure(EntityTypeBuilder<DirectoryMetadata> builder)
    {
        builder.ToTable("DirectoryMetadata");
        builder.Property(m => m.ResourceType).HasMaxLength(50);
        builder.Property(m => m.LastActionType).HasMaxLength(50);
        builder.Property(m => m.FieldName).HasMaxLength(100);
        builder.Property(m => m.PreviousValue).HasMaxLength(4000);
        builder.Property(m => m.ReplacementValue).HasMaxLength(4000);
        builder.Property(m => m.UpdatedBy).HasMaxLength(200);
        builder.HasIndex(m => new { m.ResourceId, m.LastActionDate });
    }
}

internal sealed class DirectoryPlaceConfiguration : IEntityTypeConfiguration<DirectoryPlace>
{
    public void Configure(EntityTypeBuilder<DirectoryPlace> builder)
    {
        builder.ToTable("DirectoryPlaces");
        builder.HasKey(p => p.Key);
        builder.Property(p => p.Key).HasMaxLength(80);
        builder.Property(p => p.Display).HasMaxLength(80);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Source).HasMaxLength(50);
    }
}

internal sealed class DirectorySearchHitConfiguration : IEntityTypeConfiguration<DirectorySearchHit>
{
    // Not a table: the shape of the provider-specific full-text queries in ServiceSearch.
    public void Configure(EntityTypeBuilder<DirectorySearchHit> builder) => builder.HasNoKey().ToView(null);
}
