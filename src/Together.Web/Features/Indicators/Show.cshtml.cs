using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Statistics;
using Together.Web.Features.Areas;
using Together.Web.Features.Outcomes;
using Together.Web.Features.Outcomes.Caching;
using Together.Web.Features.Outcomes.TurnTheCurve;

namespace Together.Web.Features.Indicators;

public sealed class ShowModel(PublicOutcomes outcomes, TurnTheCurveService curves) : PageModel
{
    public sealed record PeriodRow(string Period, FigureView? Local, double? England, double? NorthWest, double? Neighbours);

    public sealed record LocalityRow(string Name, FigureView? Figure, ComparisonResult Comparison);

    public Indicator Indicator { get; private set; } = null!;
    public IndicatorSummary Summary { get; private set; } = null!;
    public IReadOnlyList<PeriodRow> Rows { get; private set; } = [];
    public IReadOnlyList<LocalityRow> Localities { get; private set; } = [];
    public IReadOnlyList<FigureView> Breakdowns { get; private set; } = [];
    public string? OwnerName { get; private set; }
    /// <summary>The published turn-the-curve plan, if any; a draft is never shown here.</summary>
    public PublishedCurve? Curve { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await outcomes.IndicatorAsync(code, cancellationToken) is not var (indicator, data, summary))
        {
            return NotFound();
        }

        Indicator = indicator;
        OwnerName = indicator.DataOwner?.Name;
        Summary = summary;
        Rows = data.Periods
            .Select(p => new PeriodRow(p, data.Get(AreaDemoSeeder.CheshireEast, p), data.Get("england", p)?.Value, data.Get("north-west", p)?.Value, OutcomesReader.NeighboursMean(data, p).Value))
            .ToList();
        if (Summary.LatestPeriod is { } latest)
        {
            var ce = data.Get(AreaDemoSeeder.CheshireEast, latest);
            Localities = data.Areas.Where(a => a.Kind == AreaKind.Locality && a.ParentId == AreaDemoSeeder.CheshireEast)
                .Select(a => (a, f: data.Get(a.Id, latest)))
                .Where(x => x.f is not null)
                .Select(x => new LocalityRow(x.a.Name, x.f, Comparisons.Compare(Figures.Estimate95(indicator, x.f!.Value, x.f.Lower95, x.f.Upper95), ce?.Value, indicator.Polarity)))
                .OrderByDescending(x => x.Figure?.Value ?? double.MinValue)
                .ToList();
            Breakdowns = data.Figures.Where(f => f.AreaId == AreaDemoSeeder.CheshireEast && f.Period == latest && f.Source.Dimension != BreakdownDimension.All)
                .OrderBy(f => f.Source.Dimension).ThenBy(f => f.Source.Category).ToList();
        }

        Curve = await curves.PublishedAsync(Summary, cancellationToken);
        return Page();
    }
}
