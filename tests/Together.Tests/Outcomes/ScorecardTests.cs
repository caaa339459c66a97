using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Statistics;
using Together.Tests.Support;
using Together.Web.Features.Outcomes;

namespace Together.Tests.Outcomes;

public sealed class ScorecardTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task Public_pages_render_and_the_navigation_leads_to_them()
    {
        using var client = app.CreateHtmlClient();
        var home = await client.GetAsync("/");
        Assert.Contains(home.Document.QuerySelectorAll(".govuk-service-navigation__link"), a => a.GetAttribute("href") == "/outcomes" && a.TextContent.Contains("Our difference", StringComparison.Ordinal));
        foreach (var url in new[] { "/outcomes", "/outcomes/1", "/outcomes/6", "/indicators", "/indicators/CYP-D01", "/indicators/CYP-LAC", "/indicators/CYP-D06" })
        {
            var page = await client.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.OK, $"{url}: {page.Status}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/outcomes/7")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/indicators/NO-SUCH")).Status);
    }

    [Fact]
    public async Task The_scorecard_shows_what_the_statistics_library_calculates_for_the_demo_data()
    {
        var (indicator, ce, england, series) = await app.WithDbAsync(async db =>
        {
            var i = await db.Indicators.SingleAsync(x => x.Code == "CYP-D17");
            var values = await db.IndicatorValues.Where(v => v.IndicatorId == i.Id && v.Dimension == BreakdownDimension.All).ToListAsync();
            var latest = values.Where(v => v.AreaId == "cheshire-east").MaxBy(v => v.PeriodStart)!;
            return (i, latest, values.Single(v => v.AreaId == "england" && v.Period == latest.Period), values.Where(v => v.AreaId == "cheshire-east").OrderBy(v => v.PeriodStart).ToList());
        });
        var expected = ConfidenceIntervals.Proportion(ce.Count!.Value, (int)ce.Denominator!.Value, ConfidenceLevel.NinetyFive);
        var comparison = Comparisons.Compare(expected, england.Value, Polarity.HighIsGood);
        var trend = Trends.RecentTrend(series.Select(v => new TrendPoint(v.PeriodStart, v.PeriodEnd, v.Value) { Lower = v.Lower95, Upper = v.Upper95, Numerator = v.Count, Denominator = (int)v.Denominator! }).ToList(), TrendValueType.Proportion, Polarity.HighIsGood);

        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/outcomes/4");
        var card = page.Document.QuerySelectorAll(".govuk-summary-card").Single(c => c.QuerySelector("h2")!.TextContent.Trim() == indicator.Title);
        var text = card.TextContent;
        Assert.Contains(Figures.WithUnit(indicator, expected.Value), text, StringComparison.Ordinal);
        Assert.Contains($"95% confidence interval {Figures.Format(indicator, expected.Lower)} to {Figures.Format(indicator, expected.Upper)}", text, StringComparison.Ordinal);
        Assert.Contains(ScorecardText.Words(comparison, "England"), text, StringComparison.Ordinal);
        Assert.Contains(trend.Sentence, text, StringComparison.Ordinal);
        Assert.Contains("Demonstration data", text, StringComparison.Ordinal);
        Assert.NotNull(card.QuerySelector("svg[role=img] title"));
    }

    [Fact]
    public async Task Real_figures_cite_lait_and_the_published_neighbours_mean()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/indicators/CYP-ATT8");
        Assert.Contains("DfE Local Authority Interactive Tool (LAIT)", page.Html, StringComparison.Ordinal);
        Assert.Contains("47.1", page.Text("#over-time-table"), StringComparison.Ordinal);
        Assert.Contains("46.6", page.Text("#over-time-table"), StringComparison.Ordinal);
        Assert.Contains("as published by DfE Local Authority Interactive Tool (LAIT)", page.Html, StringComparison.Ordinal);
        var chart = page.Document.QuerySelector("svg[role=img]")!;
        Assert.NotNull(chart.QuerySelector("title"));
        Assert.NotNull(chart.QuerySelector("desc"));
    }

    [Fact]
    public async Task The_neighbours_mean_for_demo_data_is_computed_from_the_ten_neighbours()
    {
        var expected = await app.WithDbAsync(async db =>
        {
            var i = await db.Indicators.SingleAsync(x => x.Code == "CYP-D14");
            var values = await db.IndicatorValues.Where(v => v.IndicatorId == i.Id && v.Dimension == BreakdownDimension.All).ToListAsync();
            var period = values.MaxBy(v => v.PeriodStart)!.Period;
            return (i, Benchmarking.MeanOfPresent(OutcomesReader.NeighbourIds.Select(n => values.Single(v => v.AreaId == n && v.Period == period).Value)));
        });
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/indicators/CYP-D14");
        var rows = page.Document.QuerySelectorAll("#over-time-table tbody tr");
        var cells = rows[rows.Length - 1].QuerySelectorAll("td");
        Assert.Equal(Figures.Format(expected.i, expected.Item2), cells[cells.Length - 1].TextContent.Trim());
    }
}
