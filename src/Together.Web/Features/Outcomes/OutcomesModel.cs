using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Statistics;
using Together.Web.Features.Areas;
using Together.Web.Features.Organisations;
using Together.Web.Infrastructure.Auditing;

namespace Together.Web.Features.Outcomes;

/// <summary>How an indicator's value is made from its count and denominator.</summary>
public enum IndicatorValueType
{
    Proportion,
    CrudeRate,
    DirectlyStandardisedRate,
    Count,
    Mean,
}

public enum PeriodType
{
    FinancialYear,
    AcademicYear,
    CalendarYear,
    Quarter,
    Month,
}

public enum CiMethod
{
    WilsonScore,
    Byar,
    Dobson,
    NormalMean,
    None,
}

public enum ComparisonMethod
{
    /// <summary>Fingertips: is the comparator's value outside the area's 95% interval?</summary>
    ConfidenceInterval95,
    /// <summary>As above at 95% and 99.8%.</summary>
    ConfidenceInterval95And998,
    /// <summary>No statistical comparison (values are shown side by side only).</summary>
    None,
}

/// <summary>Results-Based Accountability: a population indicator, or a performance measure of one of three kinds.</summary>
public enum RbaKind
{
    PopulationIndicator,
    HowMuch,
    HowWell,
    BetterOff,
}

/// <summary>A breakdown of a figure: the whole population, or one group of it.</summary>
public enum BreakdownDimension
{
    All,
    Sex,
    AgeBand,
    Send,
    CaredFor,
    Ethnicity,
}

/// <summary>Where a figure's value came from.</summary>
public enum ValueOrigin
{
    /// <summary>Calculated here from the count and denominator (or mean, SD and n).</summary>
    Calculated,
    /// <summary>Published by the source (for example DfE LAIT) without a count we could calculate from.</summary>
    AsPublished,
}

/// <summary>A measure the Trust uses to know whether it is making a difference.</summary>
public sealed class Indicator
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public string Definition { get; set; } = "";
    public string Rationale { get; set; } = "";
    public string NumeratorDefinition { get; set; } = "";
    public string? DenominatorDefinition { get; set; }
    public string Source { get; set; } = "";
    public Guid? DataOwnerId { get; set; }
    public Organisation? DataOwner { get; set; }
    public IndicatorValueType ValueType { get; set; }
    /// <summary>100 for a percentage, 10,000 for "per 10,000", 1 for counts and means.</summary>
    public double Multiplier { get; set; } = 100;
    public int DecimalPlaces { get; set; } = 1;
    public Polarity Polarity { get; set; }
    public PeriodType PeriodType { get; set; }
    public CiMethod CiMethod { get; set; }
    public ComparisonMethod ComparisonMethod { get; set; }
    public RbaKind RbaKind { get; set; }
    /// <summary>Plan outcome numbers (1–6), comma-separated, until the plan's own ids are on main.</summary>
    public string OutcomeNumbers { get; set; } = "";
    /// <summary>Focus areas, one per line.</summary>
    public string FocusAreas { get; set; } = "";
    /// <summary>"How we'll know" statement numbers (1–7), comma-separated.</summary>
    public string StatementNumbers { get; set; } = "";
    public double? TargetValue { get; set; }
    public DateOnly? TargetDate { get; set; }
    public bool IsPublished { get; set; }
    /// <summary>True for the generated demonstration series, which pages label as such.</summary>
    public bool IsDemonstration { get; set; }
    public DateTime UpdatedAt { get; set; }

    public IReadOnlyList<int> Outcomes => ParseNumbers(OutcomeNumbers);

    public IReadOnlyList<int> Statements => ParseNumbers(StatementNumbers);

    public IReadOnlyList<string> FocusAreaList =>
        FocusAreas.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static IReadOnlyList<int> ParseNumbers(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.TryParse(s, out var n) ? n : 0).Where(n => n > 0).Distinct().Order().ToList();
}

