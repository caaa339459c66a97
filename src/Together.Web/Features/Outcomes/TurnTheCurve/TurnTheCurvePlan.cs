using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Features.Governance;

namespace Together.Web.Features.Outcomes.TurnTheCurve;

/// <summary>
/// An indicator's "turn the curve" plan (Results-Based Accountability): the story behind the curve, the partners with a role,
/// what works, and an action plan. Staff edit the draft fields; the public sees only the copy made when it was last
/// published. The baseline and forecast are not typed in: they come from the figures (see <see cref="CurveForecast"/>).
/// The actions are governance action log entries (<see cref="BoardAction.TurnTheCurvePlanId"/>), so they have owners,
/// due dates, status, dated updates and overdue reminders in one place.
/// </summary>
public sealed class TurnTheCurvePlan
{
    public const int StoryMaxLength = 8000;
    public const int PartnersMaxLength = 4000;
    public const int WhatWorksMaxLength = 8000;

    public Guid Id { get; set; }
    public Guid IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }

    /// <summary>Draft: the story behind the curve (Markdown).</summary>
    public string Story { get; set; } = "";
    /// <summary>Draft: partners with a role, one per line, "Partner: their role".</summary>
    public string Partners { get; set; } = "";
    /// <summary>Draft: what works, from evidence and experience (Markdown).</summary>
    public string WhatWorks { get; set; } = "";
    public DateTime DraftUpdatedAt { get; set; }
    public string DraftUpdatedBy { get; set; } = "";

    public string? PublishedStory { get; set; }
    public string? PublishedPartners { get; set; }
    public string? PublishedWhatWorks { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
    /// <summary>How many times it has been published; each time is kept in <see cref="TurnTheCurvePublication"/>.</summary>
    public int PublishedVersion { get; set; }

    public bool IsPublished => PublishedAt is not null;

    public bool HasUnpublishedChanges =>
        !IsPublished || Story != PublishedStory || Partners != PublishedPartners || WhatWorks != PublishedWhatWorks;

    /// <summary>"Partner: role" lines as pairs; a line without a colon is a partner with no role given.</summary>
    public static IReadOnlyList<(string Partner, string? Role)> PartnerLines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.IndexOf(':', StringComparison.Ordinal) is var i and > 0
                ? (line[..i].Trim(), (string?)line[(i + 1)..].Trim() is { Length: > 0 } role ? role : null)
                : (line, null))
            .ToList();
}

/// <summary>One publication of a turn-the-curve plan: what the public saw from then on, who published it and when.</summary>
public sealed class TurnTheCurvePublication
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public int Version { get; set; }
    public DateTime PublishedAt { get; set; }
    public string PublishedBy { get; set; } = "";
    public string Story { get; set; } = "";
    public string Partners { get; set; } = "";
    public string WhatWorks { get; set; } = "";
}

internal sealed class TurnTheCurvePlanConfiguration : IEntityTypeConfiguration<TurnTheCurvePlan>
{
    public void Configure(EntityTypeBuilder<TurnTheCurvePlan> builder)
    {
        builder.ToTable("TurnTheCurvePlans");
        builder.HasOne(p => p.Indicator).WithMany().HasForeignKey(p => p.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.IndicatorId).IsUnique();
        builder.Property(p => p.Story).HasMaxLength(TurnTheCurvePlan.StoryMaxLength);
        builder.Property(p => p.Partners).HasMaxLength(TurnTheCurvePlan.PartnersMaxLength);
        builder.Property(p => p.WhatWorks).HasMaxLength(TurnTheCurvePlan.WhatWorksMaxLength);
        builder.Property(p => p.DraftUpdatedBy).HasMaxLength(256);
        builder.Property(p => p.PublishedStory).HasMaxLength(TurnTheCurvePlan.StoryMaxLength);
        builder.Property(p => p.PublishedPartners).HasMaxLength(TurnTheCurvePlan.PartnersMaxLength);
        builder.Property(p => p.PublishedWhatWorks).HasMaxLength(TurnTheCurvePlan.WhatWorksMaxLength);
        builder.Property(p => p.PublishedBy).HasMaxLength(256);
        builder.Ignore(p => p.IsPublished);
        builder.Ignore(p => p.HasUnpublishedChanges);
        // The action plan is the governance action log: an action may belong to a plan instead of a meeting.
        builder.HasMany<BoardAction>().WithOne(a => a.TurnTheCurvePlan).HasForeignKey(a => a.TurnTheCurvePlanId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TurnTheCurvePublicationConfiguration : IEntityTypeConfiguration<TurnTheCurvePublication>
{
    public void Configure(EntityTypeBuilder<TurnTheCurvePublication> builder)
    {
        builder.ToTable("TurnTheCurvePublications");
        builder.HasOne<TurnTheCurvePlan>().WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.PlanId, p.Version }).IsUnique();
        builder.Property(p => p.PublishedBy).HasMaxLength(256);
        builder.Property(p => p.Story).HasMaxLength(TurnTheCurvePlan.StoryMaxLength);
        builder.Property(p => p.Partners).HasMaxLength(TurnTheCurvePlan.PartnersMaxLength);
        builder.Property(p => p.WhatWorks).HasMaxLength(TurnTheCurvePlan.WhatWorksMaxLength);
    }
}
