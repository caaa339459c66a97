using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Infrastructure.Hosting;

public sealed class StartupOptions
{
    /// <summary>Apply pending schema scripts when the web host starts (the run command does; production may run "migrate" instead).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

/// <summary>Brings the schema up to date and, when asked, loads the demo content into an empty database before the server listens.</summary>
public sealed class StartupTasks(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        if (configuration.GetValue("Database:MigrateOnStartup", true))
        {
            var report = await services.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken: cancellationToken);
            if (report.Applied.Count > 0)
            {
                logger.LogInformation("Schema upgraded from version {From} to {To}", report.FromVersion, report.ToVersion);
            }
        }

        if (configuration.GetValue("Demo:Seed", false))
        {
            var db = services.GetRequiredService<TogetherDbContext>();
            if (!await db.Organisations.AnyAsync(cancellationToken))
            {
                await services.GetRequiredService<DemoContent>().LoadAsync(cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
