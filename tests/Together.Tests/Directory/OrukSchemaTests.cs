using System.Net;
using System.Text.Json;
using Together.Tests.Support;

namespace Together.Tests.ServiceDirectory;

/// <summary>
/// Every ORUK endpoint's first, middle and last pages, and every service by id, validate against the Open Referral UK
/// validator schemas — the same checks the ORUK validator service runs (TestProfile-HSDS-UK-3.0).
/// </summary>
public sealed class OrukSchemaTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} returned {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static void AssertValid(OrukSchemaValidator schema, JsonElement json, string what)
    {
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, $"{what} does not match the schema:\n{string.Join('\n', errors.Take(20))}");
    }

    private static void AssertEnvelope(JsonElement page, int pageNumber, int perPage)
    {
        var total = page.GetProperty("total_items").GetInt32();
        var totalPages = page.GetProperty("total_pages").GetInt32();
        var contents = page.GetProperty("contents").GetArrayLength();
        Assert.Equal(pageNumber, page.GetProperty("page_number").GetInt32());
        Assert.Equal(perPage, page.GetProperty("size").GetInt32());
        Assert.Equal(Math.Max(1, (int)Math.Ceiling(total / (double)perPage)), totalPages);
        Assert.Equal(pageNumber == 1, page.GetProperty("first_page").GetBoolean());
        Assert.Equal(pageNumber == totalPages, page.GetProperty("last_page").GetBoolean());
        Assert.Equal(contents == 0, page.GetProperty("empty").GetBoolean());
        Assert.Equal(pageNumber < totalPages ? perPage : total - (perPage * (totalPages - 1)), contents);
    }

    /// <summary>Pages 1, middle and last of a list endpoint; each validated with the list schema (or each item with the item schema).</summary>
    private async Task<List<JsonElement>> CheckPagesAsync(string endpoint, int perPage, string? listSchema, string? itemSchema = null)
    {
        using var client = app.CreateClient();
        var first = await GetJsonAsync(client, $"/oruk/{endpoint}?per_page={perPage}&page=1");
        var totalPages = first.GetProperty("total_pages").GetInt32();
        Assert.True(first.GetProperty("total_items").GetInt32() > 0, $"{endpoint} has no demo content to check");
        var items = new List<JsonElement>();
        foreach (var page in new[] { 1, (totalPages + 1) / 2, totalPages }.Distinct())
        {
            var json = await GetJsonAsync(client, $"/oruk/{endpoint}?per_page={perPage}&page={page}");
            AssertEnvelope(json, page, perPage);
            if (listSchema is not null)
            {
                AssertValid(OrukSchemaValidator.Load(listSchema), json, $"{endpoint} page {page}");
            }

            foreach (var item in json.GetProperty("contents").EnumerateArray())
            {
                if (itemSchema is not null)
                {
                    AssertValid(OrukSchemaValidator.Load(itemSchema), item, $"{endpoint} page {page} item {item.GetProperty("id")}");
                }

                items.Add(item);
            }
        }

        return items;
    }

    [Fact]
    public async Task The_root_describes_the_api_and_its_openapi_document_is_served()
    {
        using var client = app.CreateClient();
        var details = await GetJsonAsync(client, "/oruk/");
        AssertValid(OrukSchemaValidator.Load("api_details.json"), details, "/oruk/");
        Assert.Equal("HSDS-UK-3.0", details.GetProperty("version").GetString());

        var openApiUrl = new Uri(details.GetProperty("openapi_url").GetString()!);
        var openApi = await GetJsonAsync(client, openApiUrl.PathAndQuery);
        Assert.StartsWith("3.0", openApi.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/service_at_locations", out _));
    }

    [Fact]
    public async Task Service_list_pages_match_the_schema() =>
        await CheckPagesAsync("services", 20, "service_list.json");

    [Fact]
    public async Task Every_service_by_id_matches_the_schema()
    {
        using var client = app.CreateClient();
        var all = await GetJsonAsync(client, "/oruk/services?per_page=200&page=1");
        var ids = all.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        var second = await GetJsonAsync(client, "/oruk/services?per_page=200&page=2");
        ids.AddRange(second.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("id").GetString()!));
        Assert.Equal(all.GetProperty("total_items").GetInt32(), ids.Count);
        Assert.True(ids.Count >= 250);

        var schema = OrukSchemaValidator.Load("service.json");
        foreach (var id in ids)
        {
            var service = await GetJsonAsync(client, $"/oruk/services/{id}");
            AssertValid(schema, service, $"service {id}");
            Assert.Equal(id, service.GetProperty("id").GetString());
            Assert.NotEmpty(service.GetProperty("schedules").EnumerateArray());
            Assert.NotEmpty(service.GetProperty("service_at_locations").EnumerateArray());
        }
    }

    [Fact]
    public async Task Service_at_location_pages_and_records_match_the_schema()
    {
        var items = await CheckPagesAsync("service_at_locations", 20, "service_at_location_list.json");
        using var client = app.CreateClient();
        var schema = OrukSchemaValidator.Load("service_at_location.json");
        foreach (var id in items.Select(i => i.GetProperty("id").GetString()).Take(40))
        {
            AssertValid(schema, await GetJsonAsync(client, $"/oruk/service_at_locations/{id}"), $"service_at_location {id}");
        }
    }

    [Fact]
    public async Task Organization_pages_and_records_match_the_schema()
    {
        // organization_list.json describes one organisation in a list, so each item is checked against it.
        var items = await CheckPagesAsync("organizations", 5, null, "organization_list.json");
        using var client = app.CreateClient();
        var schema = OrukSchemaValidator.Load("organization.json");
        foreach (var id in items.Select(i => i.GetProperty("id").GetString()))
        {
            var organization = await GetJsonAsync(client, $"/oruk/organizations/{id}");
            AssertValid(schema, organization, $"organization {id}");
            Assert.NotEmpty(organization.GetProperty("services").EnumerateArray());
        }
    }

    [Fact]
    public async Task Taxonomy_pages_and_records_match_the_schema()
    {
        var taxonomies = await CheckPagesAsync("taxonomies", 1, "taxonomy_list.json");
        var terms = await CheckPagesAsync("taxonomy_terms", 10, "taxonomy_term_list.json");
        using var client = app.CreateClient();
        foreach (var id in taxonomies.Select(i => i.GetProperty("id").GetString()))
        {
            var taxonomy = await GetJsonAsync(client, $"/oruk/taxonomies/{id}");
            AssertValid(OrukSchemaValidator.Load("taxonomy.json"), taxonomy, $"taxonomy {id}");
            Assert.True(taxonomy.GetProperty("taxonomy_terms").GetArrayLength() >= 30);
        }

        foreach (var id in terms.Select(i => i.GetProperty("id").GetString()))
        {
            AssertValid(OrukSchemaValidator.Load("taxonomy_term.json"), await GetJsonAsync(client, $"/oruk/taxonomy_terms/{id}"), $"taxonomy term {id}");
        }
    }

    [Fact]
    public void The_validator_rejects_what_the_schema_forbids()
    {
        var schema = OrukSchemaValidator.Load("service.json");
        var bad = JsonDocument.Parse("""{"id":"not-a-uuid","status":"open","minimum_age":"five","schedules":[{"freq":"DAILY"}]}""").RootElement;

        var errors = schema.Validate(bad);

        Assert.Contains(errors, e => e.Contains("missing required property 'name'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.id:", StringComparison.Ordinal) && e.Contains("uuid", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.status:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.minimum_age:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.schedules[0]", StringComparison.Ordinal));
    }
}
