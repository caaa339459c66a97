using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Features.Governance;

namespace Together.Web.Features.YouthCouncil;

public enum AgeBand
{
    Under13,
    From13To15,
    From16To18,
    From19To25,
}

public static class AgeBands
{
    public static string Label(AgeBand band) => band switch
    {
        AgeBand.Under13 => "12 or under",
        AgeBand.From13To15 => "13 to 15",
        AgeBand.From16To18 => "16 to 18",
        AgeBand.From19To25 => "19 to 25 (care leavers and young people with SEND)",
        _ => band.ToString(),
    };
}

/// <summary>A young person on the Youth Council. Under 13s need a parent or carer's recorded consent.</summary>
public sealed class YouthCouncilMember
{
    public Guid Id { get; set; }
    public string FirstName { get; set; } = "";
    public AgeBand AgeBand { get; set; }
    public string? ParentConsentGivenBy { get; set; }
    public DateOnly? ParentConsentRecordedOn { get; set; }
    public DateOnly JoinedOn { get; set; }
    public DateOnly? LeftOn { get; set; }

    public bool NeedsParentConsent => AgeBand == AgeBand.Under13;

    public bool HasConsentIfNeeded => !NeedsParentConsent || (!string.IsNullOrWhiteSpace(ParentConsentGivenBy) && ParentConsentRecordedOn is not null);
}

public enum ChallengeStatus
{
    Raised,
    Answered,
    ActionAgreed,
    Done,
    NotAgreed,
}

/// <summary>"We asked the board to…": a challenge or ask from the Youth Council, and what the board did about it.</summary>
public sealed class Challenge
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string WeAsked { get; set; } = "";
    public string WhyItMatters { get; set; } = "";
    public string RaisedBy { get; set; } = "";
    public string? CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public ChallengeStatus Status { get; set; }
    public Guid? MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public string? BoardResponse { get; set; }
    public string? AgreedAction { get; set; }
    public string? NotAgreedReason { get; set; }
    public string? WhatChanged { get; set; }
    public Guid? DecisionId { get; set; }
    public Decision? Decision { get; set; }
    public Guid? ActionId { get; set; }
    public BoardAction? Action { get; set; }
    public List<ChallengeHistory> History { get; set; } = [];
}

public sealed class ChallengeHistory
{
    public Guid Id { get; set; }
    public Guid ChallengeId { get; set; }
    public DateTime At { get; set; }
    public ChallengeStatus? FromStatus { get; set; }
    public ChallengeStatus ToStatus { get; set; }
    public string By { get; set; } = "";
    public string? Note { get; set; }
}

internal sealed class YouthCouncilMemberConfiguration : IEntityTypeConfiguration<YouthCouncilMember>
{
    public void Configure(EntityTypeBuilder<YouthCouncilMember> builder)
    {
        builder.ToTable("YouthCouncilMembers");
        builder.Property(m => m.FirstName).HasMaxLength(100);
        builder.Property(m => m.AgeBand).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.ParentConsentGivenBy).HasMaxLength(200);
    }
}

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>
{
    public void Configure(EntityTypeBuilder<Challenge> builder)
    {
        builder.ToTable("YouthCouncilChallenges");
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.WeAsked).HasMaxLength(2000);
        builder.Property(c => c.WhyItMatters).HasMaxLength(2000);
        builder.Property(c => c.RaisedBy).HasMaxLength(200);
        builder.Property(c => c.CreatedByUserId).HasMaxLength(450);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.BoardResponse).HasMaxLength(4000);
        builder.Property(c => c.NotAgreedReason).HasMaxLength(2000);
        builder.Property(c => c.AgreedAction).HasMaxLength(2000);
        builder.Property(c => c.WhatChanged).HasMaxLength(2000);
        builder.HasIndex(c => c.Status);
        builder.HasOne(c => c.Meeting).WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Decision).WithMany().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Action).WithMany().HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.History).WithOne().HasForeignKey(h => h.ChallengeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChallengeHistoryConfiguration : IEntityTypeConfiguration<ChallengeHistory>
{
    public void Configure(EntityTypeBuilder<ChallengeHistory> builder)
    {
        builder.ToTable("YouthCouncilChallengeHistory");
        builder.Property(h => h.FromStatus).HasConversion<string>().HasMaxLength(40);
        builder.Property(h => h.ToStatus).HasConversion<string>().HasMaxLength(40);
        builder.Property(h => h.By).HasMaxLength(200);
        builder.Property(h => h.Note).HasMaxLength(4000);
    }
}
