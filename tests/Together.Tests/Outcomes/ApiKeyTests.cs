using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.Outcomes;
using static Together.Tests.Outcomes.OutcomesTestData;

namespace Together.Tests.Outcomes;

public sealed class ApiKeyTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private static async Task<HttpStatusCode> SendAsync(HtmlClient client, string key, string code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/outcomes/submissions")
        {
            Content = JsonContent.Create(new { figures = new[] { new { indicator = code, area = "crewe", period = "2025/26", count = 9, denominator = 90 } } }),
        };
        request.Headers.Authorization = new("Bearer", key);
        return (await client.Http.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task An_administrator_issues_a_key_that_is_shown_once_works_with_the_api_and_can_be_withdrawn()
    {
        var indicator = await NewIndicatorAsync(app, "T-KEY");
        await OwnAsync(app, indicator, "cheshire-constabulary");
        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync("admin@demo.together.example");
        var list = await admin.GetAsync("/admin/api-keys");
        Assert.Equal("API keys", list.H1);

        var form = await admin.GetAsync("/admin/api-keys/issue");
        var empty = await admin.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Name"] = new string('k', 201) });
        Assert.Contains(empty.ErrorSummary, e => e.Contains("Select the organisation", StringComparison.Ordinal));
        Assert.Contains(empty.ErrorSummary, e => e.Contains("200 characters or fewer", StringComparison.Ordinal));

        var issued = await admin.FollowAsync(await admin.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Organisation"] = "cheshire-constabulary", ["Name"] = "Police data warehouse" }));
        Assert.Equal("API key issued", issued.H1);
        var key = issued.Value("#issued-key")!;
        Assert.StartsWith(ApiKeys.KeyStart, key, StringComparison.Ordinal);
        Assert.True(key.Length > 40);

        // Shown once: reloading the page or sending the same form again gives no key and makes no second key.
        var reload = await admin.GetAsync("/admin/api-keys/issued");
        Assert.Equal(HttpStatusCode.Redirect, reload.Status);
        Assert.DoesNotContain(key, (await admin.FollowAsync(reload)).Html, StringComparison.Ordinal);
        var repeated = await admin.FollowAsync(await admin.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Organisation"] = "cheshire-constabulary", ["Name"] = "Police data warehouse" }));
        Assert.Contains("already issued", repeated.Html, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.OutcomesApiTokens.Where(t => t.Name == "Police data warehouse").ToListAsync());
        var token = Assert.Single(stored);
        Assert.Equal(OutcomesSetup.HashToken(key), token.TokenHash);
        Assert.Null(token.LastUsedAt);

        var row = (await admin.GetAsync("/admin/api-keys")).Document.QuerySelectorAll("#keys tbody tr").Single(r => r.TextContent.Contains("Police data warehouse", StringComparison.Ordinal));
        Assert.Contains("Cheshire Constabulary", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(key[..12], row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Never", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(key, row.TextContent, StringComparison.Ordinal);

        // The key works with the submission API, which records its use.
        using var system = app.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.OK, await SendAsync(system, key, "T-KEY"));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, (await app.WithDbAsync(db => db.OutcomesApiTokens.SingleAsync(t => t.Id == token.Id))).LastUsedAt);
        row = (await admin.GetAsync("/admin/api-keys")).Document.QuerySelectorAll("#keys tbody tr").Single(r => r.TextContent.Contains("Police data warehouse", StringComparison.Ordinal));
        Assert.DoesNotContain("Never", row.TextContent, StringComparison.Ordinal);

        // Withdrawn: refused from the next request.
        var confirm = await admin.GetAsync($"/admin/api-keys/{token.Id}/withdraw");
        Assert.Contains("Withdraw the key", confirm.H1, StringComparison.Ordinal);
        var withdrawn = await admin.FollowAsync(await admin.SubmitAsync(confirm, "form[method=post]"));
        Assert.Contains("no longer works", withdrawn.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(system, key, "T-KEY"));
        var twice = await admin.FollowAsync(await admin.SubmitAsync(confirm, "form[method=post]"));
        Assert.Contains("already withdrawn", twice.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/api-keys/{Guid.NewGuid()}/withdraw")).Status);
    }

    [Fact]
    public async Task Only_administrators_manage_keys()
    {
        using var partner = app.CreateHtmlClient();
        await partner.SignInAsync("police@demo.together.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/admin/api-keys")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/admin/api-keys/issue")).Status);
        using var anonymous = app.CreateHtmlClient();
        Assert.Contains("/account/sign-in", (await anonymous.GetAsync("/admin/api-keys")).Location, StringComparison.OrdinalIgnoreCase);
    }
}
