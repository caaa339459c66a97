using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Features.Voice.WeDid;
using Together.Web.Infrastructure.Auditing;

namespace Together.Web.Infrastructure.Database
{
    public partial class TogetherDbContext
    {
        public DbSet<Commitment> Commitments => Set<Commitment>();
        public DbSet<CommitmentConsultation> CommitmentConsultations => Set<CommitmentConsultation>();
        public DbSet<CommitmentUpdate> CommitmentUpdates => Set<CommitmentUpdate>();
        public DbSet<ListeningRecord> ListeningRecords => Set<ListeningRecord>();
        public DbSet<ListeningHearing> ListeningHearings => Set<ListeningHearing>();
        public DbSet<UpdateSubscription> UpdateSubscriptions => Set<UpdateSubscription>();
    }
}

namespace Together.Web.Features.Voice.WeDid
{
    public enum CommitmentStatus
    {
        Planned,
        InProgress,
        Done,
        NotDoing,
    }

    /// <summary>
    /// "We did": something the partnership will do (or has decided not to do) because of what people told a
    /// consultation. Public once any consultation it answers has its results published.
    /// </summary>
    public sealed class Commitment
    {
        public const int TitleMax = 200;
        public const int DescriptionMax = 4000;
        public const int ReasonMax = 2000;

        public Guid Id { get; set; }
        public string Title { get; set; } = "";

        /// <summary>What will change and for whom, in plain words.</summary>
        public string Description { get; set; } = "";
        public Guid OwnerOrganisationId { get; set; }
        public CommitmentStatus Status { get; set; }

        /// <summary>0 to 100.</summary>
        public int Progress { get; set; }

        /// <summary>Why the partnership is not doing it: required for "not doing", shown to the public.</summary>
        public string? NotDoingReason { get; set; }

        /// <summary>The board meeting where the views were heard, if there was one.</summary>
        public Guid? MeetingId { get; set; }

        /// <summary>The decision in the decisions register that this carries out, if there was one.</summary>
        public Guid? DecisionId { get; set; }
        public DateTime CreatedAt { get; set; }
        public DateTime UpdatedAt { get; set; }
        public bool IsDemo { get; set; }
    }

    /// <summary>A commitment answers one or more consultations.</summary>
    public sealed class CommitmentConsultation
    {
        public Guid CommitmentId { get; set; }
        public Guid ConsultationId { get; set; }
    }

    /// <summary>A dated update on a commitment. A status change is always recorded as one (From and To set).</summary>
    public sealed class CommitmentUpdate
    {
        public const int TextMax = 4000;

        public Guid Id { get; set; }
        public Guid CommitmentId { get; set; }
        public DateTime At { get; set; }
        public string By { get; set; } = "";
        public string Text { get; set; } = "";
        public CommitmentStatus? FromStatus { get; set; }
        public CommitmentStatus? ToStatus { get; set; }
        public int Progress { get; set; }

        public bool IsStatusChange => ToStatus is not null && ToStatus != FromStatus;
    }

    /// <summary>
    /// A consultation's Lundy-model record, written by staff: Space (how and where views were gathered, who could
    /// take part) and the feedback given back. Voice is counted from the responses; Audience comes from the
    /// hearings; Influence from the commitments.
    /// </summary>
    public sealed class ListeningRecord
    {
        public const int TextMax = 4000;

        public Guid ConsultationId { get; set; }

        /// <summary>Space: how and where views were gathered.</summary>
        public string HowAndWhere { get; set; } = "";

        /// <summary>Space: who could take part, and what helped them to.</summary>
        public string WhoCouldTakePart { get; set; } = "";

        /// <summary>Influence: the feedback given back to the people who took part.</summary>
        public string? FeedbackGiven { get; set; }
        public DateOnly? FeedbackGivenOn { get; set; }
        public DateTime UpdatedAt { get; set; }
    }

    /// <summary>Audience: who heard the views, and when (a board meeting where one exists).</summary>
    public sealed class ListeningHearing
    {
        public const int TextMax = 500;

        public Guid Id { get; set; }
        public Guid ConsultationId { get; set; }
        public string HeardBy { get; set; } = "";
        public DateOnly HeardOn { get; set; }
        public Guid? MeetingId { get; set; }
        public string? Note { get; set; }
    }

    public enum SubscriberAge
    {
        Under13,
        From13To17,
        From18,
    }

    /// <summary>
    /// Someone who asked for email when a commitment changes. Kept apart from answers on purpose: it holds no
    /// response, draft or answer reference, only the consultation or commitment it is about. Active once the email
    /// is confirmed (double opt-in) and, under 13, once a parent or carer has confirmed too. Deleted on unsubscribe.
    /// </summary>
    public sealed class UpdateSubscription
    {
        public const int EmailMax = 320;

        public Guid Id { get; set; }

        /// <summary>"consultation:{id}" or "commitment:{id}": one subscription per address per subject.</summary>
        public string Scope { get; set; } = "";
        public Guid? ConsultationId { get; set; }
        public Guid? CommitmentId { get; set; }

        [AuditRedacted]
        public string Email { get; set; } = "";
        public SubscriberAge Age { get; set; }
        public DateTime ConsentGivenAt { get; set; }
        public DateTime CreatedAt { get; set; }

        /// <summary>Unconfirmed sign-ups are deleted after this.</summary>
        public DateTime ExpiresAt { get; set; }

        [AuditRedacted]
        public string ConfirmTokenHash { get; set; } = "";
        public DateTime? EmailConfirmedAt { get; set; }

        [AuditRedacted]
        public string? ParentEmail { get; set; }

        [AuditRedacted]
        public string? ParentTokenHash { get; set; }
        public DateTime? ParentConfirmedAt { get; set; }

