using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Infrastructure.Auditing;
using Together.Web.Features.Voice;

namespace Together.Web.Infrastructure.Database
{
    public partial class TogetherDbContext
    {
        public DbSet<Consultation> Consultations => Set<Consultation>();
        public DbSet<ConsultationStatusChange> ConsultationStatusChanges => Set<ConsultationStatusChange>();
        public DbSet<SurveyVersion> SurveyVersions => Set<SurveyVersion>();
        public DbSet<ResponseDraft> ResponseDrafts => Set<ResponseDraft>();
        public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
        public DbSet<ResponseAnswer> ResponseAnswers => Set<ResponseAnswer>();
    }
}

namespace Together.Web.Features.Voice
{
    public enum ConsultationStatus
    {
        Draft,
        Scheduled,
        Open,
        Closed,
        Analysing,
        ResultsPublished,
    }

    [Flags]
    public enum Audience
    {
        None = 0,
        Children8To12 = 1,
        YoungPeople13To17 = 2,
        YoungAdults18To25 = 4,
        ParentsAndCarers = 8,
        Professionals = 16,
        Everyone = 32,
    }

    /// <summary>A question the Trust is asking: what it is about, who it is for, when it runs, and where it is in its life.</summary>
    public sealed class Consultation
    {
        public Guid Id { get; set; }
        public string Slug { get; set; } = "";
        public string Title { get; set; } = "";

        /// <summary>What it is about, in plain words.</summary>
        public string Summary { get; set; } = "";
        public Audience Audiences { get; set; }

        /// <summary>Plan outcome and focus area numbers it informs, e.g. "2, 3.1" (the plan is linked by number).</summary>
        public string? PlanLinks { get; set; }
        public Guid OwnerOrganisationId { get; set; }
        public DateTime OpensAt { get; set; }
        public DateTime ClosesAt { get; set; }
        public DateOnly? ResultsExpectedBy { get; set; }
        public ConsultationStatus Status { get; set; }
        public DateTime CreatedAt { get; set; }
        public bool IsDemo { get; set; }

        /// <summary>
        /// Open for answers now: opened by staff and inside its dates. A consultation past its closing time takes no
        /// more answers even before anyone marks it closed.
        /// </summary>
        public bool AcceptsAnswers(DateTime nowUtc) => Status == ConsultationStatus.Open && nowUtc >= OpensAt && nowUtc < ClosesAt;
    }

    public sealed class ConsultationStatusChange
    {
        public Guid Id { get; set; }
        public Guid ConsultationId { get; set; }
        public ConsultationStatus From { get; set; }
        public ConsultationStatus To { get; set; }
        public DateTime At { get; set; }
        public string By { get; set; } = "";
    }

    /// <summary>One version of a consultation's survey. Once a response uses it, it is never edited again.</summary>
    public sealed class SurveyVersion
    {
        public Guid Id { get; set; }
        public Guid ConsultationId { get; set; }
        public int Number { get; set; }
        public string DefinitionJson { get; set; } = "{}";
        public DateTime CreatedAt { get; set; }
    }

    /// <summary>
    /// Answers kept on the server while someone works through a survey. Found by a random key the respondent holds
    /// (only its hash is stored), it holds no personal data beyond the answers, and it expires after 7 days.
    /// </summary>
    public sealed class ResponseDraft
    {
        public string KeyHash { get; set; } = "";
        public Guid ConsultationId { get; set; }
        public Guid SurveyVersionId { get; set; }
        public bool EasyRead { get; set; }
        public string AnswersJson { get; set; } = "{}";

        /// <summary>Question ids whose text answer was flagged by the safeguarding screen, comma separated.</summary>
        public string FlaggedQuestions { get; set; } = "";
        public DateTime CreatedAt { get; set; }
        public DateTime ExpiresAt { get; set; }
        public Guid? ResponseId { get; set; }
    }

    /// <summary>
    /// Only ever created, by anonymous respondents: not copied into the audit log, which would otherwise hold every
    /// child's answers a second time (and for longer). Staff reading responses is audited where it happens.
    /// </summary>
    [NotAudited]
    public sealed class SurveyResponse
    {
        public Guid Id { get; set; }
        public Guid ConsultationId { get; set; }
        public Guid SurveyVersionId { get; set; }

