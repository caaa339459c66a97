using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Features.InformationSharing;
using Together.Web.Features.Organisations;

namespace Together.Web.Features.InformationSharing
{
    public enum AgreementStatus
    {
        Draft,
        Active,
        UnderReview,
        Ended,
    }

    /// <summary>UK GDPR Article 6(1) lawful bases.</summary>
    public enum LawfulBasis
    {
        Consent,
        Contract,
        LegalObligation,
        VitalInterests,
        PublicTask,
        LegitimateInterests,
    }

    public enum DpiaOutcome
    {
        NotDone,
        NoHighRisk,
        RisksMitigated,
        ConsultedIco,
    }

    /// <summary>
    /// A data sharing agreement between partners: a record of the agreement only. No child's case data is ever held
    /// here; the signed copy is the agreement document itself.
    /// </summary>
    public sealed class SharingAgreement
    {
        public Guid Id { get; set; }
        public string Reference { get; set; } = "";
        public string Title { get; set; } = "";
        public string Purpose { get; set; } = "";
        public string DataDescribed { get; set; } = "";
        public LawfulBasis LawfulBasis { get; set; }

        /// <summary>UK GDPR Article 9 conditions (and DPA 2018 Schedule 1) where special-category data is shared.</summary>
        public string? SpecialCategoryConditions { get; set; }

        /// <summary>e.g. "Joint controllers", "Each party an independent controller".</summary>
        public string ControllerRoles { get; set; } = "";

        public DpiaOutcome Dpia { get; set; }
        public string Retention { get; set; } = "";

        /// <summary>The information governance contact who is reminded when the review is due.</summary>
        public string ContactEmail { get; set; } = "";

        public string Security { get; set; } = "";
        public DateOnly StartDate { get; set; }
        public DateOnly ReviewDate { get; set; }
        public AgreementStatus Status { get; set; }
        public string? SignedCopyFileName { get; set; }
        public long? SignedCopySizeBytes { get; set; }
        public byte[]? SignedCopy { get; set; }
        public DateOnly? LastReviewReminderOn { get; set; }
        public DateTime CreatedAt { get; set; }
        public DateTime UpdatedAt { get; set; }
        public List<SharingAgreementParty> Parties { get; set; } = [];
    }

    public sealed class SharingAgreementParty
    {
        public Guid AgreementId { get; set; }
        public Guid OrganisationId { get; set; }
        public Organisation? Organisation { get; set; }
    }

    internal sealed class SharingAgreementConfiguration : IEntityTypeConfiguration<SharingAgreement>
    {
        public void Configure(EntityTypeBuilder<SharingAgreement> builder)
        {
            builder.ToTable("SharingAgreements");
            builder.Property(a => a.Reference).HasMaxLength(40);
            builder.Property(a => a.Title).HasMaxLength(200);
            builder.Property(a => a.Purpose).HasMaxLength(4000);
            builder.Property(a => a.DataDescribed).HasMaxLength(4000);
            builder.Property(a => a.LawfulBasis).HasConversion<string>().HasMaxLength(40);
            builder.Property(a => a.SpecialCategoryConditions).HasMaxLength(2000);
            builder.Property(a => a.ControllerRoles).HasMaxLength(1000);
            builder.Property(a => a.Dpia).HasConversion<string>().HasMaxLength(40);
            builder.Property(a => a.Retention).HasMaxLength(2000);
            builder.Property(a => a.ContactEmail).HasMaxLength(256);
            builder.Property(a => a.Security).HasMaxLength(2000);
            builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(40);
            builder.Property(a => a.SignedCopyFileName).HasMaxLength(260);
            builder.HasIndex(a => a.Reference).IsUnique();
            builder.HasMany(a => a.Parties).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        }
    }

    internal sealed class SharingAgreementPartyConfiguration : IEntityTypeConfiguration<SharingAgreementParty>
    {
        public void Configure(EntityTypeBuilder<SharingAgreementParty> builder)
        {
            builder.ToTable("SharingAgreementParties");
            builder.HasKey(p => new { p.AgreementId, p.OrganisationId });
            builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        }
    }
}

namespace Together.Web.Infrastructure.Database
{
    public partial class TogetherDbContext
    {
        public DbSet<SharingAgreement> SharingAgreements => Set<SharingAgreement>();
        public DbSet<SharingAgreementParty> SharingAgreementParties => Set<SharingAgreementParty>();
    }
}
