using Microsoft.EntityFrameworkCore;
using Together.Statistics;
using Together.Web.Features.Areas;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Outcomes;

/// <summary>Who will see the figures. Every public output is disclosure-controlled; staff see everything, with a warning.</summary>
public enum Audience
{
    Public,
    Staff,
}

/// <summary>A stored figure as one audience may see it. Suppressed figures give no numbers to the public.</summary>
public sealed record FigureView(IndicatorValue Source, bool Suppressed, string? SuppressionExplanation, Audience Audience)
{
    private bool Hidden => Suppressed && Audience == Audience.Public;

    public double? Value => Hidden ? null : Source.Value;
    public double? Lower95 => Hidden ? null : Source.Lower95;
    public double? Upper95 => Hidden ? null : Source.Upper95;
    public int? Count => Hidden ? null : Source.Count;
    public double? Denominator => Hidden ? null : Source.Denominator;
    public string AreaId => Source.AreaId;
    public string Period => Source.Period;
}

/// <summary>A comparator (England, North West, statistical neighbours) and how the area compares with it.</summary>
public sealed record ComparatorView(string Name, double? Value, ComparisonResult Result, string? Note);

/// <summary>What the scorecard shows for one indicator.</summary>
public sealed record IndicatorSummary(
    Indicator Indicator,
    string? LatestPeriod,
    FigureView? Latest,
    IReadOnlyList<ComparatorView> Comparators,
    TrendResult Trend,
    TargetAssessment? Target,
    IReadOnlyList<(string Period, FigureView? Figure)> Series);

/// <summary>Everything held for one indicator, already disclosure-controlled for the audience.</summary>
public sealed class IndicatorData(Indicator indicator, IReadOnlyList<FigureView> figures, IReadOnlyList<ComparatorFigure> comparators, IReadOnlyList<Area> areas)
{
    private readonly Dictionary<(string, string, BreakdownDimension, string), FigureView> index =
        figures.ToDictionary(f => (f.Source.AreaId, f.Source.Period, f.Source.Dimension, f.Source.Category));

    public Indicator Indicator => indicator;
    public IReadOnlyList<FigureView> Figures => figures;
    public IReadOnlyList<ComparatorFigure> ComparatorFigures => comparators;
    public IReadOnlyList<Area> Areas => areas;

    /// <summary>Periods with any figure, oldest first.</summary>
    public IReadOnlyList<string> Periods { get; } = figures.OrderBy(f => f.Source.PeriodStart).Select(f => f.Source.Period).Distinct().ToList();

    public FigureView? Get(string areaId, string period, BreakdownDimension dimension = BreakdownDimension.All, string category = "") =>
        index.GetValueOrDefault((areaId, period, dimension, category));
}

/// <summary>
/// Reads figures for pages, files and the API. Disclosure control happens here, once, for every output: each period's
/// table (Cheshire East, its localities and every breakdown) goes through DisclosureControl with the additive relations a
/// reader could use — locality figures add up to Cheshire East, breakdown groups add up to their total.
/// </summary>
public sealed class OutcomesReader(TogetherDbContext db)
{
    public static readonly IReadOnlyList<string> NeighbourIds = AreaDemoSeeder.StatisticalNeighbours.Select(AreaDemoSeeder.Slug).ToList();

