using Microsoft.EntityFrameworkCore;
using Together.Statistics;
using Together.Tests.Support;
using Together.Web.Features.Areas;
using Together.Web.Features.Outcomes;

namespace Together.Tests.Outcomes;

/// <summary>
/// The statement page's words follow the trend test on the figures as they are now: the same measure reads "getting
/// better", "getting worse" or "no significant change" as its figures and polarity change, and the page shows each
/// change at once (the public read model is emptied by the save).
/// </summary>
public sealed class StatementTrendWordingTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private const int Statement = 2;

    [Fact]
    public async Task The_summary_says_better_worse_or_no_change_exactly_as_the_trend_test_finds()
    {
        var code = await app.WithDbAsync(async db =>
        {
            // One measure behind the statement: a published proportion with at least five Cheshire East figures.
            var candidates = await db.Indicators.Where(i => i.IsPublished && i.ValueType == IndicatorValueType.Proportion).ToListAsync();
            var chosen = candidates.First(i => db.IndicatorValues.Count(v => v.IndicatorId == i.Id && v.AreaId == AreaDemoSeeder.CheshireEast && v.Dimension == BreakdownDimension.All) >= 5);
            foreach (var indicator in await db.Indicators.ToListAsync())
            {
                var others = indicator.Statements.Where(s => s != Statement);
                indicator.StatementNumbers = string.Join(",", indicator == chosen ? others.Append(Statement) : others);
            }

            chosen.TargetValue = null;
            chosen.TargetDate = null;
            await db.SaveChangesAsync();
            return chosen.Code;
        });

        // A steady rise of eight percentage points a period is far beyond the 99.8% level.
        await SetSeriesAsync(code, Polarity.HighIsGood, i => 100 + 80 * i);
        Assert.Equal("Its one measure is getting better.", await FirstSentenceAsync());

        // The same rise is worse when a lower value is better.
        await SetSeriesAsync(code, Polarity.LowIsGood, i => 100 + 80 * i);
        Assert.Equal("Its one measure is getting worse.", await FirstSentenceAsync());

        // Flat figures are not "better", whatever the polarity.
        await SetSeriesAsync(code, Polarity.HighIsGood, _ => 300);
        var flat = await FirstSentenceAsync();
        Assert.Equal("Its one measure shows no significant change.", flat);
    }

    private async Task<string> FirstSentenceAsync()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync($"/plan/how-we-will-know/{Statement}");
        var summary = page.Texts("#statement-summary p");
        Assert.DoesNotContain(summary, s => s.Contains("improv", StringComparison.OrdinalIgnoreCase));
        return summary[0];
    }

    /// <summary>Rewrites the indicator's Cheshire East figures, oldest first, as count(i) out of 1,000.</summary>
    private Task<int> SetSeriesAsync(string code, Polarity polarity, Func<int, int> count) => app.WithDbAsync(async db =>
    {
        var indicator = await db.Indicators.SingleAsync(i => i.Code == code);
        indicator.Polarity = polarity;
        var series = await db.IndicatorValues
            .Where(v => v.IndicatorId == indicator.Id && v.AreaId == AreaDemoSeeder.CheshireEast && v.Dimension == BreakdownDimension.All)
            .OrderBy(v => v.PeriodStart).ToListAsync();
        for (var i = 0; i < series.Count; i++)
        {
            var figure = Figures.Calculate(indicator, count(i), 1000, null, null).Figure!;
            var v = series[i];
            (v.Count, v.Denominator, v.Value, v.Lower95, v.Upper95, v.Lower998, v.Upper998, v.Suppression) =
                (count(i), 1000, figure.Value, figure.Lower95, figure.Upper95, figure.Lower998, figure.Upper998, null);
        }

        return await db.SaveChangesAsync();
    });
}