/// <summary>Children living in an area, by age band, for a period (mid-year estimates): denominators for rates.</summary>
public sealed class ChildPopulation
{
    public Guid Id { get; set; }
    public string AreaId { get; set; } = "";
    public Area? Area { get; set; }
    public int Year { get; set; }
    /// <summary>"0-4", "5-10", "11-15", "16-17", or "0-17".</summary>
    public string AgeBand { get; set; } = "";
    public int Population { get; set; }
    public string Source { get; set; } = "";
}

/// <summary>One figure: an indicator for an area, period and breakdown. Every version is kept in <see cref="IndicatorValueRevision"/>.</summary>
/// <remarks>
/// Not in the general audit log: figures keep their own complete history (who, when, which file, why, every value) in
/// IndicatorValueRevision, and a second copy of each row of a 100,000-row upload would double its cost.
/// </remarks>
[NotAudited]
public sealed class IndicatorValue
{
    public Guid Id { get; set; }
    public Guid IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public string AreaId { get; set; } = "";
    public Area? Area { get; set; }
    public string Period { get; set; } = "";
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public BreakdownDimension Dimension { get; set; }
    /// <summary>The group within the breakdown ("Female", "11-15"); empty for All.</summary>
    public string Category { get; set; } = "";
    public int? Count { get; set; }
    public double? Denominator { get; set; }
    /// <summary>Standard deviation, for means.</summary>
    public double? StandardDeviation { get; set; }
    public double? Value { get; set; }
    public double? Lower95 { get; set; }
    public double? Upper95 { get; set; }
    public double? Lower998 { get; set; }
    public double? Upper998 { get; set; }
    public ValueOrigin Origin { get; set; }
    /// <summary>
    /// Null when the public may see this figure; otherwise why not. Decided by DisclosureControl whenever any figure in the
    /// same indicator and period changes, so every public output reads one stored decision.
    /// </summary>
    public SuppressionReason? Suppression { get; set; }
    public string? Note { get; set; }
    public int Revision { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<IndicatorValueRevision> Revisions { get; set; } = [];
}

/// <summary>A version of a figure: who changed it, when, from which file and why. It is itself the audit trail for figures.</summary>
[NotAudited]
public sealed class IndicatorValueRevision
{
    public Guid Id { get; set; }
    public Guid IndicatorValueId { get; set; }
    public int Revision { get; set; }
    public int? Count { get; set; }
    public double? Denominator { get; set; }
    public double? StandardDeviation { get; set; }
    public double? Value { get; set; }
    public double? Lower95 { get; set; }
    public double? Upper95 { get; set; }
    public string? Note { get; set; }
    public string ChangedBy { get; set; } = "";
    public DateTime ChangedAt { get; set; }
    public string? SourceFile { get; set; }
    public string Reason { get; set; } = "";
}

/// <summary>A comparator figure published elsewhere, e.g. the statistical neighbours' mean from DfE LAIT when the ten values are not held.</summary>
public sealed class ComparatorFigure
{
    public Guid Id { get; set; }
    public Guid IndicatorId { get; set; }
    public string Period { get; set; } = "";
    public string Comparator { get; set; } = "";
    public double Value { get; set; }
    public string Source { get; set; } = "";

