using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.ServiceDirectory;

namespace Together.Tests.ServiceDirectory;

/// <summary>The ORUK API's filters, ordering and answers to bad input, through HTTP.</summary>
public sealed class OrukApiTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private static async Task<(HttpResponseMessage Response, JsonElement Json)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        return (response, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone());
    }

    private static List<JsonElement> Contents(JsonElement page) => page.GetProperty("contents").EnumerateArray().ToList();

    [Theory]
    [InlineData("/oruk/services?page=-1", "page")]
    [InlineData("/oruk/services?per_page=100000", "per_page")]
    [InlineData("/oruk/services?taxonomy_id=3fa85f64-5717-4562-b3fc-2c963f66afa6", "taxonomy_id")]
    [InlineData("/oruk/services?taxonomy_term_id=3fa85f64-5717-4562-b3fc-2c963f66afa6", "taxonomy_term_id")]
    [InlineData("/oruk/service_at_locations?postcode=CW1&proximity=abc", "proximity")]
    [InlineData("/oruk/service_at_locations?postcode=ABC123XYZ", "postcode")]
    [InlineData("/oruk/service_at_locations?postcode=ZZ99%209ZZ", "postcode")]
    [InlineData("/oruk/services?modified_after=last%20tuesday", "modified_after")]
    [InlineData("/oruk/services/not-a-uuid", "id")]
    [InlineData("/oruk/organizations?per_page=201", "per_page")]
    [InlineData("/oruk/taxonomy_terms?taxonomy_id=nope", "taxonomy_id")]
    public async Task Bad_input_is_a_400_problem_naming_the_parameter(string url, string parameter)
    {
        using var client = app.CreateClient();
        var (response, json) = await GetAsync(client, url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(parameter, json.GetProperty("parameter").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("detail").GetString()));
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Theory]
    [InlineData("/oruk/services/")]
    [InlineData("/oruk/service_at_locations/")]
    [InlineData("/oruk/organizations/")]
    [InlineData("/oruk/taxonomies/")]
    [InlineData("/oruk/taxonomy_terms/")]
    public async Task An_unknown_id_is_a_404_problem(string prefix)
    {
        using var client = app.CreateClient();
        var (response, json) = await GetAsync(client, prefix + "3fa85f64-5717-4562-b3fc-2c963f66afa6");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Age_filters_return_services_whose_ages_overlap()
    {
        using var client = app.CreateClient();
        var (_, page) = await GetAsync(client, "/oruk/services?minimum_age=12&maximum_age=14&per_page=200");
        var services = Contents(page);

        Assert.NotEmpty(services);
        foreach (var s in services)
        {
            int? min = s.TryGetProperty("minimum_age", out var a) ? a.GetInt32() : null;
            int? max = s.TryGetProperty("maximum_age", out var b) ? b.GetInt32() : null;
            Assert.True(AgeRange.Overlaps(min, max, 12, 14), $"{s.GetProperty("name")} ({min}–{max}) does not overlap 12–14");
        }

        // Stay and play (0 to 5) never appears for 12 to 14 year olds; youth clubs (11 to 18) do.
        Assert.DoesNotContain(services, s => s.GetProperty("name").GetString()!.StartsWith("Stay and play", StringComparison.Ordinal));
        Assert.Contains(services, s => s.GetProperty("name").GetString()!.StartsWith("Youth club", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_parent_category_includes_its_children()
    {
        using var client = app.CreateClient();
        var parent = FamilySupportTaxonomy.TermId("early-years");
        var child = FamilySupportTaxonomy.TermId("baby-groups");

        var (_, all) = await GetAsync(client, $"/oruk/services?taxonomy_term_id={parent}&per_page=200");
        var (_, babies) = await GetAsync(client, $"/oruk/services?taxonomy_term_id={child}&per_page=200");

        Assert.Equal(12, babies.GetProperty("total_items").GetInt32()); // one baby group in each of the 12 towns
        var allIds = Contents(all).Select(s => s.GetProperty("id").GetString()).ToHashSet();
        Assert.All(Contents(babies), s => Assert.Contains(s.GetProperty("id").GetString(), allIds));
        Assert.True(all.GetProperty("total_items").GetInt32() > babies.GetProperty("total_items").GetInt32());
    }

    [Fact]
    public async Task Near_a_postcode_results_come_nearest_first_within_the_proximity()
    {
        using var client = app.CreateClient();
        // CW5 is Nantwich; 4 km keeps Crewe (about 5.5 km away) out.
        var (_, page) = await GetAsync(client, "/oruk/service_at_locations?postcode=CW5%205AA&proximity=4000&per_page=200");
        var links = Contents(page);
        var nantwich = new GeoPoint(53.0676, -2.5218);

        var physical = links.Where(l => l.GetProperty("location").GetProperty("location_type").GetString() == "physical").ToList();
        Assert.NotEmpty(physical);
        var distances = physical.Select(l => Geo.DistanceMetres(nantwich, new GeoPoint(
            l.GetProperty("location").GetProperty("latitude").GetDouble(), l.GetProperty("location").GetProperty("longitude").GetDouble()))).ToList();
        Assert.All(distances, d => Assert.True(d <= 4000, $"{d} m is beyond the proximity"));
        Assert.Equal(distances.Order().ToList(), distances);
        Assert.All(physical, l => Assert.Contains("Nantwich", l.GetProperty("service").GetProperty("name").GetString(), StringComparison.Ordinal));
        // Online services reach everyone, so they follow the places.
        Assert.Equal(physical.Count, links.TakeWhile(l => l.GetProperty("location").GetProperty("location_type").GetString() == "physical").Count());
    }

    [Fact]
    public async Task Day_and_time_filters_match_schedules()
    {
        using var client = app.CreateClient();
        var (_, page) = await GetAsync(client, "/oruk/services?day=SA&start_time=09:00&end_time=12:00&per_page=200");
        var names = Contents(page).Select(s => s.GetProperty("name").GetString()!).ToList();

        Assert.Contains(names, n => n.StartsWith("Saturday football", StringComparison.Ordinal)); // Saturdays 10am to 12 noon
        Assert.Contains(names, n => n.StartsWith("Inclusive swimming", StringComparison.Ordinal)); // Saturdays 9am to 10am
        Assert.DoesNotContain(names, n => n.StartsWith("Short breaks club", StringComparison.Ordinal)); // Saturdays 1pm to 4pm
        Assert.DoesNotContain(names, n => n.StartsWith("Youth club at", StringComparison.Ordinal)); // Mondays and Wednesdays
    }

    [Fact]
    public async Task Keyword_search_ranks_name_matches_above_description_matches()
    {
        var ids = await app.WithDbAsync(async db =>
        {
            var organization = new DirectoryOrganization { Id = Guid.NewGuid(), Name = "Ranking Test Trust", Description = "Test organisation.", LastModified = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc) };
            var inDescription = new DirectoryService { Id = Guid.NewGuid(), OrganizationId = organization.Id, Name = "Aardvark afternoon club", Description = "Games, and we also do quizzlewicks.", LastModified = organization.LastModified };
            var inName = new DirectoryService { Id = Guid.NewGuid(), OrganizationId = organization.Id, Name = "Quizzlewicks for teenagers", Description = "A weekly session.", LastModified = organization.LastModified };
            db.DirectoryOrganizations.Add(organization);
            db.DirectoryServices.AddRange(inDescription, inName);
            await db.SaveChangesAsync();
            return (Name: inName.Id, Description: inDescription.Id);
        });
        using var client = app.CreateClient();

        var (_, page) = await GetAsync(client, "/oruk/services?search=quizzlewick");

        Assert.Equal([ids.Name.ToString(), ids.Description.ToString()], Contents(page).Select(s => s.GetProperty("id").GetString()).ToList());
    }

    [Fact]
    public async Task Ndjson_streams_every_result_and_modified_after_filters()
    {
        using var client = app.CreateClient();
        var (_, page) = await GetAsync(client, "/oruk/services?per_page=1");
        var total = page.GetProperty("total_items").GetInt32();

        var response = await client.GetAsync("/oruk/services?format=ndjson");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(total, lines.Length);
        Assert.All(lines, l => Assert.True(Guid.TryParse(JsonDocument.Parse(l).RootElement.GetProperty("id").GetString(), out _)));

        var (_, future) = await GetAsync(client, "/oruk/services?modified_after=2030-01-01");
        Assert.Equal(0, future.GetProperty("total_items").GetInt32());
        Assert.True(future.GetProperty("empty").GetBoolean());
        var (_, past) = await GetAsync(client, "/oruk/services?modified_after=2000-01-01T00:00:00Z&per_page=1");
        Assert.Equal(total, past.GetProperty("total_items").GetInt32());
    }

    [Fact]
    public async Task A_page_beyond_the_last_is_empty_not_an_error()
    {
        using var client = app.CreateClient();
        var (response, page) = await GetAsync(client, "/oruk/services?page=999&per_page=200");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(page.GetProperty("empty").GetBoolean());
        Assert.Empty(Contents(page));
    }

    [Fact]
    public async Task A_change_saved_on_this_server_shows_in_both_lists_at_once_though_list_entries_are_kept_in_memory()
    {
        using var client = app.CreateClient();
        var service = await app.WithDbAsync(db => db.DirectoryServices.Include(s => s.ServiceAtLocations)
            .FirstAsync(s => s.Name == "Saturday football, Sandbach"));
        var linkId = service.ServiceAtLocations.First().Id;
        var services = $"/oruk/services?search=football&organization_id={service.OrganizationId}";
        var links = "/oruk/service_at_locations?search=football&postcode=CW11&proximity=10000";
        Assert.Contains(Contents((await GetAsync(client, services)).Json), s => s.GetProperty("id").GetString() == service.Id.ToString());
        Assert.Contains(Contents((await GetAsync(client, links)).Json), l => l.GetProperty("id").GetString() == linkId.ToString());

        await app.WithDbAsync(async db =>
        {
            var tracked = await db.DirectoryServices.SingleAsync(s => s.Id == service.Id);
            tracked.Description = "Friendly football for all abilities, now on the new 3G pitch.";
            return await db.SaveChangesAsync();
        });

        var listed = Contents((await GetAsync(client, services)).Json).Single(s => s.GetProperty("id").GetString() == service.Id.ToString());
        Assert.Contains("3G pitch", listed.GetProperty("description").GetString(), StringComparison.Ordinal);
        var link = Contents((await GetAsync(client, links)).Json).Single(l => l.GetProperty("id").GetString() == linkId.ToString());
        Assert.Contains("3G pitch", link.GetRawText(), StringComparison.Ordinal);
    }
}
