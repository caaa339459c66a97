using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Features.Documents;

namespace Together.Web.Features.Documents
{
    public enum DocumentCategory
    {
        Plan,
        Strategy,
        TermsOfReference,
        AnnualReport,
        Policy,
        Other,
    }

    /// <summary>A document the Trust publishes (the plan, strategies, terms of reference, annual reports).</summary>
    public sealed class LibraryDocument
    {
        public Guid Id { get; set; }
        public string Slug { get; set; } = "";
        public string Title { get; set; } = "";
        public string Summary { get; set; } = "";
        public DocumentCategory Category { get; set; }
        public DateTime CreatedAt { get; set; }
        public List<DocumentVersion> Versions { get; set; } = [];
    }

    /// <summary>
    /// One published version: the PDF and its accessible HTML alternative (required: a PDF alone excludes people who
    /// use screen readers or small phones). Versions are never changed or deleted; a correction is a new version.
    /// </summary>
    public sealed class DocumentVersion
    {
        public Guid Id { get; set; }
        public Guid DocumentId { get; set; }
        public int Number { get; set; }
        public string FileName { get; set; } = "";
        public long SizeBytes { get; set; }
        public int PageCount { get; set; }
        public byte[] Content { get; set; } = [];

        /// <summary>Markdown, rendered as the HTML version of the document.</summary>
        public string HtmlAlternative { get; set; } = "";

        public string ChangeNote { get; set; } = "";
        public DateTime PublishedAt { get; set; }
        public string PublishedBy { get; set; } = "";
    }

    internal sealed class LibraryDocumentConfiguration : IEntityTypeConfiguration<LibraryDocument>
    {
        public void Configure(EntityTypeBuilder<LibraryDocument> builder)
        {
            builder.ToTable("Documents");
            builder.Property(d => d.Slug).HasMaxLength(100);
            builder.Property(d => d.Title).HasMaxLength(200);
            builder.Property(d => d.Summary).HasMaxLength(1000);
            builder.Property(d => d.Category).HasConversion<string>().HasMaxLength(40);
            builder.HasIndex(d => d.Slug).IsUnique();
            builder.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        }
    }

    internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
    {
        public void Configure(EntityTypeBuilder<DocumentVersion> builder)
        {
            builder.ToTable("DocumentVersions");
            builder.Property(v => v.FileName).HasMaxLength(260);
            builder.Property(v => v.HtmlAlternative).HasMaxLength(200000);
            builder.Property(v => v.ChangeNote).HasMaxLength(500);
            builder.Property(v => v.PublishedBy).HasMaxLength(256);
            builder.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
        }
    }
}

namespace Together.Web.Infrastructure.Database
{
    public partial class TogetherDbContext
    {
        public DbSet<LibraryDocument> LibraryDocuments => Set<LibraryDocument>();
        public DbSet<DocumentVersion> DocumentVersions => Set<DocumentVersion>();
    }
}
