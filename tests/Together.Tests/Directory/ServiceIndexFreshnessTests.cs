using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.ServiceDirectory;

namespace Together.Tests.ServiceDirectory;

/// <summary>
/// The search index is kept in memory; a change made through another server (here: written straight to the database,
/// so this server's save hooks never see it) must reach searches here within ServiceIndexCache.CheckEvery.
/// This class moves the app's clock, so it has an app of its own.
/// </summary>
public sealed class ServiceIndexFreshnessTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task A_service_archived_through_another_server_leaves_the_search_within_the_check_interval()
    {
        using var client = app.CreateClient();
        var before = await NamesAsync(client);
        var service = await app.WithDbAsync(db => db.DirectoryServices.Where(s => s.Status == ServiceStatus.Active).OrderBy(s => s.Name).FirstAsync());
        Assert.Contains(service.Name, before);

        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"DirectoryServices\" SET \"Status\" = 'Defunct', \"LastModified\" = {0} WHERE \"Id\" = {1}",
            new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc), service.Id));
        app.Clock.Advance(ServiceIndexCache.CheckEvery + TimeSpan.FromSeconds(1));

        // The first search after the interval notices the change; allow it one more search in case it was being checked.
        var after = await NamesAsync(client);
        after = after.Contains(service.Name) ? await NamesAsync(client) : after;
        Assert.DoesNotContain(service.Name, after);
    }

    [Fact]
    public async Task A_service_renamed_through_another_server_shows_its_new_name_in_every_kept_result_within_the_check_interval()
    {
        using var client = app.CreateClient();
        var service = await app.WithDbAsync(db => db.DirectoryServices.Where(s => s.Status == ServiceStatus.Active).OrderBy(s => s.Name).FirstAsync());
        // Seen once, so the ORUK entries and the result card are kept.
        Assert.Contains(service.Name, await NamesAsync(client));
        Assert.Contains(service.Name, await NamesAsync(client, "/oruk/service_at_locations?per_page=50", entry => entry.GetProperty("service")));
        Assert.Contains(service.Name, await client.GetStringAsync("/services"));

        const string NewName = "AAA Renamed elsewhere";
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"DirectoryServices\" SET \"Name\" = {0}, \"LastModified\" = {1} WHERE \"Id\" = {2}",
            NewName, new DateTime(2026, 11, 23, 11, 0, 0, DateTimeKind.Utc), service.Id));
        app.Clock.Advance(ServiceIndexCache.CheckEvery + TimeSpan.FromSeconds(1));

        var names = await NamesAsync(client);
        names = names.Contains(NewName) ? names : await NamesAsync(client);
        Assert.Contains(NewName, names);
        Assert.DoesNotContain(service.Name, names);
        Assert.Contains(NewName, await NamesAsync(client, "/oruk/service_at_locations?per_page=50", entry => entry.GetProperty("service")));
        Assert.Contains(NewName, await client.GetStringAsync("/services"));
    }

    private static async Task<List<string>> NamesAsync(HttpClient client, string path = "/oruk/services?per_page=50", Func<JsonElement, JsonElement>? service = null)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(path));
        return json.RootElement.GetProperty("contents").EnumerateArray().Select(e => (service?.Invoke(e) ?? e).GetProperty("name").GetString()!).ToList();
    }
}
