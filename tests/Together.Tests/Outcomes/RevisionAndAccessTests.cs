using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Together.Statistics;
using Together.Tests.Support;
using Together.Web.Features.Outcomes;
using static Together.Tests.Outcomes.OutcomesTestData;

namespace Together.Tests.Outcomes;

public sealed class RevisionAndAccessTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task A_correction_keeps_every_earlier_version_visible_to_staff()
    {
        var indicator = await NewIndicatorAsync(app, "T-REV");
        Assert.Equal(1, (await SubmitAsync(app, [(1, Row("T-REV", "crewe", "2024/25", 40, 100))], "first.csv")).Added);
        var corrected = await SubmitAsync(app, [(1, Row("T-REV", "crewe", "2024/25", 45, 100))], "fix.csv", "Late returns from two schools");
        Assert.Equal(1, corrected.Corrected);
        var unchanged = await SubmitAsync(app, [(1, Row("T-REV", "crewe", "2024/25", 45, 100))]);
        Assert.Equal(1, unchanged.Unchanged);

        var value = await app.WithDbAsync(db => db.IndicatorValues.Include(v => v.Revisions).SingleAsync(v => v.IndicatorId == indicator.Id));
        Assert.Equal(2, value.Revision);
        Assert.Equal(ConfidenceIntervals.Proportion(45, 100, ConfidenceLevel.NinetyFive).Value, value.Value);
        Assert.Equal(["first.csv", "fix.csv"], value.Revisions.OrderBy(r => r.Revision).Select(r => r.SourceFile));
        Assert.Equal("Late returns from two schools", value.Revisions.Single(r => r.Revision == 2).Reason);
        Assert.Equal(40, value.Revisions.Single(r => r.Revision == 1).Count);

        using var client = app.CreateHtmlClient();
        await client.SignInAsync("admin@demo.together.example");
        var page = await client.GetAsync("/data/indicators/T-REV");
        var history = page.Texts(".figure-history li");
        Assert.Equal(2, history.Count);
        Assert.Contains("count 40", history[0], StringComparison.Ordinal);
        Assert.Contains("Late returns from two schools", history[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_data_page_counts_each_indicators_figures_hidden_figures_and_latest_period()
    {
        await NewIndicatorAsync(app, "T-SUMMARY");
        Assert.True((await SubmitAsync(app, [(1, Row("T-SUMMARY", "crewe", "2024/25", 3, 100)), (2, Row("T-SUMMARY", "crewe", "2023/24", 40, 100))])).Succeeded);
        // An earlier period sent later is not the latest.
        Assert.True((await SubmitAsync(app, [(1, Row("T-SUMMARY", "crewe", "2022/23", 38, 100))])).Succeeded);

        using var client = app.CreateHtmlClient();
        await client.SignInAsync("admin@demo.together.example");
        var page = await client.GetAsync("/data");
        var row = page.Document.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("a")?.TextContent == "T-SUMMARY");
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(("3", "1", "2024/25"), (cells[2], cells[3], cells[4]));
    }

    [Fact]
    public async Task People_who_are_not_administrators_cannot_reach_the_indicator_library()
    {
        using var anonymous = app.CreateHtmlClient();
        var page = await anonymous.GetAsync("/admin/indicators");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/account/sign-in", page.Location, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/data/upload")).Status);

        using var partner = app.CreateHtmlClient();
        await partner.SignInAsync("partner@demo.together.example");
        var denied = await partner.GetAsync("/admin/indicators/add");
        Assert.True(denied.Status is HttpStatusCode.Forbidden || denied.Location?.Contains("403", StringComparison.Ordinal) == true, $"{denied.Status} {denied.Location}");
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync("/data")).Status);
    }

    [Fact]
    public async Task A_partner_may_send_figures_only_for_indicators_their_organisation_owns()
    {
        var indicator = await NewIndicatorAsync(app, "T-OWNER");
        using var client = app.CreateHtmlClient();
        await client.SignInAsync("police@demo.together.example");
        var form = await client.GetAsync("/data/submit");
        var refused = await client.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?>
        {
            ["Input[indicator]"] = "T-OWNER", ["Input[area]"] = "crewe", ["Input[period]"] = "2024/25", ["Input[count]"] = "5", ["Input[denominator]"] = "50",
        });
        Assert.Contains(refused.ErrorSummary, e => e.Contains("not the data owner", StringComparison.Ordinal));
        Assert.Equal("crewe", refused.Value("#Input_area"));

        var missing = await client.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Input[indicator]"] = "CYP-D06", ["Input[area]"] = "crewe", ["Input[period]"] = "2024/25" });
        Assert.Contains(missing.ErrorSummary, e => e.Contains("Enter the count", StringComparison.Ordinal));

        var accepted = await client.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?>
        {
            ["Input[indicator]"] = "CYP-D06", ["Input[area]"] = "crewe", ["Input[period]"] = "2025/26", ["Input[count]"] = "31", ["Input[denominator]"] = "18000",
        });
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        Assert.Equal(0, await CountAsync(app, indicator.Id));
    }

    [Fact]
    public async Task An_administrator_adds_an_indicator_and_mistakes_are_explained()
    {
        using var client = app.CreateHtmlClient();
        await client.SignInAsync("admin@demo.together.example");
        var form = await client.GetAsync("/admin/indicators/add");
        var empty = await client.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Input.Code"] = "bad code!", ["Input.Title"] = new string('x', 201) });
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains(empty.ErrorSummary, e => e.Contains("letters, numbers and hyphens", StringComparison.Ordinal));
        Assert.Contains(empty.ErrorSummary, e => e.Contains("200 characters or fewer", StringComparison.Ordinal));
        Assert.Contains(empty.ErrorSummary, e => e.Contains("Select at least one outcome", StringComparison.Ordinal));
        Assert.Equal("bad code!", empty.Value("#Input_Code"));

        var saved = await client.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?>
        {
            ["Input.Code"] = "cyp-new-1", ["Input.Title"] = "Young carers known to services", ["Input.Definition"] = "Young carers known to services.",
            ["Input.Rationale"] = "Young carers need support.", ["Input.NumeratorDefinition"] = "Young carers known", ["Input.DenominatorDefinition"] = "Children aged 5 to 17",
            ["Input.Source"] = "Council records", ["Input.ValueType"] = "CrudeRate", ["Input.Multiplier"] = "10000", ["Input.Outcomes"] = HtmlClient.Many("2", "3"),
            ["Input.Statements"] = "1, 4", ["Input.IsPublished"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var stored = await app.WithDbAsync(db => db.Indicators.SingleAsync(i => i.Code == "CYP-NEW-1"));
        Assert.Equal("2,3", stored.OutcomeNumbers);
        Assert.Equal("1,4", stored.StatementNumbers);
        Assert.Equal(IndicatorValueType.CrudeRate, stored.ValueType);

        var again = await client.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Input.Code"] = "CYP-NEW-1" });
        Assert.Contains(again.ErrorSummary, e => e.Contains("already an indicator", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/indicators/NO-SUCH/edit")).Status);
    }

    [Fact]
    public async Task The_submission_api_needs_a_key_and_answers_with_problem_details()
    {
        var indicator = await NewIndicatorAsync(app, "T-API");
        using var client = app.CreateHtmlClient();
        var body = new { figures = new[] { new { indicator = "T-API", area = "crewe", period = "2024/25", count = 12, denominator = 100 } } };
        var anonymous = await client.Http.PostAsJsonAsync("/api/outcomes/submissions", body);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);

        const string key = "test-key-for-the-council-0123456789";
        await app.WithDbAsync(async db =>
        {
            var council = await db.Organisations.SingleAsync(o => o.Slug == "cheshire-east-council");
            indicator = await db.Indicators.SingleAsync(i => i.Id == indicator.Id);
            indicator.DataOwnerId = council.Id;
            db.OutcomesApiTokens.Add(new OutcomesApiToken { Id = Guid.NewGuid(), OrganisationId = council.Id, Name = "Test", TokenHash = OutcomesSetup.HashToken(key), Prefix = key[..8], CreatedBy = "test" });
            return await db.SaveChangesAsync();
        });
        Assert.DoesNotContain(await app.WithDbAsync(db => db.OutcomesApiTokens.Select(t => t.TokenHash).ToListAsync()), h => h.Contains(key, StringComparison.Ordinal));

        using var bad = new HttpRequestMessage(HttpMethod.Post, "/api/outcomes/submissions") { Content = JsonContent.Create(new { figures = new[] { new { indicator = "T-API", area = "crewe", period = "2024", count = 12, denominator = 100 } } }) };
        bad.Headers.Authorization = new("Bearer", key);
        var refused = await client.Http.SendAsync(bad);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("period", problem.GetProperty("errors")[0].GetProperty("field").GetString());

        using var good = new HttpRequestMessage(HttpMethod.Post, "/api/outcomes/submissions") { Content = JsonContent.Create(body) };
        good.Headers.Authorization = new("Bearer", key);
        var accepted = await client.Http.SendAsync(good);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(1, await CountAsync(app, indicator.Id));
    }
}
