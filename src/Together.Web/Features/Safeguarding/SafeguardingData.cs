using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Features.Safeguarding;

namespace Together.Web.Infrastructure.Database
{
    public partial class TogetherDbContext
    {
        public DbSet<SafeguardingConcern> SafeguardingConcerns => Set<SafeguardingConcern>();
        public DbSet<LexiconVersion> LexiconVersions => Set<LexiconVersion>();
        public DbSet<LexiconTestSentence> LexiconTestSentences => Set<LexiconTestSentence>();
    }
}

namespace Together.Web.Features.Safeguarding
{
    public enum ConcernStatus
    {
        AwaitingDecision,
        Decided,
    }

    public enum ConcernDecision
    {
        NotAConcern,
        NoFurtherAction,
        EarlyHelp,
        ReferralToFrontDoor,
    }

    /// <summary>A piece of free text the screen flagged, waiting for (or with) a safeguarding lead's decision.</summary>
    public sealed class SafeguardingConcern
    {
        public const int MaxTextLength = 10_000;

        public Guid Id { get; set; }
        public DateTime ReceivedAt { get; set; }
        public DateTime DueAt { get; set; }
        public int Severity { get; set; }

        /// <summary>Category names, comma separated, most severe first.</summary>
        public string Categories { get; set; } = "";

        /// <summary>The matched phrases, one per line.</summary>
        public string MatchedPhrases { get; set; } = "";
        public string Reason { get; set; } = "";
        public string Text { get; set; } = "";

        /// <summary>What kind of thing the text came from, e.g. "Survey answer", "Page comment".</summary>
        public string SourceType { get; set; } = "";
        public string SourceId { get; set; } = "";

        /// <summary>Where it was written, e.g. the consultation and question, so the lead can read it in context.</summary>
        public string? Context { get; set; }
        public ConcernStatus Status { get; set; }
        public ConcernDecision? Decision { get; set; }
        public string? DecisionReason { get; set; }
        public string? DecidedBy { get; set; }
        public DateTime? DecidedAt { get; set; }
        public DateTime? EscalatedAt { get; set; }
    }

    /// <summary>A saved copy of the screening lexicon. The newest is the one in use; none means the built-in default.</summary>
    public sealed class LexiconVersion
    {
        public int Id { get; set; }
        public string Source { get; set; } = "";
        public DateTime SavedAt { get; set; }
        public string SavedBy { get; set; } = "";
        public string? Note { get; set; }
    }

    /// <summary>A sentence every saved lexicon must still get right.</summary>
    public sealed class LexiconTestSentence
    {
        public Guid Id { get; set; }
        public string Text { get; set; } = "";
        public bool MustFlag { get; set; }
        public DateTime AddedAt { get; set; }
        public string AddedBy { get; set; } = "";
    }

    internal sealed class SafeguardingConcernConfiguration : IEntityTypeConfiguration<SafeguardingConcern>
    {
        public void Configure(EntityTypeBuilder<SafeguardingConcern> builder)
        {
            builder.ToTable("SafeguardingConcerns");
            builder.Property(c => c.Categories).HasMaxLength(400);
            builder.Property(c => c.MatchedPhrases).HasMaxLength(4000);
            builder.Property(c => c.Reason).HasMaxLength(2000);
            builder.Property(c => c.Text).HasMaxLength(SafeguardingConcern.MaxTextLength);
            builder.Property(c => c.SourceType).HasMaxLength(60);
            builder.Property(c => c.SourceId).HasMaxLength(200);
            builder.Property(c => c.Context).HasMaxLength(1000);
            builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
            builder.Property(c => c.Decision).HasConversion<string>().HasMaxLength(30);
            builder.Property(c => c.DecisionReason).HasMaxLength(4000);
            builder.Property(c => c.DecidedBy).HasMaxLength(256);
            builder.HasIndex(c => new { c.Status, c.DueAt });
            builder.HasIndex(c => new { c.SourceType, c.SourceId });
        }
    }

    internal sealed class LexiconVersionConfiguration : IEntityTypeConfiguration<LexiconVersion>
    {
        public void Configure(EntityTypeBuilder<LexiconVersion> builder)
        {
            builder.ToTable("LexiconVersions");
            builder.Property(l => l.Source).HasMaxLength(200_000);
            builder.Property(l => l.SavedBy).HasMaxLength(256);
            builder.Property(l => l.Note).HasMaxLength(1000);
        }
    }

    internal sealed class LexiconTestSentenceConfiguration : IEntityTypeConfiguration<LexiconTestSentence>
    {
        public void Configure(EntityTypeBuilder<LexiconTestSentence> builder)
        {
            builder.ToTable("LexiconTestSentences");
            builder.Property(s => s.Text).HasMaxLength(1000);
            builder.Property(s => s.AddedBy).HasMaxLength(256);
        }
    }
}
