using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Features.Feedback;
using Together.Web.Infrastructure.Auditing;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.Feedback
{
    /// <summary>
    /// One answer to "Is this page useful?" and, optionally, what the person was trying to do and what went wrong.
    /// Nothing that identifies anyone is stored: no address, no account, no browser details.
    /// </summary>
    public sealed class PageFeedback
    {
        public const int PathMaxLength = 300;
        public const int CommentMaxLength = 1200;

        /// <summary>Chosen by the form when it is shown, so a repeated submit of the same form stores one answer.</summary>
        public Guid Id { get; set; }

        /// <summary>The page's path without its query string (which may hold search terms or ids).</summary>
        public string Path { get; set; } = "/";

        /// <summary>Yes, no, or null for "Report a problem with this page" without an answer.</summary>
        public bool? Useful { get; set; }

        // Free text may hold anything a person chose to type, so it is kept out of the audit log.
        [AuditRedacted]
        public string? TryingToDo { get; set; }

        [AuditRedacted]
        public string? WentWrong { get; set; }

        public DateTime CreatedAt { get; set; }

        public DateTime? CommentedAt { get; set; }

        public ScreeningStatus ScreeningStatus { get; set; } = ScreeningStatus.NotNeeded;

        public string? ScreeningConcerns { get; set; }

        public bool HasComments => TryingToDo is not null || WentWrong is not null;
    }

    internal sealed class PageFeedbackConfiguration : IEntityTypeConfiguration<PageFeedback>
    {
        public void Configure(EntityTypeBuilder<PageFeedback> builder)
        {
            builder.ToTable("PageFeedback");
            builder.Property(f => f.Id).ValueGeneratedNever();
            builder.Property(f => f.Path).HasMaxLength(PageFeedback.PathMaxLength);
            builder.Property(f => f.TryingToDo).HasMaxLength(PageFeedback.CommentMaxLength);
            builder.Property(f => f.WentWrong).HasMaxLength(PageFeedback.CommentMaxLength);
            builder.Property(f => f.ScreeningStatus).HasConversion<string>().HasMaxLength(20);
            builder.Property(f => f.ScreeningConcerns).HasMaxLength(ScreeningColumns.ConcernsMaxLength);
            builder.Ignore(f => f.HasComments);
            builder.HasIndex(f => f.CreatedAt);
            builder.HasIndex(f => new { f.Path, f.CreatedAt });
        }
    }
}

namespace Together.Web.Infrastructure.Database
{
    public partial class TogetherDbContext
    {
        public DbSet<PageFeedback> PageFeedback => Set<PageFeedback>();
    }
}
