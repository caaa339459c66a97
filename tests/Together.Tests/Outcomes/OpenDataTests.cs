using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.Outcomes;
using static Together.Tests.Outcomes.OutcomesTestData;

namespace Together.Tests.Outcomes;

/// <summary>The open data API and the XLSX download: what the public can read, paginated, and never a suppressed figure.</summary>
public sealed class OpenDataTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    /// <summary>Twelve towns of 40 (one of 3, so it and one other must be hidden) and Cheshire East, with a sex breakdown.</summary>
    private async Task<Indicator> SmallNumbersAsync(string code, bool published = true)
    {
        var indicator = await NewIndicatorAsync(app, code);
        if (!published)
        {
            await app.WithDbAsync(async db =>
            {
                (await db.Indicators.SingleAsync(i => i.Id == indicator.Id)).IsPublished = false;
                return await db.SaveChangesAsync();
            });
        }

        var rows = new List<(int, FigureInput)>();
        var line = 1;
        int total = 0, female = 0;
        foreach (var town in Localities)
        {
            var count = town == "handforth" ? 3 : 40;
            total += count;
            female += count - count / 2;
            rows.Add((++line, Row(code, town, "2024/25", count, 400)));
            rows.Add((++line, Row(code, town, "2024/25", count - count / 2, 200, "sex", "Female")));
            rows.Add((++line, Row(code, town, "2024/25", count / 2, 200, "sex", "Male")));
        }

        rows.Add((++line, Row(code, "cheshire-east", "2024/25", total, 400 * Localities.Length)));
        rows.Add((++line, Row(code, "cheshire-east", "2024/25", female, 200 * Localities.Length, "sex", "Female")));
        rows.Add((++line, Row(code, "cheshire-east", "2024/25", total - female, 200 * Localities.Length, "sex", "Male")));
        Assert.True((await SubmitAsync(app, rows)).Succeeded);
        return indicator;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Lists_are_paginated_and_bad_parameters_get_problem_details()
    {
        using var client = app.CreateHtmlClient();
        var published = await app.WithDbAsync(db => db.Indicators.CountAsync(i => i.IsPublished));
        var first = await JsonAsync(await client.Http.GetAsync("/api/open-data/indicators?per_page=5"));
        Assert.Equal(5, first.GetProperty("items").GetArrayLength());
        Assert.Equal(published, first.GetProperty("totalItems").GetInt32());
        Assert.Equal((published + 4) / 5, first.GetProperty("totalPages").GetInt32());
        Assert.Equal("/api/open-data/indicators?page=2&per_page=5", first.GetProperty("links").GetProperty("next").GetString());
        var second = await JsonAsync(await client.Http.GetAsync("/api/open-data/indicators?page=2&per_page=5"));
        var firstCodes = first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
        var secondCodes = second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
        Assert.Empty(firstCodes.Intersect(secondCodes));
        Assert.Equal(firstCodes.Order(StringComparer.Ordinal), firstCodes);

        var areas = await JsonAsync(await client.Http.GetAsync("/api/open-data/areas?per_page=200"));
        Assert.Contains(areas.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == "handforth" && a.GetProperty("parentId").GetString() == "cheshire-east");

        foreach (var (url, parameter) in new[]
        {
            ("/api/open-data/indicators?page=0", "page"), ("/api/open-data/indicators?page=abc", "page"), ("/api/open-data/indicators?page=-1", "page"),
            ("/api/open-data/indicators?per_page=201", "per_page"), ("/api/open-data/indicators?per_page=0", "per_page"), ("/api/open-data/areas?per_page=1e3", "per_page"),
            ("/api/open-data/indicators?outcome=9", "outcome"), ("/api/open-data/indicators/CYP-D01/values?area=atlantis", "area"),
            ("/api/open-data/indicators/CYP-D01/values?period=2024", "period"), ("/api/open-data/indicators/CYP-D01/values?breakdown=height", "breakdown"),
            ("/api/open-data/indicators/CYP-D01/values?page=99999999999", "page"),
        })
        {
            var response = await client.Http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(parameter, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
        }

        var missing = await client.Http.GetAsync("/api/open-data/indicators/NO-SUCH/values");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/api/open-data/nothing-here")).StatusCode);
    }

    [Fact]
    public async Task Any_website_may_read_with_get_and_nothing_else()
    {
        using var client = app.CreateHtmlClient();
        var get = await client.Http.GetAsync("/api/open-data/areas");
        Assert.Equal("*", get.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var error = await client.Http.GetAsync("/api/open-data/indicators?page=0");
        Assert.Equal("*", error.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/open-data/indicators");
        preflight.Headers.Add("Origin", "https://example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        var allowed = await client.Http.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("*", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("GET, HEAD", allowed.Headers.GetValues("Access-Control-Allow-Methods").Single());

        using var postPreflight = new HttpRequestMessage(HttpMethod.Options, "/api/open-data/indicators");
        postPreflight.Headers.Add("Origin", "https://example.org");
        postPreflight.Headers.Add("Access-Control-Request-Method", "POST");
        Assert.False((await client.Http.SendAsync(postPreflight)).Headers.Contains("Access-Control-Allow-Origin"));

        var post = await client.Http.PostAsJsonAsync("/api/open-data/indicators", new { code = "X" });
        Assert.True(post.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound, post.StatusCode.ToString());
        Assert.False(post.Headers.Contains("Access-Control-Allow-Origin"));

        // Other APIs are not opened up by this.
        Assert.False((await client.Http.GetAsync("/api/outcomes/indicators")).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Values_are_suppressed_exactly_as_on_the_public_pages_and_unpublished_indicators_never_appear()
    {
        await SmallNumbersAsync("T-OPEN-1");
        await SmallNumbersAsync("T-OPEN-HIDDEN", published: false);
        using var client = app.CreateHtmlClient();

        var all = await JsonAsync(await client.Http.GetAsync("/api/open-data/indicators?per_page=200"));
        var codes = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
        Assert.Contains("T-OPEN-1", codes);
        Assert.DoesNotContain("T-OPEN-HIDDEN", codes);
        foreach (var url in new[] { "/api/open-data/indicators/T-OPEN-HIDDEN", "/api/open-data/indicators/T-OPEN-HIDDEN/values", "/api/open-data/indicators/T-OPEN-HIDDEN/summary" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(url)).StatusCode);
        }

        // Every page of values, read as a determined reader would.
        var values = new List<JsonElement>();
        string? next = "/api/open-data/indicators/T-OPEN-1/values?per_page=7";
        while (next is not null)
        {
            var page = await JsonAsync(await client.Http.GetAsync(next));
            values.AddRange(page.GetProperty("items").EnumerateArray());
            next = page.GetProperty("links").GetProperty("next").GetString();
        }

        Assert.Equal(39, values.Count);
        var suppressed = values.Where(v => v.GetProperty("suppressed").GetBoolean()).ToList();
        Assert.Contains(suppressed, v => v.GetProperty("area").GetString() == "handforth" && v.GetProperty("breakdown").GetString() == "all");
        Assert.True(suppressed.Count(v => v.GetProperty("breakdown").GetString() == "all") >= 2, "a second town must be hidden so Handforth cannot be worked out from the total");
        foreach (var v in suppressed)
        {
            foreach (var field in new[] { "count", "denominator", "value", "lower95", "upper95", "lower998", "upper998" })
            {
                Assert.Equal(JsonValueKind.Null, v.GetProperty(field).ValueKind);
            }
        }

        Assert.DoesNotContain(values, v => v.GetProperty("count").ValueKind == JsonValueKind.Number && v.GetProperty("count").GetInt32() is >= 1 and <= 4);

        // The same figures are hidden in the CSV file.
        var csv = await client.Http.GetStringAsync("/indicators/T-OPEN-1/data.csv");
        var hiddenInCsv = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).Where(f => f[5] == "*").Select(f => (f[1], f[3], f[4])).ToHashSet();
        Assert.Equal(hiddenInCsv, suppressed.Select(v => (v.GetProperty("area").GetString()!, v.GetProperty("breakdown").GetString()!, v.GetProperty("category").GetString()!)).ToHashSet());

        // Filters, and comparisons on whole-population figures for the borough and its towns.
        var crewe = await JsonAsync(await client.Http.GetAsync("/api/open-data/indicators/T-OPEN-1/values?area=crewe&breakdown=all&period=2024/25"));
        var creweValue = Assert.Single(crewe.GetProperty("items").EnumerateArray());
        Assert.Equal(40, creweValue.GetProperty("count").GetInt32());
        Assert.Contains(creweValue.GetProperty("comparisons").EnumerateArray(), c => c.GetProperty("comparator").GetString() == "Cheshire East");

        var summary = await JsonAsync(await client.Http.GetAsync("/api/open-data/indicators/T-OPEN-1/summary?area=handforth"));
        Assert.True(summary.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("value").ValueKind);
        Assert.Equal("2024/25", summary.GetProperty("period").GetString());
        Assert.False(string.IsNullOrEmpty(summary.GetProperty("trend").GetProperty("sentence").GetString()));
    }

    [Fact]
    public async Task The_xlsx_download_opens_and_hides_what_the_csv_hides()
    {
        await SmallNumbersAsync("T-OPEN-XLSX");
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/indicators/T-OPEN-XLSX");
        Assert.NotNull(page.Document.QuerySelector("a[href='/indicators/T-OPEN-XLSX/data.xlsx']"));
        var response = await client.Http.GetAsync("/indicators/T-OPEN-XLSX/data.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/indicators/NO-SUCH/data.xlsx")).StatusCode);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        string Text(Cell c) => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.Text!.Text : c.CellValue?.Text ?? "";
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(Text).ToList()).ToList();
        Assert.Equal(["indicator", "area", "period", "breakdown", "category", "count", "denominator", "value", "lower_95", "upper_95", "note"], rows[0]);
        Assert.Equal(39, rows.Count - 1);
        var handforth = rows.Single(r => r[1] == "handforth" && r[3] == "all");
        Assert.Equal(["*", "*", "*", "*", "*"], handforth.Skip(5).Take(5));
        Assert.DoesNotContain(rows.Skip(1), r => r[5] is "1" or "2" or "3" or "4");
        var crewe = rows.Single(r => r[1] == "crewe" && r[3] == "all");
        var countCell = sheet.Descendants<Row>().ElementAt(rows.IndexOf(crewe)).Elements<Cell>().ElementAt(5);
        Assert.Equal(CellValues.Number, countCell.DataType?.Value);
        Assert.Equal("40", crewe[5]);

        var csv = await client.Http.GetStringAsync("/indicators/T-OPEN-XLSX/data.csv");
        var hiddenInCsv = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).Where(f => f[5] == "*").Select(f => f[1] + "|" + f[3] + "|" + f[4]).Order().ToList();
        Assert.Equal(hiddenInCsv, rows.Skip(1).Where(r => r[5] == "*").Select(r => r[1] + "|" + r[3] + "|" + r[4]).Order().ToList());
    }

    [Fact]
    public async Task The_openapi_document_lists_the_endpoints_and_the_page_explains_them()
    {
        using var client = app.CreateHtmlClient();
        var document = await JsonAsync(await client.Http.GetAsync("/api/open-data/openapi.json"));
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            ["/api/open-data/areas", "/api/open-data/indicators", "/api/open-data/indicators/{code}", "/api/open-data/indicators/{code}/summary", "/api/open-data/indicators/{code}/values"],
            paths.Order(StringComparer.Ordinal));
        Assert.Contains("Open Government Licence", document.GetProperty("info").GetProperty("license").GetProperty("name").GetString(), StringComparison.Ordinal);
        var parameters = document.GetProperty("paths").GetProperty("/api/open-data/indicators/{code}/values").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("per_page", parameters);
        Assert.Contains("breakdown", parameters);

        // The directory's own ORUK document is untouched.
        var oruk = await JsonAsync(await client.Http.GetAsync("/oruk/openapi.json"));
        Assert.Contains(oruk.GetProperty("paths").EnumerateObject(), p => p.Name == "/services");

        var page = await client.GetAsync("/open-data");
        Assert.Equal("Open data", page.H1);
        Assert.NotNull(page.Document.QuerySelector("a[href='/api/open-data/openapi.json']"));
        Assert.Contains("Open Government Licence", page.Html, StringComparison.Ordinal);
        Assert.Contains("1, 2, 3 or 4 children", page.Html, StringComparison.Ordinal);
        Assert.NotNull((await client.GetAsync("/outcomes")).Document.QuerySelector("a[href='/open-data']"));
    }
}
