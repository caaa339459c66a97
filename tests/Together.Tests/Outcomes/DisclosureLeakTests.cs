using System.Net.Http.Json;
using System.Text.Json;
using Together.Tests.Support;
using Together.Web.Features.Outcomes;
using static Together.Tests.Outcomes.OutcomesTestData;

namespace Together.Tests.Outcomes;

/// <summary>Tries to recover a hidden small number from what the public can download, the way a determined reader would.</summary>
public sealed class DisclosureLeakTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private sealed record Cell(string Period, string Area, string Breakdown, string Category, string Count);

    private static List<Cell> ParsePublicCsv(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(','))
            .Select(f => new Cell(f[2], f[1], f[3], f[4], f[5])).ToList();

    /// <summary>Every additive relation a reader can use: breakdown groups add up to the total; towns add up to Cheshire East.</summary>
    private static List<string> Recoverable(List<Cell> all) => all.GroupBy(c => c.Period).SelectMany(p => RecoverableInPeriod(p.ToList())).ToList();

    private static List<string> RecoverableInPeriod(List<Cell> cells)
    {
        var leaks = new List<string>();
        var byKey = cells.ToDictionary(c => (c.Area, c.Breakdown, c.Category));
        foreach (var area in cells.Select(c => c.Area).Distinct())
        {
            if (!byKey.TryGetValue((area, "all", ""), out var total))
            {
                continue;
            }

            foreach (var group in cells.Where(c => c.Area == area && c.Breakdown != "all").GroupBy(c => c.Breakdown))
            {
                var members = group.Append(total).ToList();
                if (members.Count(m => m.Count == "*") == 1)
                {
                    leaks.Add($"{area} by {group.Key}");
                }
            }
        }

        foreach (var ce in cells.Where(c => c.Area == "cheshire-east"))
        {
            var members = Localities.Select(l => byKey.GetValueOrDefault((l, ce.Breakdown, ce.Category))).ToList();
            if (members.Any(m => m is null))
            {
                continue;
            }

            if (members.Append(ce).Count(m => m!.Count == "*") == 1)
            {
                leaks.Add($"towns for {ce.Breakdown} {ce.Category}");
            }
        }

        return leaks;
    }

    [Fact]
    public async Task A_small_town_count_cannot_be_worked_out_from_the_total_and_the_other_towns()
    {
        var indicator = await NewIndicatorAsync(app, "T-LEAK-1");
        var rows = new List<(int, FigureInput)>();
        var line = 1;
        var total = 0;
        var totalDenominator = 0;
        foreach (var town in Localities)
        {
            var count = town == "handforth" ? 3 : 40;
            total += count;
            totalDenominator += 400;
            rows.Add((++line, Row("T-LEAK-1", town, "2024/25", count, 400)));
            rows.Add((++line, Row("T-LEAK-1", town, "2024/25", count - count / 2, 200, "sex", "Female")));
            rows.Add((++line, Row("T-LEAK-1", town, "2024/25", count / 2, 200, "sex", "Male")));
        }

        rows.Add((++line, Row("T-LEAK-1", "cheshire-east", "2024/25", total, totalDenominator)));
        rows.Add((++line, Row("T-LEAK-1", "cheshire-east", "2024/25", rows.Where(r => r.Item2.Category == "Female").Sum(r => int.Parse(r.Item2.Count!)), totalDenominator / 2, "sex", "Female")));
        rows.Add((++line, Row("T-LEAK-1", "cheshire-east", "2024/25", rows.Where(r => r.Item2.Category == "Male" && r.Item2.Area != "cheshire-east").Sum(r => int.Parse(r.Item2.Count!)), totalDenominator / 2, "sex", "Male")));
        Assert.True((await SubmitAsync(app, rows)).Succeeded);

        using var client = app.CreateHtmlClient();
        var csv = await client.Http.GetStringAsync("/indicators/T-LEAK-1/data.csv");
        var cells = ParsePublicCsv(csv);
        Assert.Equal("*", cells.Single(c => c.Area == "handforth" && c.Breakdown == "all").Count);
        Assert.DoesNotContain(cells, c => c.Count is "1" or "2" or "3" or "4");
        Assert.Empty(Recoverable(cells));
        Assert.DoesNotContain(",3,400,", csv, StringComparison.Ordinal);

        // The same figures through the API and the page.
        var json = await client.Http.GetFromJsonAsync<JsonElement>("/api/outcomes/indicators/T-LEAK-1");
        var handforth = json.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("area").GetString() == "handforth" && f.GetProperty("breakdown").GetString() == "all");
        Assert.True(handforth.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, handforth.GetProperty("count").ValueKind);
        Assert.Equal(JsonValueKind.Null, handforth.GetProperty("value").ValueKind);
        var page = await client.GetAsync("/indicators/T-LEAK-1");
        var row = page.Document.QuerySelectorAll("#localities-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Handforth");
        Assert.Equal("*", row.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.DoesNotContain(page.Document.QuerySelectorAll("#localities-table td, #breakdowns-table td").Select(td => td.TextContent.Trim()), t => t is "1" or "2" or "3" or "4");
    }

    [Fact]
    public async Task No_demonstration_indicator_lets_a_hidden_count_be_recovered_from_its_public_file()
    {
        using var client = app.CreateHtmlClient();
        var codes = (await client.Http.GetFromJsonAsync<JsonElement>("/api/outcomes/indicators")).EnumerateArray().Select(i => i.GetProperty("code").GetString()!).ToList();
        var hidden = 0;
        foreach (var code in codes.Where(c => c.StartsWith("CYP-D", StringComparison.Ordinal)))
        {
            var cells = ParsePublicCsv(await client.Http.GetStringAsync($"/indicators/{code}/data.csv"));
            hidden += cells.Count(c => c.Count == "*");
            Assert.DoesNotContain(cells, c => c.Count is "1" or "2" or "3" or "4");
            Assert.Empty(Recoverable(cells));
        }

        Assert.True(hidden > 0, "the demonstration data should include small numbers, or this test proves nothing");
    }

    [Fact]
    public async Task Staff_see_the_small_number_with_a_warning()
    {
        var indicator = await NewIndicatorAsync(app, "T-LEAK-STAFF");
        Assert.True((await SubmitAsync(app, [(1, Row("T-LEAK-STAFF", "crewe", "2024/25", 2, 50))])).Succeeded);
        using var client = app.CreateHtmlClient();
        await client.SignInAsync("admin@demo.together.example");
        var page = await client.GetAsync("/data/indicators/T-LEAK-STAFF");
        Assert.Contains("Hidden from the public", page.Html, StringComparison.Ordinal);
        Assert.Contains("These are unsuppressed figures", page.Html, StringComparison.Ordinal);
        Assert.Equal("2", page.Document.QuerySelectorAll("tbody tr td")[2].TextContent.Trim());
        _ = indicator;
    }
}
