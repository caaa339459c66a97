using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Features.YouthCouncil;
using Together.Web.Infrastructure.Auditing;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.YouthCouncil
{
    public enum SubscriberStatus
    {
        /// <summary>Signed up; the address has not yet been confirmed from its own inbox.</summary>
        AwaitingConfirmation,
        /// <summary>12 or under: the address is confirmed, a parent or carer has not yet agreed.</summary>
        AwaitingParent,
        /// <summary>Receives newsletters.</summary>
        Confirmed,
    }

    public static class InvolvementLimits
    {
        public const int EmailMaxLength = 254;
        public const int TokenHashLength = 64;
        public const int TokenLength = 43;
        public const int SubjectMaxLength = 150;
        public const int BodyMaxLength = 20000;
        public const int FirstNameMaxLength = 50;
        public const int ContactNameMaxLength = 100;
        public const int PhoneMaxLength = 30;
        public const int IdeasMaxLength = 1000;
        public const int LocalityMaxLength = 60;

        /// <summary>A confirmation or parent's link works for this long; an unconfirmed sign-up is then deleted.</summary>
        public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);

        /// <summary>A subscriber who has done nothing for this many months is deleted (the privacy notice promises it).</summary>
        public const int InactiveMonths = 24;

        /// <summary>An expression of interest is deleted this many months after it arrived: by then the team has acted on it.</summary>
        public const int InterestRetentionMonths = 12;

        /// <summary>An unfinished "express interest" journey is deleted after a day: it may hold what a child typed on a shared computer.</summary>
        public static readonly TimeSpan DraftLifetime = TimeSpan.FromHours(24);
    }

    /// <summary>
    /// Someone on the Youth Council mailing list: an email address and an age group, nothing more. Deleted (not
    /// flagged) when they leave, when a sign-up is not confirmed in time, or after 24 months without activity.
    /// </summary>
    public sealed class MailingListSubscriber
    {
        public Guid Id { get; set; }

        /// <summary>Stored in lower case, so one address is one subscriber.</summary>
        [AuditRedacted]
        public string Email { get; set; } = "";

        public AgeBand AgeBand { get; set; }
        public SubscriberStatus Status { get; set; }
        public DateTime CreatedAt { get; set; }
        public DateTime? ConfirmedAt { get; set; }

        /// <summary>The last time the person did something (signed up, confirmed, chose to stay): the 24 months run from here.</summary>
        public DateTime LastActiveAt { get; set; }

        /// <summary>SHA-256 of the single-use link sent to the subscriber's own address; cleared once used.</summary>
        [AuditRedacted]
        public string? ConfirmTokenHash { get; set; }

        public DateTime? ConfirmTokenExpiresAt { get; set; }

        /// <summary>Only for 12 and under, and only until the parent or carer has answered or the link has expired.</summary>
        [AuditRedacted]
        public string? ParentEmail { get; set; }

        [AuditRedacted]
        public string? ParentTokenHash { get; set; }

        public DateTime? ParentTokenExpiresAt { get; set; }
        public DateTime? ParentAgreedAt { get; set; }

        /// <summary>
        /// Put in every message, so it is kept as sent (a hash could not be written into the next newsletter). It can do
        /// one thing only: take this address off the list.
        /// </summary>
        [AuditRedacted]
        public string UnsubscribeToken { get; set; } = "";
    }

    public enum NewsletterStatus
    {
        Draft,
        Sent,
    }

    /// <summary>A newsletter written in Markdown by staff and sent once to every confirmed subscriber.</summary>
    public sealed class Newsletter
    {
        public Guid Id { get; set; }
        public string Subject { get; set; } = "";
        public string BodyMarkdown { get; set; } = "";

        /// <summary>A concurrency token: two presses of Send race on it and only one sends.</summary>
        public NewsletterStatus Status { get; set; }

        public DateTime CreatedAt { get; set; }
        public DateTime UpdatedAt { get; set; }
        public string UpdatedBy { get; set; } = "";
        public DateTime? SentAt { get; set; }
        public string? SentBy { get; set; }
        public int RecipientCount { get; set; }
    }

    public enum ContactWho
    {
        Me,
        ParentOrCarer,
    }

    public enum InterestStatus
    {
        New,
        Contacted,
        Closed,
    }

    /// <summary>The answers of an "Express interest in joining the Youth Council" journey in progress.</summary>
    [NotAudited]
    public sealed class InterestDraft
    {
        public Guid Id { get; set; }
        public string? FirstName { get; set; }
        public AgeBand? AgeBand { get; set; }
        public string? LocalityId { get; set; }
        public ContactWho? ContactWho { get; set; }
        public string? ContactName { get; set; }
        public string? ContactEmail { get; set; }
        public string? ContactPhone { get; set; }
        public string? Ideas { get; set; }
        public bool IdeasAnswered { get; set; }
        public DateTime CreatedAt { get; set; }
        public DateTime UpdatedAt { get; set; }
    }

    /// <summary>A young person would like to join the Youth Council. Its Id is the draft's, so sending twice stores one.</summary>
    public sealed class YouthCouncilInterest
    {
        public Guid Id { get; set; }
        public DateTime ReceivedAt { get; set; }

        [AuditRedacted]
        public string FirstName { get; set; } = "";

        public AgeBand AgeBand { get; set; }

        /// <summary>A locality area id (e.g. "crewe"), or "not-sure" (InterestJourney.NotSure).</summary>
        public string LocalityId { get; set; } = "";

        public ContactWho ContactWho { get; set; }

        [AuditRedacted]
        public string? ContactName { get; set; }

        [AuditRedacted]
        public string? ContactEmail { get; set; }

        [AuditRedacted]
        public string? ContactPhone { get; set; }

        [AuditRedacted]
        public string? Ideas { get; set; }

        public ScreeningStatus ScreeningStatus { get; set; }
        public string? ScreeningConcerns { get; set; }
        public InterestStatus Status { get; set; }
        public DateTime UpdatedAt { get; set; }

        public string Reference => "YC-" + Id.ToString("N")[..8].ToUpperInvariant();
    }

    internal sealed class MailingListSubscriberConfiguration : IEntityTypeConfiguration<MailingListSubscriber>
    {
        public void Configure(EntityTypeBuilder<MailingListSubscriber> builder)
        {
            builder.ToTable("MailingListSubscribers");
            builder.Property(s => s.Id).ValueGeneratedNever();
            builder.Property(s => s.Email).HasMaxLength(InvolvementLimits.EmailMaxLength);
            builder.Property(s => s.AgeBand).HasConversion<string>().HasMaxLength(40);
            builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(30);
            builder.Property(s => s.ConfirmTokenHash).HasMaxLength(InvolvementLimits.TokenHashLength);
            builder.Property(s => s.ParentEmail).HasMaxLength(InvolvementLimits.EmailMaxLength);
            builder.Property(s => s.ParentTokenHash).HasMaxLength(InvolvementLimits.TokenHashLength);
            builder.Property(s => s.UnsubscribeToken).HasMaxLength(InvolvementLimits.TokenLength);
            builder.HasIndex(s => s.Email).IsUnique();
            builder.HasIndex(s => s.ConfirmTokenHash).IsUnique();
            builder.HasIndex(s => s.ParentTokenHash).IsUnique();
            builder.HasIndex(s => s.UnsubscribeToken).IsUnique();
            builder.HasIndex(s => new { s.Status, s.LastActiveAt });
        }
    }

    internal sealed class NewsletterConfiguration : IEntityTypeConfiguration<Newsletter>
    {
        public void Configure(EntityTypeBuilder<Newsletter> builder)
        {
            builder.ToTable("Newsletters");
            builder.Property(n => n.Id).ValueGeneratedNever();
            builder.Property(n => n.Subject).HasMaxLength(InvolvementLimits.SubjectMaxLength);
            builder.Property(n => n.BodyMarkdown).HasMaxLength(InvolvementLimits.BodyMaxLength);
            builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
            builder.Property(n => n.UpdatedBy).HasMaxLength(256);
            builder.Property(n => n.SentBy).HasMaxLength(256);
            builder.HasIndex(n => n.CreatedAt);
        }
    }

    internal sealed class InterestDraftConfiguration : IEntityTypeConfiguration<InterestDraft>
    {
        public void Configure(EntityTypeBuilder<InterestDraft> builder)
        {
            builder.ToTable("YouthCouncilInterestDrafts");
            builder.Property(d => d.Id).ValueGeneratedNever();
            builder.Property(d => d.FirstName).HasMaxLength(InvolvementLimits.FirstNameMaxLength);
            builder.Property(d => d.AgeBand).HasConversion<string>().HasMaxLength(40);
            builder.Property(d => d.LocalityId).HasMaxLength(InvolvementLimits.LocalityMaxLength);
            builder.Property(d => d.ContactWho).HasConversion<string>().HasMaxLength(20);
            builder.Property(d => d.ContactName).HasMaxLength(InvolvementLimits.ContactNameMaxLength);
            builder.Property(d => d.ContactEmail).HasMaxLength(InvolvementLimits.EmailMaxLength);
            builder.Property(d => d.ContactPhone).HasMaxLength(InvolvementLimits.PhoneMaxLength);
            builder.Property(d => d.Ideas).HasMaxLength(InvolvementLimits.IdeasMaxLength);
            builder.HasIndex(d => d.UpdatedAt);
        }
    }

    internal sealed class YouthCouncilInterestConfiguration : IEntityTypeConfiguration<YouthCouncilInterest>
    {
        public void Configure(EntityTypeBuilder<YouthCouncilInterest> builder)
        {
            builder.ToTable("YouthCouncilInterests");
            builder.Property(i => i.Id).ValueGeneratedNever();
            builder.Property(i => i.FirstName).HasMaxLength(InvolvementLimits.FirstNameMaxLength);
            builder.Property(i => i.AgeBand).HasConversion<string>().HasMaxLength(40);
            builder.Property(i => i.LocalityId).HasMaxLength(InvolvementLimits.LocalityMaxLength);
            builder.Property(i => i.ContactWho).HasConversion<string>().HasMaxLength(20);
            builder.Property(i => i.ContactName).HasMaxLength(InvolvementLimits.ContactNameMaxLength);
            builder.Property(i => i.ContactEmail).HasMaxLength(InvolvementLimits.EmailMaxLength);
            builder.Property(i => i.ContactPhone).HasMaxLength(InvolvementLimits.PhoneMaxLength);
            builder.Property(i => i.Ideas).HasMaxLength(InvolvementLimits.IdeasMaxLength);
            builder.Property(i => i.ScreeningStatus).HasConversion<string>().HasMaxLength(20);
            builder.Property(i => i.ScreeningConcerns).HasMaxLength(ScreeningColumns.ConcernsMaxLength);
            builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            builder.Ignore(i => i.Reference);
            builder.HasIndex(i => new { i.Status, i.ReceivedAt });
        }
    }
}

namespace Together.Web.Infrastructure.Database
{
    public partial class TogetherDbContext
    {
        public DbSet<MailingListSubscriber> MailingListSubscribers => Set<MailingListSubscriber>();
        public DbSet<Newsletter> Newsletters => Set<Newsletter>();
        public DbSet<InterestDraft> InterestDrafts => Set<InterestDraft>();
        public DbSet<YouthCouncilInterest> YouthCouncilInterests => Set<YouthCouncilInterest>();
    }
}
