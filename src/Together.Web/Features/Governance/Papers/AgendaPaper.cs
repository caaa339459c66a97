using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Together.Web.Features.Governance;

/// <summary>
/// An uploaded PDF paper for an agenda item. Every PDF comes with an accessible HTML summary (required), so people
/// who cannot use the PDF get the substance of it; the PDF goes into the meeting pack.
/// </summary>
public sealed class AgendaPaper
{
    public Guid Id { get; set; }
    public Guid AgendaItemId { get; set; }
    public AgendaItem? AgendaItem { get; set; }
    public string Title { get; set; } = "";
    public string FileName { get; set; } = "";
    public long SizeBytes { get; set; }
    public int PageCount { get; set; }
    public byte[] Content { get; set; } = [];

    /// <summary>Markdown: the paper's purpose, main points and recommendations in plain words.</summary>
    public string AccessibleSummary { get; set; } = "";

    public DateTime UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
}

internal sealed class AgendaPaperConfiguration : IEntityTypeConfiguration<AgendaPaper>
{
    public void Configure(EntityTypeBuilder<AgendaPaper> builder)
    {
        builder.ToTable("GovernanceAgendaPapers");
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.FileName).HasMaxLength(260);
        builder.Property(p => p.AccessibleSummary).HasMaxLength(20000);
        builder.Property(p => p.UploadedBy).HasMaxLength(256);
        builder.HasOne(p => p.AgendaItem).WithMany().HasForeignKey(p => p.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.AgendaItemId);
    }
}