    public async Task<IndicatorData> LoadAsync(Indicator indicator, Audience audience, CancellationToken cancellationToken)
    {
        var values = await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == indicator.Id).ToListAsync(cancellationToken);
        var comparators = await db.ComparatorFigures.AsNoTracking().Where(c => c.IndicatorId == indicator.Id).ToListAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        return Build(indicator, values, comparators, areas, audience);
    }

    /// <summary>What the scorecard needs: the whole-population figures for Cheshire East and its comparators.</summary>
    public async Task<IReadOnlyList<IndicatorData>> LoadScorecardAsync(IReadOnlyList<Indicator> indicators, Audience audience, CancellationToken cancellationToken)
    {
        var ids = indicators.Select(i => i.Id).ToList();
        var areaIds = NeighbourIds.Concat([AreaDemoSeeder.CheshireEast, "england", "north-west"]).ToList();
        var values = (await db.IndicatorValues.AsNoTracking()
            .Where(v => ids.Contains(v.IndicatorId) && areaIds.Contains(v.AreaId) && v.Dimension == BreakdownDimension.All)
            .ToListAsync(cancellationToken)).ToLookup(v => v.IndicatorId);
        var comparators = (await db.ComparatorFigures.AsNoTracking().Where(c => ids.Contains(c.IndicatorId)).ToListAsync(cancellationToken)).ToLookup(c => c.IndicatorId);
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        return indicators.Select(i => Build(i, values[i.Id].ToList(), comparators[i.Id].ToList(), areas, audience)).ToList();
    }

    public static IndicatorData Build(Indicator indicator, IReadOnlyList<IndicatorValue> values, IReadOnlyList<ComparatorFigure> comparators, IReadOnlyList<Area> areas, Audience audience)
    {
        var figures = values.Select(v => new FigureView(v, v.Suppression is not null, v.Suppression is { } reason ? Explain(reason) : null, audience)).ToList();
        return new IndicatorData(indicator, figures, comparators, areas);
    }

    /// <summary>
    /// Decides, period by period, which figures the public must not see and stores the decision on each figure.
    /// <paramref name="values"/> must hold every figure of the indicator for each period it contains.
    /// </summary>
    public static void Decide(Indicator indicator, IEnumerable<IndicatorValue> values, IReadOnlyList<string> localities)
    {
        foreach (var period in values.GroupBy(v => v.Period))
        {
            var list = period.ToList();
            var result = DisclosureControl.Apply(Table(indicator, list, localities));
            foreach (var v in list)
            {
                var suppression = result.Suppressed.TryGetValue("v|" + Key(v), out var decision) ? decision.Reason : (SuppressionReason?)null;
                if (v.Suppression != suppression)
                {
                    v.Suppression = suppression;
                }
            }
        }
    }

    private static string Explain(SuppressionReason reason) => reason == SuppressionReason.Primary
        ? "Fewer than 5 children or young people, so the figure is not shown to protect their privacy"
        : "Not shown because it could be used to work out a figure about fewer than 5 children or young people";

    private static string Key(IndicatorValue v) => $"{v.AreaId}|{v.Dimension}|{v.Category}";

    /// <summary>The disclosure table for one indicator and period.</summary>
    internal static DisclosureTable Table(Indicator indicator, IReadOnlyList<IndicatorValue> values, IReadOnlyList<string> localities)
    {
        var cells = new List<DisclosureCell>();
        var tableValues = new List<DisclosureValue>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        var denominatorIsPeople = indicator.ValueType is IndicatorValueType.Proportion or IndicatorValueType.CrudeRate or IndicatorValueType.Mean;
        foreach (var v in values)
        {
            var key = Key(v);
            string? n = null, d = null;
            if (v.Count is { } count)
            {
                n = "n|" + key;
                cells.Add(new DisclosureCell(n, count));
                present.Add(n);
            }

            if (denominatorIsPeople && v.Denominator is { } den && den == Math.Floor(den))
            {
                d = "d|" + key;
                cells.Add(new DisclosureCell(d, (long)den));
                present.Add(d);
            }

            // A figure with neither count nor denominator (as published by the source) carries nothing to suppress.
            var valueId = "v|" + key;
            if (n is not null)
            {
                tableValues.Add(new DisclosureValue(valueId, n, d));
            }
            else if (d is not null)
            {
                tableValues.Add(new DisclosureValue(valueId, d, null));
            }
        }

        var groups = new List<DisclosureGroup>();
        foreach (var prefix in new[] { "n|", "d|" })
        {
            // Within each area, each breakdown's groups add up to the area's total.
            foreach (var byArea in values.GroupBy(v => v.AreaId))
            {
                var total = $"{prefix}{byArea.Key}|{BreakdownDimension.All}|";
                if (!present.Contains(total))
                {
                    continue;
                }

                foreach (var byDimension in byArea.Where(v => v.Dimension != BreakdownDimension.All).GroupBy(v => v.Dimension))
                {
                    var parts = byDimension.Select(v => prefix + Key(v)).Where(present.Contains).ToList();
                    if (parts.Count == byDimension.Count() && parts.Count > 0)
                    {
                        groups.Add(new DisclosureGroup($"{byArea.Key} by {byDimension.Key}", total, parts));
                    }
                }
            }

            // The localities add up to Cheshire East, for the total and for every breakdown group.
            foreach (var ce in values.Where(v => v.AreaId == AreaDemoSeeder.CheshireEast))
            {
                var total = prefix + Key(ce);
                if (!present.Contains(total) || localities.Count == 0)
                {
                    continue;
                }

                var parts = localities.Select(l => $"{prefix}{l}|{ce.Dimension}|{ce.Category}").ToList();
                if (parts.All(present.Contains))
                {
                    groups.Add(new DisclosureGroup($"localities, {ce.Dimension} {ce.Category}", total, parts));
                }
            }
        }

        return new DisclosureTable(cells, groups, tableValues);
    }

    public IndicatorSummary Summarise(IndicatorData data, string areaId = AreaDemoSeeder.CheshireEast) => SummariseData(data, areaId);

    public static IndicatorSummary SummariseData(IndicatorData data, string areaId = AreaDemoSeeder.CheshireEast)
    {
        var indicator = data.Indicator;
        var series = data.Periods.Select(p => (p, data.Get(areaId, p))).Where(x => x.Item2 is not null).ToList();
        var latest = series.LastOrDefault();
        var comparators = latest.Item2 is null ? [] : Comparators(data, latest.p, latest.Item2);
        var trendPoints = series
            .Where(x => x.Item2!.Value is not null)
            .Select(x => new TrendPoint(x.Item2!.Source.PeriodStart, x.Item2.Source.PeriodEnd, x.Item2.Value)
            {
                Lower = x.Item2.Lower95,
                Upper = x.Item2.Upper95,
                Numerator = x.Item2.Count,
                Denominator = x.Item2.Denominator is { } d && d == Math.Floor(d) && d <= int.MaxValue ? (int)d : null,
            }).ToList();
        var trend = Trends.RecentTrend(trendPoints, indicator.ValueType == IndicatorValueType.Proportion ? TrendValueType.Proportion : TrendValueType.Other, indicator.Polarity);
        TargetAssessment? target = null;
        if (indicator.TargetValue is { } t && indicator.TargetDate is { } date)
        {
            target = Targets.Assess(trendPoints.Select(p => new SeriesPoint(p.PeriodEnd, p.Value)).ToList(), t, date, indicator.Polarity);
        }

        return new IndicatorSummary(indicator, latest.p, latest.Item2, comparators, trend, target, series!);
    }

    /// <summary>The statistical neighbours' mean: computed from their figures when held, otherwise the published mean.</summary>
    public static (double? Value, string? Note) NeighboursMean(IndicatorData data, string period)
    {
        var neighbourValues = NeighbourIds.Select(id => data.Get(id, period)?.Value).ToList();
        if (neighbourValues.Any(v => v is not null))
        {
            return (Benchmarking.MeanOfPresent(neighbourValues), $"Mean of the {neighbourValues.Count(v => v is not null)} statistical neighbours with a figure");
        }

        var published = data.ComparatorFigures.FirstOrDefault(c => c.Period == period && c.Comparator == ComparatorFigure.StatisticalNeighboursMean);
        return published is null ? (null, null) : (published.Value, $"Mean of the 10 statistical neighbours as published by {published.Source}");
    }

    public static IReadOnlyList<ComparatorView> Comparators(IndicatorData data, string period, FigureView local)
    {
        var indicator = data.Indicator;
        var estimate = Figures.Estimate95(indicator, local.Value, local.Lower95, local.Upper95);
        ComparisonResult Compare(double? value) => indicator.ComparisonMethod == ComparisonMethod.None
            ? new ComparisonResult(ComparisonOutcome.NotCompared, ConfidenceLevel.NinetyFive, "this indicator is not compared statistically")
            : Comparisons.Compare(estimate, value, indicator.Polarity);

        var england = data.Get("england", period)?.Value;
        var northWest = data.Get("north-west", period)?.Value;
        var (neighbours, note) = NeighboursMean(data, period);
        return
        [
            new ComparatorView("England", england, Compare(england), null),
            new ComparatorView("North West", northWest, Compare(northWest), null),
            new ComparatorView("Statistical neighbours", neighbours, Compare(neighbours), note),
        ];
    }
}
