using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Together.Tests.Support;
using Together.Web.Features.Outcomes;
using Together.Web.Features.Outcomes.Statements;
using Together.Web.Infrastructure.Database;

namespace Together.Tests.Outcomes;

public sealed class StatementPageTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task The_plan_list_links_to_a_page_for_each_of_the_seven_statements()
    {
        using var client = app.CreateHtmlClient();
        var list = await client.GetAsync("/plan/how-we-will-know");
        var links = list.Document.QuerySelectorAll("a[href^='/plan/how-we-will-know/']").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"/plan/how-we-will-know/{n}"), links);
        foreach (var link in links)
        {
            var page = await client.GetAsync(link!);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.NotEmpty(page.Text("#statement-summary"));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/plan/how-we-will-know/8")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/plan/how-we-will-know/0")).Status);
    }

    [Fact]
    public async Task A_statement_shows_its_measures_together_with_a_summary_derived_from_their_statistics()
    {
        var expected = await ExpectedAsync(6);
        Assert.True(expected.Measures.Count >= 3, "Statement 6 is backed by several demo measures.");

        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/plan/how-we-will-know/6");

        Assert.Equal("We will improve outcomes for pupils at risk of poor educational outcomes", page.H1);
        var cards = page.Document.QuerySelectorAll(".govuk-summary-card");
        Assert.Equal(expected.Measures.Select(m => m.Indicator.Title), cards.Select(c => c.QuerySelector("h2")!.TextContent.Trim()));
        foreach (var (card, measure) in cards.Zip(expected.Measures))
        {
            Assert.Contains(measure.Trend.Sentence, card.TextContent, StringComparison.Ordinal);
            Assert.Contains(ScorecardText.ValueText(measure.Indicator, measure.Latest), card.TextContent, StringComparison.Ordinal);
            Assert.NotNull(card.QuerySelector("svg[role=img] title"));
        }

        Assert.Equal(expected.Summary, page.Texts("#statement-summary p"));
        Assert.Contains(page.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/indicators/CYP-ATT8");
    }

    [Fact]
    public async Task A_statement_never_says_improving_and_only_says_better_when_a_trend_test_does()
    {
        for (var n = 1; n <= 7; n++)
        {
            var expected = await ExpectedAsync(n);
            using var client = app.CreateHtmlClient();
            var summary = (await client.GetAsync($"/plan/how-we-will-know/{n}")).Text("#statement-summary");

            Assert.DoesNotContain("improv", summary, StringComparison.OrdinalIgnoreCase);
            var better = expected.Measures.Count(m => m.Trend.Sentence.EndsWith("getting better", StringComparison.Ordinal));
            Assert.Equal(better > 0, summary.Contains("getting better", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_statement_with_no_measures_says_so_honestly()
    {
        await app.WithDbAsync(async db =>
        {
            foreach (var indicator in await db.Indicators.ToListAsync())
            {
                if (indicator.Statements.Contains(3))
                {
                    indicator.StatementNumbers = string.Join(",", indicator.Statements.Where(s => s != 3));
                }
            }

            return await db.SaveChangesAsync();
        });

        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/plan/how-we-will-know/3");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("No published measures back this statement yet.", page.Text("#no-measures"));
        Assert.Contains("No measures are linked to this statement yet", page.Text("#statement-summary"), StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll(".govuk-summary-card"));
    }

    private async Task<(IReadOnlyList<IndicatorSummary> Measures, IReadOnlyList<string> Summary)> ExpectedAsync(int number)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TogetherDbContext>();
        var measures = await StatementModel.ForStatementAsync(db, scope.ServiceProvider.GetRequiredService<OutcomesReader>(), number, CancellationToken.None);
        return (measures, StatementSummary.Describe(measures.Select(StatementModel.State).ToList()));
    }
}