        /// <summary>Set when everything needed is confirmed: only these people are emailed.</summary>
        public DateTime? ConfirmedAt { get; set; }

        /// <summary>Put in every update email; it only lets the holder stop the emails, so it is kept as is.</summary>
        [AuditRedacted]
        public string UnsubscribeToken { get; set; } = "";

        public bool NeedsParent => Age == SubscriberAge.Under13;

        public static string ScopeFor(Guid? consultationId, Guid? commitmentId) =>
            commitmentId is { } k ? $"commitment:{k}" : $"consultation:{consultationId}";
    }

    internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
    {
        public void Configure(EntityTypeBuilder<Commitment> builder)
        {
            builder.ToTable("Commitments");
            builder.Property(c => c.Title).HasMaxLength(Commitment.TitleMax);
            builder.Property(c => c.Description).HasMaxLength(Commitment.DescriptionMax);
            builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
            builder.Property(c => c.NotDoingReason).HasMaxLength(Commitment.ReasonMax);
            builder.HasIndex(c => c.Status);
            builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(c => c.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
            builder.HasOne<Governance.Meeting>().WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.SetNull);
            builder.HasOne<Governance.Decision>().WithMany().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.SetNull);
        }
    }

    internal sealed class CommitmentConsultationConfiguration : IEntityTypeConfiguration<CommitmentConsultation>
    {
        public void Configure(EntityTypeBuilder<CommitmentConsultation> builder)
        {
            builder.ToTable("CommitmentConsultations");
            builder.HasKey(l => new { l.CommitmentId, l.ConsultationId });
            builder.HasIndex(l => l.ConsultationId);
            builder.HasOne<Commitment>().WithMany().HasForeignKey(l => l.CommitmentId).OnDelete(DeleteBehavior.Cascade);
            builder.HasOne<Consultation>().WithMany().HasForeignKey(l => l.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        }
    }

    internal sealed class CommitmentUpdateConfiguration : IEntityTypeConfiguration<CommitmentUpdate>
    {
        public void Configure(EntityTypeBuilder<CommitmentUpdate> builder)
        {
            builder.ToTable("CommitmentUpdates");
            builder.Property(u => u.By).HasMaxLength(256);
            builder.Property(u => u.Text).HasMaxLength(CommitmentUpdate.TextMax);
            builder.Property(u => u.FromStatus).HasConversion<string>().HasMaxLength(30);
            builder.Property(u => u.ToStatus).HasConversion<string>().HasMaxLength(30);
            builder.HasIndex(u => new { u.CommitmentId, u.At });
            builder.HasOne<Commitment>().WithMany().HasForeignKey(u => u.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        }
    }

    internal sealed class ListeningRecordConfiguration : IEntityTypeConfiguration<ListeningRecord>
    {
        public void Configure(EntityTypeBuilder<ListeningRecord> builder)
        {
            builder.ToTable("ListeningRecords");
            builder.HasKey(r => r.ConsultationId);
            builder.Property(r => r.HowAndWhere).HasMaxLength(ListeningRecord.TextMax);
            builder.Property(r => r.WhoCouldTakePart).HasMaxLength(ListeningRecord.TextMax);
            builder.Property(r => r.FeedbackGiven).HasMaxLength(ListeningRecord.TextMax);
            builder.HasOne<Consultation>().WithOne().HasForeignKey<ListeningRecord>(r => r.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        }
    }

    internal sealed class ListeningHearingConfiguration : IEntityTypeConfiguration<ListeningHearing>
    {
        public void Configure(EntityTypeBuilder<ListeningHearing> builder)
        {
            builder.ToTable("ListeningHearings");
            builder.Property(h => h.HeardBy).HasMaxLength(ListeningHearing.TextMax);
            builder.Property(h => h.Note).HasMaxLength(ListeningHearing.TextMax);
            builder.HasIndex(h => h.ConsultationId);
            builder.HasOne<Consultation>().WithMany().HasForeignKey(h => h.ConsultationId).OnDelete(DeleteBehavior.Cascade);
            builder.HasOne<Governance.Meeting>().WithMany().HasForeignKey(h => h.MeetingId).OnDelete(DeleteBehavior.SetNull);
        }
    }

    internal sealed class UpdateSubscriptionConfiguration : IEntityTypeConfiguration<UpdateSubscription>
    {
        public void Configure(EntityTypeBuilder<UpdateSubscription> builder)
        {
            builder.ToTable("UpdateSubscriptions");
            builder.Property(s => s.Scope).HasMaxLength(100);
            builder.Property(s => s.Email).HasMaxLength(UpdateSubscription.EmailMax);
            builder.Property(s => s.ParentEmail).HasMaxLength(UpdateSubscription.EmailMax);
            builder.Property(s => s.Age).HasConversion<string>().HasMaxLength(20);
            builder.Property(s => s.ConfirmTokenHash).HasMaxLength(64);
            builder.Property(s => s.ParentTokenHash).HasMaxLength(64);
            builder.Property(s => s.UnsubscribeToken).HasMaxLength(64);
            builder.HasIndex(s => new { s.Email, s.Scope }).IsUnique();
            builder.HasIndex(s => s.ConfirmTokenHash).IsUnique();
            builder.HasIndex(s => s.ParentTokenHash).IsUnique();
            builder.HasIndex(s => s.UnsubscribeToken).IsUnique();
            builder.HasIndex(s => s.ExpiresAt);
            builder.HasOne<Consultation>().WithMany().HasForeignKey(s => s.ConsultationId).OnDelete(DeleteBehavior.Cascade);
            builder.HasOne<Commitment>().WithMany().HasForeignKey(s => s.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        }
    }
}
