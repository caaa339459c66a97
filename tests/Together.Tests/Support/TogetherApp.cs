using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Together.Web.Infrastructure.Database;

namespace Together.Tests.Support;

/// <summary>
/// The whole platform in memory, on its own database (SQLite or PostgreSQL) holding the demo content.
/// Share one per test class with IClassFixture&lt;TogetherApp&gt;; tests that change data should create their own records.
/// </summary>
public class TogetherApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    /// <summary>
    /// Seeding the demo content takes many seconds and every test class has its own app, so the first app in the
    /// test run seeds an empty database once and every app after it starts on a copy of that database.
    /// </summary>
    private static readonly Lazy<Dictionary<string, string?>> DemoTemplate = new(SeedTemplate);

    public TogetherApp()
        : this(TestDatabase.CopyOf(DemoTemplate.Value))
    {
    }

    private TogetherApp(Dictionary<string, string?> database)
    {
        settings = database;
        settings["Demo:Seed"] = "true";
        settings["Notifications:SendInBackground"] = "false";
        settings["RateLimits:AnonymousPostsPerMinute"] = "100000";
        settings["Notifications:PickupDirectory"] = Path.Combine(settings["Database:DataDirectory"]!, "outbox");
    }

    private static Dictionary<string, string?> SeedTemplate()
    {
        var database = TestDatabase.CreateEmpty();
        using (var seeding = new TogetherApp(database))
        {
            // Starting the host applies the schema scripts and loads the demo content into the empty database.
            _ = seeding.Services;
        }

        // Close pooled connections so the SQLite file is complete on disk and PostgreSQL can copy the database.
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        return database;
    }

    /// <summary>The clock every request sees; tests move it forward to check deadlines and expiry.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    /// <summary>Extra settings for a derived fixture (set before the first client is created).</summary>
    protected IDictionary<string, string?> Settings => settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Program reads some settings while it builds (database, rate limits), before ConfigureAppConfiguration
        // sources are added; host settings reach WebApplication.CreateBuilder in time, so pass them both ways.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (so tests can assert them).</summary>
    public HtmlClient CreateHtmlClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public T WithScope<T>(Func<IServiceProvider, T> work)
    {
        using var scope = Services.CreateScope();
        return work(scope.ServiceProvider);
    }

    public async Task<T> WithDbAsync<T>(Func<TogetherDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<TogetherDbContext>());
    }
}