    public const string StatisticalNeighboursMean = "statistical-neighbours-mean";
}

/// <summary>A key a partner organisation's system uses to send figures to the API. Only a hash is stored.</summary>
public sealed class OutcomesApiToken
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public string Name { get; set; } = "";
    /// <summary>SHA-256 of the token, hex.</summary>
    [AuditRedacted]
    public string TokenHash { get; set; } = "";
    /// <summary>First characters of the token, so people can tell keys apart.</summary>
    public string Prefix { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
    /// <summary>When a request last came with this key (whether or not its figures were accepted).</summary>
    public DateTime? LastUsedAt { get; set; }
    /// <summary>The issuing form's one-time id, so a repeated submit cannot issue a second key.</summary>
    public Guid? IssueRequestId { get; set; }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("Indicators");
        builder.Property(i => i.Code).HasMaxLength(40);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.Definition).HasMaxLength(2000);
        builder.Property(i => i.Rationale).HasMaxLength(2000);
        builder.Property(i => i.NumeratorDefinition).HasMaxLength(1000);
        builder.Property(i => i.DenominatorDefinition).HasMaxLength(1000);
        builder.Property(i => i.Source).HasMaxLength(500);
        builder.Property(i => i.ValueType).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Polarity).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.PeriodType).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.CiMethod).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ComparisonMethod).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.RbaKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.OutcomeNumbers).HasMaxLength(40);
        builder.Property(i => i.FocusAreas).HasMaxLength(1000);
        builder.Property(i => i.StatementNumbers).HasMaxLength(40);
        builder.HasOne(i => i.DataOwner).WithMany().HasForeignKey(i => i.DataOwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.Ignore(i => i.Outcomes);
        builder.Ignore(i => i.Statements);
        builder.Ignore(i => i.FocusAreaList);
    }
}

internal sealed class ChildPopulationConfiguration : IEntityTypeConfiguration<ChildPopulation>
{
    public void Configure(EntityTypeBuilder<ChildPopulation> builder)
    {
        builder.ToTable("ChildPopulations");
        builder.Property(p => p.AreaId).HasMaxLength(80);
        builder.Property(p => p.AgeBand).HasMaxLength(20);
        builder.Property(p => p.Source).HasMaxLength(300);
        builder.HasOne(p => p.Area).WithMany().HasForeignKey(p => p.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.AreaId, p.Year, p.AgeBand }).IsUnique();
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.ToTable("IndicatorValues");
        builder.Property(v => v.AreaId).HasMaxLength(80);
        builder.Property(v => v.Period).HasMaxLength(20);
        builder.Property(v => v.Dimension).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Category).HasMaxLength(60);
        builder.Property(v => v.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Suppression).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Note).HasMaxLength(1000);
        builder.HasOne(v => v.Indicator).WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.Area).WithMany().HasForeignKey(v => v.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Revisions).WithOne().HasForeignKey(r => r.IndicatorValueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.IndicatorId, v.AreaId, v.Period, v.Dimension, v.Category }).IsUnique();
        // Covers the data page's figures, suppressed figures and latest period per indicator.
        builder.HasIndex(v => new { v.IndicatorId, v.PeriodStart, v.Period, v.Suppression });
    }
}

internal sealed class IndicatorValueRevisionConfiguration : IEntityTypeConfiguration<IndicatorValueRevision>
{
    public void Configure(EntityTypeBuilder<IndicatorValueRevision> builder)
    {
        builder.ToTable("IndicatorValueRevisions");
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.Property(r => r.ChangedBy).HasMaxLength(256);
        builder.Property(r => r.SourceFile).HasMaxLength(260);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.HasIndex(r => new { r.IndicatorValueId, r.Revision }).IsUnique();
    }
}

internal sealed class ComparatorFigureConfiguration : IEntityTypeConfiguration<ComparatorFigure>
{
    public void Configure(EntityTypeBuilder<ComparatorFigure> builder)
    {
        builder.ToTable("ComparatorFigures");
        builder.Property(c => c.Period).HasMaxLength(20);
        builder.Property(c => c.Comparator).HasMaxLength(60);
        builder.Property(c => c.Source).HasMaxLength(300);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.IndicatorId, c.Period, c.Comparator }).IsUnique();
    }
}

internal sealed class OutcomesApiTokenConfiguration : IEntityTypeConfiguration<OutcomesApiToken>
{
    public void Configure(EntityTypeBuilder<OutcomesApiToken> builder)
    {
        builder.ToTable("OutcomesApiTokens");
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.Prefix).HasMaxLength(12);
        builder.Property(t => t.CreatedBy).HasMaxLength(256);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.Property(t => t.RevokedBy).HasMaxLength(256);
        builder.HasIndex(t => t.IssueRequestId).IsUnique();
        builder.HasOne(t => t.Organisation).WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
