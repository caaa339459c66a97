using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Infrastructure.Auditing;

namespace Together.Web.Infrastructure.Notifications;

/// <summary>An email waiting to be sent. Saved in the same transaction as the change that caused it.</summary>
[NotAudited]
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public string ToAddress { get; set; } = "";
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    /// <summary>What caused the message, e.g. "contact.reply" or "invitation": lets staff see why it was sent.</summary>
    public string Category { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>
    /// For list mail (the Youth Council mailing list): the https link that removes the recipient, sent as the
    /// List-Unsubscribe and List-Unsubscribe-Post headers (RFC 2369, RFC 8058) so mail apps can offer one-click leaving.
    /// </summary>
    public string? ListUnsubscribeUrl { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.ToAddress).HasMaxLength(320);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Category).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.ListUnsubscribeUrl).HasMaxLength(500);
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}