        /// <summary>The draft it came from: unique, so a double submit can only ever store one response.</summary>
        public string DraftKeyHash { get; set; } = "";
        public bool EasyRead { get; set; }
        public DateTime SubmittedAt { get; set; }
        public bool IsDemo { get; set; }
    }

    /// <summary>Only ever created, with its response; not audited, for the same reason.</summary>
    [NotAudited]
    public sealed class ResponseAnswer
    {
        public Guid Id { get; set; }
        public Guid ResponseId { get; set; }
        public string QuestionId { get; set; } = "";
        public string Value { get; set; } = "";

        /// <summary>Flagged by the safeguarding screen: never quoted or published.</summary>
        public bool Flagged { get; set; }
    }

    internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
    {
        public void Configure(EntityTypeBuilder<Consultation> builder)
        {
            builder.ToTable("Consultations");
            builder.Property(c => c.Slug).HasMaxLength(100);
            builder.HasIndex(c => c.Slug).IsUnique();
            builder.Property(c => c.Title).HasMaxLength(200);
            builder.Property(c => c.Summary).HasMaxLength(2000);
            builder.Property(c => c.Audiences).HasConversion<string>().HasMaxLength(200);
            builder.Property(c => c.PlanLinks).HasMaxLength(200);
            builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
            builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(c => c.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        }
    }

    internal sealed class ConsultationStatusChangeConfiguration : IEntityTypeConfiguration<ConsultationStatusChange>
    {
        public void Configure(EntityTypeBuilder<ConsultationStatusChange> builder)
        {
            builder.ToTable("ConsultationStatusChanges");
            builder.Property(c => c.From).HasConversion<string>().HasMaxLength(30);
            builder.Property(c => c.To).HasConversion<string>().HasMaxLength(30);
            builder.Property(c => c.By).HasMaxLength(256);
            builder.HasOne<Consultation>().WithMany().HasForeignKey(c => c.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        }
    }

    internal sealed class SurveyVersionConfiguration : IEntityTypeConfiguration<SurveyVersion>
    {
        public void Configure(EntityTypeBuilder<SurveyVersion> builder)
        {
            builder.ToTable("SurveyVersions");
            builder.Property(v => v.DefinitionJson).HasMaxLength(500_000);
            builder.HasIndex(v => new { v.ConsultationId, v.Number }).IsUnique();
            builder.HasOne<Consultation>().WithMany().HasForeignKey(v => v.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        }
    }

    internal sealed class ResponseDraftConfiguration : IEntityTypeConfiguration<ResponseDraft>
    {
        public void Configure(EntityTypeBuilder<ResponseDraft> builder)
        {
            builder.ToTable("ResponseDrafts");
            builder.HasKey(d => d.KeyHash);
            builder.Property(d => d.KeyHash).HasMaxLength(64);
            builder.Property(d => d.AnswersJson).HasMaxLength(200_000);
            builder.Property(d => d.FlaggedQuestions).HasMaxLength(2000);
            builder.HasIndex(d => d.ExpiresAt);
            builder.HasOne<SurveyVersion>().WithMany().HasForeignKey(d => d.SurveyVersionId).OnDelete(DeleteBehavior.Cascade);
        }
    }

    internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
    {
        public void Configure(EntityTypeBuilder<SurveyResponse> builder)
        {
            builder.ToTable("SurveyResponses");
            builder.Property(r => r.DraftKeyHash).HasMaxLength(64);
            builder.HasIndex(r => r.DraftKeyHash).IsUnique();
            builder.HasIndex(r => r.ConsultationId);
            builder.HasOne<SurveyVersion>().WithMany().HasForeignKey(r => r.SurveyVersionId).OnDelete(DeleteBehavior.Restrict);
        }
    }

    internal sealed class ResponseAnswerConfiguration : IEntityTypeConfiguration<ResponseAnswer>
    {
        public void Configure(EntityTypeBuilder<ResponseAnswer> builder)
        {
            builder.ToTable("ResponseAnswers");
            builder.Property(a => a.QuestionId).HasMaxLength(40);
            builder.Property(a => a.Value).HasMaxLength(SurveyDefinition.MaxTextAnswer);
            builder.HasIndex(a => new { a.ResponseId, a.QuestionId });
            builder.HasOne<SurveyResponse>().WithMany().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        }
    }
}
