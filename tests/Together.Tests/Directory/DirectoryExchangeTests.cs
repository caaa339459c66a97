using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Together.Tests.Support;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Infrastructure.Database;

namespace Together.Tests.ServiceDirectory;

/// <summary>An app whose feed importer reaches another test app's /oruk (through that app's in-memory server).</summary>
public sealed class FeedTargetApp(Func<HttpMessageHandler> feedHandler) : TogetherApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddHttpClient(ServiceImport.HttpClientName).ConfigurePrimaryHttpMessageHandler(feedHandler));
    }
}

/// <summary>Import (file, CSV template, ORUK feed), export and the round trip, through the administrators' pages.</summary>
public sealed class DirectoryExchangeTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private const string Admin = "admin@demo.together.example";

    [Fact]
    public async Task Only_administrators_reach_import_and_export()
    {
        using var anonymous = app.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/admin/directory/export?handler=Download&format=json")).Status);

        using var partner = app.CreateHtmlClient();
        await partner.SignInAsync("partner@demo.together.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/admin/directory/import")).Status);

        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync(Admin);
        var page = await admin.GetAsync("/admin");
        Assert.Contains(page.Document.QuerySelectorAll("#admin-areas a"), a => a.GetAttribute("href") == "/admin/directory/import");
    }

    [Fact]
    public async Task A_good_csv_file_imports_every_row_and_a_second_import_updates_them()
    {
        using var client = app.CreateHtmlClient();
        await client.SignInAsync(Admin);
        var template = await client.Http.GetStringAsync("/admin/directory/import?handler=Template");
        Assert.StartsWith(ServiceCsv.HeaderLine + "\n", template, StringComparison.Ordinal);

        var id1 = Guid.NewGuid();
        var id2 = Guid.NewGuid();
        var csv = ServiceCsv.HeaderLine + "\n"
            + Row(id1, "Lego club, Crewe library", "Build things together, every Saturday.", categories: "arts-and-music", schedules: "WEEKLY SA 10:00-12:00 (term time)", minimumAge: "5", maximumAge: "11") + "\n"
            + Row(id2, "Chatterbox speech group", "Help with talking, \"sounds\" and listening, for under-fives.", categories: "speech-and-language;early-years", schedules: "MONTHLY 2TU 09:30-11:30", minimumAge: "1", maximumAge: "4") + "\n";

        var done = await UploadAsync(client, "services.csv", csv);
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var page = await client.FollowAsync(done);
        Assert.Equal("Imported 2 services: 2 new, 0 updated.", page.Text("#import-summary"));

        var stored = await app.WithDbAsync(db => db.DirectoryServices.AsNoTracking().Include(s => s.Schedules).Include(s => s.Attributes)
            .Include(s => s.ServiceAtLocations).ThenInclude(l => l.Location).FirstAsync(s => s.Id == id2));
        Assert.Equal("Help with talking, \"sounds\" and listening, for under-fives.", stored.Description);
        Assert.Equal(2, stored.Attributes.Count);
        Assert.Equal("2TU", Assert.Single(stored.Schedules).ByDay);
        Assert.Equal(ScheduleFrequency.Monthly, stored.Schedules[0].Frequency);
        Assert.Equal(53.0975, stored.ServiceAtLocations[0].Location.Latitude);

        // The people's service page shows it, with its schedule in words.
        var detail = await client.GetAsync($"/services/{id1}");
        Assert.Equal("Lego club, Crewe library", detail.H1);
        Assert.Contains("Saturdays", detail.Text("#when"), StringComparison.Ordinal);

        // The same file again: found by id, updated in place, no duplicates.
        page = await client.FollowAsync(await UploadAsync(client, "services.csv", csv));
        Assert.Equal("Imported 2 services: 0 new, 2 updated.", page.Text("#import-summary"));
        Assert.Equal(1, await app.WithDbAsync(db => db.DirectoryServices.CountAsync(s => s.Name == "Lego club, Crewe library")));
    }

    [Fact]
    public async Task One_bad_row_imports_nothing_and_names_the_row_field_and_reason()
    {
        using var client = app.CreateHtmlClient();
        await client.SignInAsync(Admin);
        var good = Guid.NewGuid();
        var bad = Guid.NewGuid();
        var csv = ServiceCsv.HeaderLine + "\n"
            + Row(good, "Good row service", "A fine service.", categories: "sport", schedules: "WEEKLY MO 10:00-11:00", minimumAge: "5", maximumAge: "11") + "\n"
            + Row(bad, "Bad row service", "Has a bad age and an unknown category.", categories: "underwater-basket-weaving", schedules: "WEEKLY MO 10:00-11:00", minimumAge: "three", maximumAge: "11") + "\n";

        var page = await UploadAsync(client, "services.csv", csv);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.StartsWith("Nothing was imported: 2 problems in 1 rows.", page.ErrorSummary.Single(), StringComparison.Ordinal);
        var problems = page.Document.QuerySelectorAll("#import-problems tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Contains(problems, p => p[0] == "3" && p[1] == "minimum_age" && p[2].Contains("whole number", StringComparison.Ordinal));
        Assert.Contains(problems, p => p[0] == "3" && p[1] == "categories" && p[2].Contains("underwater-basket-weaving", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p[0] == "2");
        Assert.False(await app.WithDbAsync(db => db.DirectoryServices.AnyAsync(s => s.Id == good || s.Id == bad)));
    }

    [Theory]
    [InlineData("services.json", "[{\"id\": \"not-a-uuid\"}]", "1", "id")]
    [InlineData("services.ndjson", "{\"id\":\"4d1b4c3e-0d8e-4a2b-9c39-1b1f2f3a4b5c\",\"organization_id\":\"4d1b4c3e-0d8e-4a2b-9c39-1b1f2f3a4b5d\",\"name\":\"X\",\"description\":\"Y\"}\n{not json}\n", "2", "line")]
    [InlineData("services.json", "{\"services\": []}", "1", "file")]
    public async Task Bad_json_and_ndjson_files_are_refused_with_the_place_of_the_problem(string name, string content, string row, string field)
    {
        using var client = app.CreateHtmlClient();
        await client.SignInAsync(Admin);
        var before = await app.WithDbAsync(db => db.DirectoryServices.CountAsync());

        var page = await UploadAsync(client, name, content);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        var problems = page.Document.QuerySelectorAll("#import-problems tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Contains(problems, p => p[0] == row && p[1] == field);
        Assert.Equal(before, await app.WithDbAsync(db => db.DirectoryServices.CountAsync()));
    }

    [Fact]
    public async Task Empty_and_wrong_uploads_and_feed_addresses_get_clear_errors()
    {
        using var client = app.CreateHtmlClient();
        await client.SignInAsync(Admin);
        var page = await UploadAsync(client, "services.txt", "hello");
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("The file must be a .json, .ndjson or .csv file", page.ErrorSummary.Single());

        page = await client.GetAsync("/admin/directory/import");
        page = await client.SubmitAsync(page, "#import-feed", new Dictionary<string, string?> { ["FeedUrl"] = "ftp://example.org/oruk" });
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.StartsWith("Enter the feed's address starting with https://", page.ErrorSummary.Single(), StringComparison.Ordinal);
        Assert.Equal("ftp://example.org/oruk", page.Value("#FeedUrl"));
    }

    [Fact]
    public async Task Export_import_into_an_empty_directory_and_export_again_is_byte_identical()
    {
        using var target = new TogetherApp();
        using var source = app.CreateHtmlClient();
        await source.SignInAsync(Admin);
        using var client = target.CreateHtmlClient();
        await client.SignInAsync(Admin);

        foreach (var format in new[] { "json", "ndjson", "csv" })
        {
            var first = await source.Http.GetByteArrayAsync($"/admin/directory/export?handler=Download&format={format}");
            await ClearDirectoryAsync(target);
            Assert.Equal(0, await target.WithDbAsync(db => db.DirectoryServices.CountAsync()));

            var done = await UploadAsync(client, "export." + format, Encoding.UTF8.GetString(first));
            Assert.True(done.Status == HttpStatusCode.Redirect, $"{format}: {string.Join("; ", done.ErrorSummary)} {string.Join("; ", done.Texts("#import-problems tbody tr").Take(5))}");

            var second = await client.Http.GetByteArrayAsync($"/admin/directory/export?handler=Download&format={format}");
            Assert.True(first.Length > 10_000, $"{format} export is only {first.Length} bytes");
            Assert.True(first.AsSpan().SequenceEqual(second), $"{format}: the second export differs from the first");
        }

        // The JSON export is ORUK: every service as at /oruk/services/{id}, plus Together's own fields.
        var json = JsonDocument.Parse(await source.Http.GetByteArrayAsync("/admin/directory/export?handler=Download&format=json")).RootElement;
        var services = json.EnumerateArray().ToList();
        Assert.Equal(await app.WithDbAsync(db => db.DirectoryServices.CountAsync()), services.Count);
        var ids = services.Select(s => s.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(services, s => Assert.True(s.TryGetProperty("x_together", out _)));
    }

    [Fact]
    public async Task A_feed_url_import_pulls_every_service_from_an_oruk_api()
    {
        using var target = new FeedTargetApp(() => app.Server.CreateHandler());
        await ClearDirectoryAsync(target);
        using var client = target.CreateHtmlClient();
        await client.SignInAsync(Admin);

        var page = await client.GetAsync("/admin/directory/import");
        page = await client.SubmitAsync(page, "#import-feed", new Dictionary<string, string?> { ["FeedUrl"] = "http://localhost/oruk" });

        Assert.True(page.Status == HttpStatusCode.Redirect, string.Join("; ", page.ErrorSummary) + " " + string.Join("; ", page.Texts("#import-problems tbody tr").Take(5)));
        var expected = await app.WithDbAsync(db => db.DirectoryServices.OrderBy(s => s.Id).Select(s => new { s.Id, s.Name, s.Status, Terms = s.Attributes.Count }).ToListAsync());
        var imported = await target.WithDbAsync(db => db.DirectoryServices.OrderBy(s => s.Id).Select(s => new { s.Id, s.Name, s.Status, Terms = s.Attributes.Count }).ToListAsync());
        Assert.Equal(expected, imported);
        page = await client.FollowAsync(page);
        Assert.Equal($"Imported {expected.Count:N0} services: {expected.Count:N0} new, 0 updated.", page.Text("#import-summary"));

        // A feed that is not there: nothing imported, the address named.
        page = await client.GetAsync("/admin/directory/import");
        page = await client.SubmitAsync(page, "#import-feed", new Dictionary<string, string?> { ["FeedUrl"] = "http://localhost/not-a-feed" });
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("404", page.Text("#import-problems"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_generator_adds_the_number_of_services_asked_for_and_is_repeatable()
    {
        var before = await app.WithDbAsync(db => db.DirectoryServices.CountAsync());

        var report = await GenerateAsync(120);
        Assert.True(report.Succeeded, string.Join("; ", report.Problems.Select(p => $"{p.Row} {p.Field} {p.Reason}")));
        Assert.Equal(120, report.Created);
        Assert.Equal(before + 120, await app.WithDbAsync(db => db.DirectoryServices.CountAsync()));

        // Same count and seed, same services: all found by id and updated, none added.
        report = await GenerateAsync(120);
        Assert.Equal((0, 120), (report.Created, report.Updated));
        Assert.Equal(before + 120, await app.WithDbAsync(db => db.DirectoryServices.CountAsync()));

        // Generated services are searchable like any other, with ages, categories and places.
        using var http = app.CreateClient();
        var page = JsonDocument.Parse(await http.GetStringAsync("/oruk/services?search=generated&per_page=1")).RootElement;
        Assert.True(page.GetProperty("total_items").GetInt32() >= 120);
        Assert.All(await app.WithDbAsync(db => db.DirectoryServices.Where(s => s.Description.Contains(ServiceGenerator.Note)).Select(s => new { s.Schedules.Count, Links = s.ServiceAtLocations.Count, Terms = s.Attributes.Count }).ToListAsync()),
            s => Assert.True(s.Count > 0 && s.Links == 1 && s.Terms > 0));
    }

    private async Task<ImportReport> GenerateAsync(int count)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ServiceGenerator>().GenerateAsync(count);
    }

    private static string Row(Guid id, string name, string description, string categories, string schedules, string minimumAge, string maximumAge)
    {
        var values = new Dictionary<string, string>
        {
            ["id"] = id.ToString(), ["name"] = name, ["status"] = "active", ["organization_name"] = "Test Provider CIC", ["description"] = description,
            ["minimum_age"] = minimumAge, ["maximum_age"] = maximumAge, ["delivered_in_person"] = "yes", ["delivered_online"] = "no", ["delivered_by_phone"] = "no",
            ["fees"] = "Free", ["cost_option"] = "Free", ["cost_amount"] = "0", ["categories"] = categories, ["languages"] = "en;pl", ["phone"] = "01270 000000",
            ["schedules"] = schedules, ["service_area"] = "Crewe", ["service_area_id"] = "crewe", ["location_name"] = "Crewe Library", ["address_1"] = "1 Library Way",
            ["city"] = "Crewe", ["postcode"] = "CW1 2AB", ["latitude"] = "53.0975", ["longitude"] = "-2.4412",
        };
        return string.Join(',', ServiceCsv.Columns.Select(c => ServiceCsv.Escape(values.GetValueOrDefault(c.Name), text: false)));
    }

    private static async Task<HtmlPage> UploadAsync(HtmlClient client, string fileName, string content)
    {
        var form = await client.GetAsync("/admin/directory/import");
        var token = form.Document.QuerySelector("#import-file input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "Upload", fileName);
        var response = await client.Http.PostAsync("/admin/directory/import?handler=File", body);
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
    }

    /// <summary>Empties the directory's services, organisations and locations (the category tree and places stay), as in a new installation.</summary>
    private static async Task ClearDirectoryAsync(TogetherApp target) =>
        await target.WithDbAsync(async db =>
        {
            await db.Set<DirectoryAttribute>().ExecuteDeleteAsync();
            await db.DirectorySchedules.ExecuteDeleteAsync();
            await db.Set<DirectoryCostOption>().ExecuteDeleteAsync();
            await db.Set<DirectoryLanguage>().ExecuteDeleteAsync();
            await db.Set<DirectoryServiceArea>().ExecuteDeleteAsync();
            await db.Set<DirectoryContact>().ExecuteDeleteAsync();
            await db.Set<DirectoryPhone>().ExecuteDeleteAsync();
            await db.DirectoryServiceAtLocations.ExecuteDeleteAsync();
            await db.DirectoryServices.ExecuteDeleteAsync();
            await db.Set<DirectoryAddress>().ExecuteDeleteAsync();
            await db.Set<DirectoryAccessibility>().ExecuteDeleteAsync();
            await db.DirectoryLocations.ExecuteDeleteAsync();
            await db.DirectoryOrganizations.ExecuteDeleteAsync();
            return 0;
        });
}
