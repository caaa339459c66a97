using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Together.Web.Features.Plan;

public enum PlanPeriodStatus
{
    Draft,
    Live,
    Archived,
}

/// <summary>
/// One Children and Young People's Plan (for example 2024 to 2027). Each period keeps its own content; exactly one is Live.
/// </summary>
public sealed class PlanPeriod
{
    public Guid Id { get; set; }

    /// <summary>Years, as in the address: "2024-2027". Fixed when the period is created.</summary>
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public PlanPeriodStatus Status { get; set; }
    public Guid? CarriedForwardFromId { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>What every piece of a plan shares: it belongs to one period and may have been carried forward from the previous one.</summary>
public interface IPlanItem
{
    Guid Id { get; set; }
    Guid PeriodId { get; set; }
    Guid? CarriedForwardFromId { get; set; }
}

/// <summary>One of the outcomes the Trust wants for children and young people. Other features link to it by Id.</summary>
public sealed class Outcome : IPlanItem
{
    public Guid Id { get; set; }
    public Guid PeriodId { get; set; }
    public Guid? CarriedForwardFromId { get; set; }
    public int Number { get; set; }
    public string ShortTitle { get; set; } = "";
    public string Statement { get; set; } = "";

    /// <summary>The outcome in plain words a child can read.</summary>
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
}

/// <summary>One of "Our focus": what the Trust will work to deliver.</summary>
public sealed class FocusArea : IPlanItem
{
    public Guid Id { get; set; }
    public Guid PeriodId { get; set; }
    public Guid? CarriedForwardFromId { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
}

/// <summary>A letter of TOGETHER, the Trust's shared definition of coproduction.</summary>
public sealed class Principle : IPlanItem
{
    public Guid Id { get; set; }
    public Guid PeriodId { get; set; }
    public Guid? CarriedForwardFromId { get; set; }
    public int Number { get; set; }
    public string Letter { get; set; } = "";
    public string Word { get; set; } = "";
    public string Description { get; set; } = "";
}

/// <summary>"How we'll know if we've made a difference".</summary>
public sealed class DifferenceStatement : IPlanItem
{
    public Guid Id { get; set; }
    public Guid PeriodId { get; set; }
    public Guid? CarriedForwardFromId { get; set; }
    public int Number { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>"Our behaviours": how partners work with families and with each other.</summary>
public sealed class Behaviour : IPlanItem
{
    public Guid Id { get; set; }
    public Guid PeriodId { get; set; }
    public Guid? CarriedForwardFromId { get; set; }
    public int Number { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>"We believe that...".</summary>
public sealed class Belief : IPlanItem
{
    public Guid Id { get; set; }
    public Guid PeriodId { get; set; }
    public Guid? CarriedForwardFromId { get; set; }
    public int Number { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>A free Markdown section of the plan, found by Key (see PlanSectionKeys).</summary>
public sealed class PlanSection : IPlanItem
{
    public Guid Id { get; set; }
    public Guid PeriodId { get; set; }
    public Guid? CarriedForwardFromId { get; set; }
    public string Key { get; set; } = "";
    public int SortOrder { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
}

public static class PlanSectionKeys
{
    public const string Vision = "vision";
    public const string Introduction = "introduction";
    public const string HowWeWork = "how-we-work";
    public const string WhatTheTrustDoes = "what-the-trust-does";
}

public enum OutcomeLinkTarget
{
    FocusArea,
    DifferenceStatement,
}

/// <summary>An outcome relates to a focus area or a "how we'll know" statement of the same period.</summary>
public sealed class OutcomeLink
{
    public Guid Id { get; set; }
    public Guid OutcomeId { get; set; }
    public OutcomeLinkTarget Target { get; set; }
    public Guid TargetId { get; set; }
}

internal sealed class PlanPeriodConfiguration : IEntityTypeConfiguration<PlanPeriod>
{
    public void Configure(EntityTypeBuilder<PlanPeriod> builder)
    {
        builder.ToTable("PlanPeriods");
        builder.Property(p => p.Slug).HasMaxLength(20);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => p.Slug).IsUnique();
        // Exactly one live plan: the database refuses a second.
        builder.HasIndex(p => p.Status).IsUnique().HasFilter("\"Status\" = 'Live'").HasDatabaseName("IX_PlanPeriods_Live");
        builder.HasOne<PlanPeriod>().WithMany().HasForeignKey(p => p.CarriedForwardFromId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal static class PlanItemMapping
{
    public static void MapItem<T>(this EntityTypeBuilder<T> builder, string table)
        where T : class, IPlanItem
    {
        builder.ToTable(table);
        builder.HasOne<PlanPeriod>().WithMany().HasForeignKey(i => i.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.CarriedForwardFromId);
    }
}

internal sealed class OutcomeConfiguration : IEntityTypeConfiguration<Outcome>
{
    public void Configure(EntityTypeBuilder<Outcome> builder)
    {
        builder.MapItem("PlanOutcomes");
        builder.Property(o => o.ShortTitle).HasMaxLength(PlanLimits.ShortTitle);
        builder.Property(o => o.Statement).HasMaxLength(PlanLimits.Statement);
        builder.Property(o => o.Summary).HasMaxLength(PlanLimits.Statement);
        builder.Property(o => o.Body).HasMaxLength(PlanLimits.Body);
        builder.HasIndex(o => new { o.PeriodId, o.Number }).IsUnique();
    }
}

internal sealed class FocusAreaConfiguration : IEntityTypeConfiguration<FocusArea>
{
    public void Configure(EntityTypeBuilder<FocusArea> builder)
    {
        builder.MapItem("PlanFocusAreas");
        builder.Property(f => f.Title).HasMaxLength(PlanLimits.Statement);
        builder.Property(f => f.Body).HasMaxLength(PlanLimits.Body);
        builder.HasIndex(f => new { f.PeriodId, f.Number }).IsUnique();
    }
}

internal sealed class PrincipleConfiguration : IEntityTypeConfiguration<Principle>
{
    public void Configure(EntityTypeBuilder<Principle> builder)
    {
        builder.MapItem("PlanPrinciples");
        builder.Property(p => p.Letter).HasMaxLength(1);
        builder.Property(p => p.Word).HasMaxLength(PlanLimits.ShortTitle);
        builder.Property(p => p.Description).HasMaxLength(PlanLimits.Statement);
        builder.HasIndex(p => new { p.PeriodId, p.Number }).IsUnique();
    }
}

internal sealed class DifferenceStatementConfiguration : IEntityTypeConfiguration<DifferenceStatement>
{
    public void Configure(EntityTypeBuilder<DifferenceStatement> builder)
    {
        builder.MapItem("PlanDifferenceStatements");
        builder.Property(s => s.Text).HasMaxLength(PlanLimits.Statement);
        builder.HasIndex(s => new { s.PeriodId, s.Number }).IsUnique();
    }
}

internal sealed class BehaviourConfiguration : IEntityTypeConfiguration<Behaviour>
{
    public void Configure(EntityTypeBuilder<Behaviour> builder)
    {
        builder.MapItem("PlanBehaviours");
        builder.Property(b => b.Text).HasMaxLength(PlanLimits.Statement);
        builder.HasIndex(b => new { b.PeriodId, b.Number }).IsUnique();
    }
}

internal sealed class BeliefConfiguration : IEntityTypeConfiguration<Belief>
{
    public void Configure(EntityTypeBuilder<Belief> builder)
    {
        builder.MapItem("PlanBeliefs");
        builder.Property(b => b.Text).HasMaxLength(PlanLimits.Statement);
        builder.HasIndex(b => new { b.PeriodId, b.Number }).IsUnique();
    }
}

internal sealed class PlanSectionConfiguration : IEntityTypeConfiguration<PlanSection>
{
    public void Configure(EntityTypeBuilder<PlanSection> builder)
    {
        builder.MapItem("PlanSections");
        builder.Property(s => s.Key).HasMaxLength(40);
        builder.Property(s => s.Title).HasMaxLength(PlanLimits.ShortTitle);
        builder.Property(s => s.Body).HasMaxLength(PlanLimits.Body);
        builder.HasIndex(s => new { s.PeriodId, s.Key }).IsUnique();
    }
}

internal sealed class OutcomeLinkConfiguration : IEntityTypeConfiguration<OutcomeLink>
{
    public void Configure(EntityTypeBuilder<OutcomeLink> builder)
    {
        builder.ToTable("PlanOutcomeLinks");
        builder.Property(l => l.Target).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<Outcome>().WithMany().HasForeignKey(l => l.OutcomeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.OutcomeId, l.Target, l.TargetId }).IsUnique();
    }
}

/// <summary>Longest text each kind of field may hold; the admin form checks these before the database does.</summary>
public static class PlanLimits
{
    public const int ShortTitle = 100;
    public const int Statement = 500;
    public const int Body = 20_000;
}
