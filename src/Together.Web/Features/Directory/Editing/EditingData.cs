using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Infrastructure.Auditing;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.ServiceDirectory
{
    public enum ServiceChangeKind
    {
        Create,
        Edit,
        Archive,
        Restore,
    }

    public enum ServiceChangeState
    {
        /// <summary>Being written by an editor; nobody else sees it.</summary>
        Draft,
        /// <summary>Waiting for an administrator.</summary>
        Submitted,
        /// <summary>Sent back to the editor with a comment; the editor can change it and submit again.</summary>
        Returned,
        /// <summary>Applied to the live service: a version in its history.</summary>
        Approved,
        /// <summary>Abandoned by the editor.</summary>
        Discarded,
    }

    public static class EditingLimits
    {
        public const int JsonMaxLength = 60_000;
        public const int CommentMaxLength = 2000;
        public const int ReportMaxLength = 1000;
        public const int EmailMaxLength = 254;
        public const int LocalOfferAnswerMaxLength = 2000;
    }

    /// <summary>
    /// A proposed change to a service (or a new service). The live service is untouched until an administrator approves;
    /// approved changes are the service's versions, each with the snapshot before and after, so the history shows a diff.
    /// </summary>
    public sealed class ServiceChange
    {
        public Guid Id { get; set; }
        /// <summary>The service changed, or the id the new service will get. Not a foreign key: a new service does not exist yet.</summary>
        public Guid ServiceId { get; set; }
        public Guid OrganizationId { get; set; }
        public ServiceChangeKind Kind { get; set; }
        public ServiceChangeState State { get; set; }
        /// <summary>The live service when the change was started (null for a new service); refreshed at approval.</summary>
        public string? BeforeJson { get; set; }
        public string ProposedJson { get; set; } = "{}";
        /// <summary>Sections of the journey the editor has answered (comma-separated), so a new service's journey resumes where it stopped.</summary>
        public string AnsweredSections { get; set; } = "";
        public string? ReviewComment { get; set; }
        public string CreatedByUserId { get; set; } = "";
        public string CreatedByName { get; set; } = "";
        public DateTime CreatedAt { get; set; }
        public DateTime UpdatedAt { get; set; }
        public DateTime? SubmittedAt { get; set; }
        public string? ReviewedByName { get; set; }
        public DateTime? ReviewedAt { get; set; }
        /// <summary>The version number this change became (1, 2, 3 ...) once approved.</summary>
        public int? Version { get; set; }
        public DirectoryOrganization Organization { get; set; } = null!;
    }

    /// <summary>Keeping a service fresh: when it was archived (and what its status was), and which check a reminder was sent for.</summary>
    public sealed class DirectoryServiceUpkeep
    {
        public Guid ServiceId { get; set; }
        public DateTime? ArchivedAt { get; set; }
        public ServiceStatus? StatusBeforeArchive { get; set; }
        /// <summary>The last-checked date a 6-month reminder was sent for: one reminder per check, however often the job runs.</summary>
        public DateTime? ReminderSentForCheck { get; set; }
        public DateTime? ReminderSentAt { get; set; }
    }

    /// <summary>The SEND Local Offer answers for a service that supports children and young people with SEND.</summary>
    public sealed class DirectoryLocalOffer
    {
        public Guid ServiceId { get; set; }
        public string? Identify { get; set; }
        public string? Support { get; set; }
        public string? Accessible { get; set; }
        public string? Training { get; set; }
        public string? Involvement { get; set; }
        public string? Transitions { get; set; }
        public string? Contact { get; set; }
        public string? Feedback { get; set; }
        public DateTime UpdatedAt { get; set; }
    }

    public enum ServiceReportStatus
    {
        New,
        Resolved,
    }

    /// <summary>"Is something wrong with this service?" from a member of the public, for the service's owner.</summary>
    public sealed class ServiceReport
    {
        /// <summary>The form's token, so a repeated submit stores one report.</summary>
        public Guid Id { get; set; }
        public Guid ServiceId { get; set; }
        public DateTime ReceivedAt { get; set; }

        [AuditRedacted]
        public string WhatIsWrong { get; set; } = "";

        [AuditRedacted]
        public string? Email { get; set; }

        public ScreeningStatus ScreeningStatus { get; set; } = ScreeningStatus.NotNeeded;
        public string? ScreeningConcerns { get; set; }
        public ServiceReportStatus Status { get; set; } = ServiceReportStatus.New;
        public DateTime? ResolvedAt { get; set; }
        public string? ResolvedByName { get; set; }
        public DirectoryService Service { get; set; } = null!;

        public string Reference => "SR-" + Id.ToString("N")[..8].ToUpperInvariant();
    }

    internal sealed class ServiceChangeConfiguration : IEntityTypeConfiguration<ServiceChange>
    {
        public void Configure(EntityTypeBuilder<ServiceChange> builder)
        {
            builder.ToTable("DirectoryServiceChanges");
            builder.Property(c => c.Id).ValueGeneratedNever();
            builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
            builder.Property(c => c.BeforeJson).HasMaxLength(EditingLimits.JsonMaxLength);
            builder.Property(c => c.ProposedJson).HasMaxLength(EditingLimits.JsonMaxLength);
            builder.Property(c => c.AnsweredSections).HasMaxLength(300);
            builder.Property(c => c.ReviewComment).HasMaxLength(EditingLimits.CommentMaxLength);
            builder.Property(c => c.CreatedByUserId).HasMaxLength(450);
            builder.Property(c => c.CreatedByName).HasMaxLength(256);
            builder.Property(c => c.ReviewedByName).HasMaxLength(256);
            builder.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            builder.HasIndex(c => new { c.ServiceId, c.State });
            builder.HasIndex(c => new { c.State, c.SubmittedAt });
        }
    }

    internal sealed class DirectoryServiceUpkeepConfiguration : IEntityTypeConfiguration<DirectoryServiceUpkeep>
    {
        public void Configure(EntityTypeBuilder<DirectoryServiceUpkeep> builder)
        {
            builder.ToTable("DirectoryServiceUpkeep");
            builder.HasKey(u => u.ServiceId);
            builder.Property(u => u.StatusBeforeArchive).HasConversion<string>().HasMaxLength(30);
            builder.HasOne<DirectoryService>().WithOne().HasForeignKey<DirectoryServiceUpkeep>(u => u.ServiceId).OnDelete(DeleteBehavior.Cascade);
        }
    }

    internal sealed class DirectoryLocalOfferConfiguration : IEntityTypeConfiguration<DirectoryLocalOffer>
    {
        public void Configure(EntityTypeBuilder<DirectoryLocalOffer> builder)
        {
            builder.ToTable("DirectoryLocalOffers");
            builder.HasKey(o => o.ServiceId);
            foreach (var question in LocalOfferQuestions.All)
            {
                builder.Property<string?>(question.Key).HasMaxLength(EditingLimits.LocalOfferAnswerMaxLength);
            }

            builder.HasOne<DirectoryService>().WithOne().HasForeignKey<DirectoryLocalOffer>(o => o.ServiceId).OnDelete(DeleteBehavior.Cascade);
        }
    }

    internal sealed class ServiceReportConfiguration : IEntityTypeConfiguration<ServiceReport>
    {
        public void Configure(EntityTypeBuilder<ServiceReport> builder)
        {
            builder.ToTable("DirectoryServiceReports");
            builder.Property(r => r.Id).ValueGeneratedNever();
            builder.Property(r => r.WhatIsWrong).HasMaxLength(EditingLimits.ReportMaxLength);
            builder.Property(r => r.Email).HasMaxLength(EditingLimits.EmailMaxLength);
            builder.Property(r => r.ScreeningStatus).HasConversion<string>().HasMaxLength(20);
            builder.Property(r => r.ScreeningConcerns).HasMaxLength(ScreeningColumns.ConcernsMaxLength);
            builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            builder.Property(r => r.ResolvedByName).HasMaxLength(256);
            builder.Ignore(r => r.Reference);
            builder.HasOne(r => r.Service).WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Cascade);
            builder.HasIndex(r => new { r.ServiceId, r.ReceivedAt });
        }
    }
}

namespace Together.Web.Infrastructure.Database
{
    public partial class TogetherDbContext
    {
        public DbSet<ServiceChange> DirectoryServiceChanges => Set<ServiceChange>();
        public DbSet<DirectoryServiceUpkeep> DirectoryServiceUpkeep => Set<DirectoryServiceUpkeep>();
        public DbSet<DirectoryLocalOffer> DirectoryLocalOffers => Set<DirectoryLocalOffer>();
        public DbSet<ServiceReport> DirectoryServiceReports => Set<ServiceReport>();
    }
}
