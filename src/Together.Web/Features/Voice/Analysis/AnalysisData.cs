using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Features.Voice.Analysis;

namespace Together.Web.Infrastructure.Database
{
    public partial class TogetherDbContext
    {
        public DbSet<ConsultationTheme> ConsultationThemes => Set<ConsultationTheme>();
        public DbSet<AnswerTheme> AnswerThemes => Set<AnswerTheme>();
        public DbSet<PublishableQuote> PublishableQuotes => Set<PublishableQuote>();
        public DbSet<QuestionIndicatorLink> QuestionIndicatorLinks => Set<QuestionIndicatorLink>();
    }
}

namespace Together.Web.Features.Voice.Analysis
{
    /// <summary>One theme in a consultation's codebook: what people's free-text answers are about.</summary>
    public sealed class ConsultationTheme
    {
        public const int MaxName = 100;
        public const int MaxDescription = 500;
        public const int MaxKeywords = 500;

        public Guid Id { get; set; }
        public Guid ConsultationId { get; set; }
        public string Name { get; set; } = "";
        public string Description { get; set; } = "";

        /// <summary>Words and phrases that suggest an answer belongs to this theme, comma separated.</summary>
        public string Keywords { get; set; } = "";
        public DateTime CreatedAt { get; set; }

        public IReadOnlyList<string> KeywordList =>
            Keywords.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>A free-text answer tagged with a theme. An answer can carry many themes.</summary>
    public sealed class AnswerTheme
    {
        public Guid AnswerId { get; set; }
        public Guid ThemeId { get; set; }
        public string TaggedBy { get; set; } = "";
        public DateTime TaggedAt { get; set; }
    }

    /// <summary>
    /// A free-text answer staff have chosen to quote in the published results. Never a flagged answer: the pages refuse
    /// it and the public page checks again.
    /// </summary>
    public sealed class PublishableQuote
    {
        public Guid AnswerId { get; set; }
        public Guid ConsultationId { get; set; }
        public string MarkedBy { get; set; } = "";
        public DateTime MarkedAt { get; set; }
    }

    /// <summary>
    /// A closed question that feeds an Outcomes indicator: the people who chose any of <see cref="YesValues"/> out of
    /// everyone who answered become the indicator's count and denominator for an area and period.
    /// </summary>
    public sealed class QuestionIndicatorLink
    {
        public Guid Id { get; set; }
        public Guid ConsultationId { get; set; }
        public string QuestionId { get; set; } = "";

        /// <summary>For a matrix question, the statement (row, from 0) whose answers count.</summary>
        public int? MatrixRow { get; set; }

        /// <summary>The option values counted as "yes", comma separated.</summary>
        public string YesValues { get; set; } = "";
        public Guid IndicatorId { get; set; }
        public string AreaId { get; set; } = "";
        public string Period { get; set; } = "";
        public string CreatedBy { get; set; } = "";
        public DateTime CreatedAt { get; set; }
        public DateTime? SentAt { get; set; }
        public int? SentCount { get; set; }
        public int? SentDenominator { get; set; }

        public IReadOnlyList<string> YesValueList =>
            YesValues.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    internal sealed class ConsultationThemeConfiguration : IEntityTypeConfiguration<ConsultationTheme>
    {
        public void Configure(EntityTypeBuilder<ConsultationTheme> builder)
        {
            builder.ToTable("ConsultationThemes");
            builder.Property(t => t.Name).HasMaxLength(ConsultationTheme.MaxName);
            builder.Property(t => t.Description).HasMaxLength(ConsultationTheme.MaxDescription);
            builder.Property(t => t.Keywords).HasMaxLength(ConsultationTheme.MaxKeywords);
            builder.HasIndex(t => new { t.ConsultationId, t.Name }).IsUnique();
            builder.HasOne<Consultation>().WithMany().HasForeignKey(t => t.ConsultationId).OnDelete(DeleteBehavior.Cascade);
            builder.Ignore(t => t.KeywordList);
        }
    }

    internal sealed class AnswerThemeConfiguration : IEntityTypeConfiguration<AnswerTheme>
    {
        public void Configure(EntityTypeBuilder<AnswerTheme> builder)
        {
            builder.ToTable("AnswerThemes");
            builder.HasKey(t => new { t.AnswerId, t.ThemeId });
            builder.Property(t => t.TaggedBy).HasMaxLength(256);
            builder.HasIndex(t => t.ThemeId);
            builder.HasOne<ResponseAnswer>().WithMany().HasForeignKey(t => t.AnswerId).OnDelete(DeleteBehavior.Cascade);
            builder.HasOne<ConsultationTheme>().WithMany().HasForeignKey(t => t.ThemeId).OnDelete(DeleteBehavior.Cascade);
        }
    }

    internal sealed class PublishableQuoteConfiguration : IEntityTypeConfiguration<PublishableQuote>
    {
        public void Configure(EntityTypeBuilder<PublishableQuote> builder)
        {
            builder.ToTable("PublishableQuotes");
            builder.HasKey(q => q.AnswerId);
            builder.Property(q => q.MarkedBy).HasMaxLength(256);
            builder.HasIndex(q => q.ConsultationId);
            builder.HasOne<ResponseAnswer>().WithMany().HasForeignKey(q => q.AnswerId).OnDelete(DeleteBehavior.Cascade);
            builder.HasOne<Consultation>().WithMany().HasForeignKey(q => q.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        }
    }

    internal sealed class QuestionIndicatorLinkConfiguration : IEntityTypeConfiguration<QuestionIndicatorLink>
    {
        public void Configure(EntityTypeBuilder<QuestionIndicatorLink> builder)
        {
            builder.ToTable("QuestionIndicatorLinks");
            builder.Property(l => l.QuestionId).HasMaxLength(40);
            builder.Property(l => l.YesValues).HasMaxLength(500);
            builder.Property(l => l.AreaId).HasMaxLength(80);
            builder.Property(l => l.Period).HasMaxLength(20);
            builder.Property(l => l.CreatedBy).HasMaxLength(256);
            builder.HasIndex(l => l.ConsultationId);
            builder.HasOne<Consultation>().WithMany().HasForeignKey(l => l.ConsultationId).OnDelete(DeleteBehavior.Cascade);
            builder.HasOne<Outcomes.Indicator>().WithMany().HasForeignKey(l => l.IndicatorId).OnDelete(DeleteBehavior.Cascade);
            builder.HasOne<Areas.Area>().WithMany().HasForeignKey(l => l.AreaId).OnDelete(DeleteBehavior.Restrict);
            builder.Ignore(l => l.YesValueList);
        }
    }
}
