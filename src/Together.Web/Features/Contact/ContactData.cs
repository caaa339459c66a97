using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Features.Accounts;
using Together.Web.Features.Contact;
using Together.Web.Infrastructure.Auditing;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.Contact
{
    public enum ReplyPreference
    {
        NoReply,
        Email,
    }

    public enum AgeBand
    {
        [Display(Name = "Under 8")] Under8,
        [Display(Name = "8 to 12")] From8To12,
        [Display(Name = "13 to 17")] From13To17,
        [Display(Name = "18 to 25")] From18To25,
        [Display(Name = "An adult, parent or carer")] AdultParentOrCarer,
        [Display(Name = "Someone who works with children or young people")] Professional,
        [Display(Name = "Prefer not to say")] PreferNotToSay,
    }

    public enum ContactStatus
    {
        New,
        InProgress,
        Answered,
        Closed,
    }

    public enum ContactNoteKind
    {
        Note,
        Reply,
        StatusChanged,
        Assigned,
    }

    public static class ContactLimits
    {
        public const int MessageMaxLength = 5000;
        public const int NameMaxLength = 200;
        public const int EmailMaxLength = 254;
        public const int NoteMaxLength = 5000;
        public const int PathMaxLength = 300;

        /// <summary>A draft nobody has touched for this long is deleted: it may hold what a child typed on a shared computer.</summary>
        public static readonly TimeSpan DraftLifetime = TimeSpan.FromHours(24);
    }

    /// <summary>
    /// The answers of a "Contact the Trust" journey in progress, kept on the server so Back and refresh lose nothing.
    /// Not audited: it is a working copy; the message is audited when it is sent, and the draft is then deleted.
    /// </summary>
    [NotAudited]
    public sealed class ContactDraft
    {
        public Guid Id { get; set; }
        public string? Message { get; set; }
        public string? AboutPath { get; set; }
        public ReplyPreference? Reply { get; set; }
        public string? Name { get; set; }
        public string? Email { get; set; }
        public AgeBand? AgeBand { get; set; }
        /// <summary>Set once the "About you" page has been answered (skipping it is an answer too).</summary>
        public bool AboutYouAnswered { get; set; }
        public DateTime CreatedAt { get; set; }
        public DateTime UpdatedAt { get; set; }
    }

    /// <summary>A message sent to the Trust. Its Id is the draft's, so sending the same draft twice stores one message.</summary>
    public sealed class ContactMessage
    {
        public Guid Id { get; set; }
        public DateTime ReceivedAt { get; set; }

        // What people wrote and who they are stays out of the audit log; the log records who handled the message.
        [AuditRedacted]
        public string Message { get; set; } = "";

        public string? AboutPath { get; set; }
        public ReplyPreference Reply { get; set; }

        [AuditRedacted]
        public string? Name { get; set; }

        [AuditRedacted]
        public string? Email { get; set; }

        public AgeBand? AgeBand { get; set; }
        public ContactStatus Status { get; set; } = ContactStatus.New;
        public string? AssignedToUserId { get; set; }
        public TogetherUser? AssignedTo { get; set; }
        public ScreeningStatus ScreeningStatus { get; set; } = ScreeningStatus.NotNeeded;
        public string? ScreeningConcerns { get; set; }
        public DateTime UpdatedAt { get; set; }
        public List<ContactNote> Notes { get; set; } = [];

        /// <summary>A short reference people can quote; derived from the id so nothing extra is stored.</summary>
        public string Reference => ReferenceFor(Id);

        public static string ReferenceFor(Guid id) => "TG-" + id.ToString("N")[..8].ToUpperInvariant();
    }

    /// <summary>Something staff did with a message: a note, a reply sent, a status change or an assignment.</summary>
    public sealed class ContactNote
    {
        /// <summary>Chosen by the form, so a repeated submit adds one note or sends one reply.</summary>
        public Guid Id { get; set; }
        public Guid MessageId { get; set; }
        public DateTime CreatedAt { get; set; }
        public string? AuthorUserId { get; set; }
        public string AuthorName { get; set; } = "";
        public ContactNoteKind Kind { get; set; }

        [AuditRedacted]
        public string Text { get; set; } = "";

        public Guid? OutboxMessageId { get; set; }
    }

    internal sealed class ContactDraftConfiguration : IEntityTypeConfiguration<ContactDraft>
    {
        public void Configure(EntityTypeBuilder<ContactDraft> builder)
        {
            builder.ToTable("ContactDrafts");
            builder.Property(d => d.Id).ValueGeneratedNever();
            builder.Property(d => d.Message).HasMaxLength(ContactLimits.MessageMaxLength);
            builder.Property(d => d.AboutPath).HasMaxLength(ContactLimits.PathMaxLength);
            builder.Property(d => d.Reply).HasConversion<string>().HasMaxLength(20);
            builder.Property(d => d.Name).HasMaxLength(ContactLimits.NameMaxLength);
            builder.Property(d => d.Email).HasMaxLength(ContactLimits.EmailMaxLength);
            builder.Property(d => d.AgeBand).HasConversion<string>().HasMaxLength(30);
            builder.HasIndex(d => d.UpdatedAt);
        }
    }

    internal sealed class ContactMessageConfiguration : IEntityTypeConfiguration<ContactMessage>
    {
        public void Configure(EntityTypeBuilder<ContactMessage> builder)
        {
            builder.ToTable("ContactMessages");
            builder.Property(m => m.Id).ValueGeneratedNever();
            builder.Property(m => m.Message).HasMaxLength(ContactLimits.MessageMaxLength);
            builder.Property(m => m.AboutPath).HasMaxLength(ContactLimits.PathMaxLength);
            builder.Property(m => m.Reply).HasConversion<string>().HasMaxLength(20);
            builder.Property(m => m.Name).HasMaxLength(ContactLimits.NameMaxLength);
            builder.Property(m => m.Email).HasMaxLength(ContactLimits.EmailMaxLength);
            builder.Property(m => m.AgeBand).HasConversion<string>().HasMaxLength(30);
            builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            builder.Property(m => m.AssignedToUserId).HasMaxLength(450);
            builder.Property(m => m.ScreeningStatus).HasConversion<string>().HasMaxLength(20);
            builder.Property(m => m.ScreeningConcerns).HasMaxLength(ScreeningColumns.ConcernsMaxLength);
            builder.Ignore(m => m.Reference);
            builder.HasOne(m => m.AssignedTo).WithMany().HasForeignKey(m => m.AssignedToUserId).OnDelete(DeleteBehavior.SetNull);
            builder.HasMany(m => m.Notes).WithOne().HasForeignKey(n => n.MessageId).OnDelete(DeleteBehavior.Cascade);
            builder.HasIndex(m => new { m.Status, m.ReceivedAt });
        }
    }

    internal sealed class ContactNoteConfiguration : IEntityTypeConfiguration<ContactNote>
    {
        public void Configure(EntityTypeBuilder<ContactNote> builder)
        {
            builder.ToTable("ContactNotes");
            builder.Property(n => n.Id).ValueGeneratedNever();
            builder.Property(n => n.AuthorUserId).HasMaxLength(450);
            builder.Property(n => n.AuthorName).HasMaxLength(256);
            builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
            builder.Property(n => n.Text).HasMaxLength(ContactLimits.NoteMaxLength);
        }
    }
}

namespace Together.Web.Infrastructure.Database
{
    public partial class TogetherDbContext
    {
        public DbSet<ContactDraft> ContactDrafts => Set<ContactDraft>();
        public DbSet<ContactMessage> ContactMessages => Set<ContactMessage>();
        public DbSet<ContactNote> ContactNotes => Set<ContactNote>();
    }
}
