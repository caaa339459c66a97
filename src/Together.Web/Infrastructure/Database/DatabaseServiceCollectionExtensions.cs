using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Auditing;

namespace Together.Web.Infrastructure.Database;

public static class DatabaseServiceCollectionExtensions
{
    public static IServiceCollection AddTogetherDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddSingleton<SqliteDurabilityInterceptor>();
        services.AddSingleton<AuditSaveChangesInterceptor>();
        // Contexts are pooled and their options built once, not for every request (measured under load: a few per cent
        // of the server's time went on building them), so everything the options use is a singleton, and features add
        // their interceptors with ConfigureDbContext(..., ServiceLifetime.Singleton).
        services.AddDbContextPool<TogetherDbContext>((provider, builder) =>
        {
            Configure(builder, options, contentRoot);
            builder.AddInterceptors(provider.GetRequiredService<SqliteDurabilityInterceptor>(), provider.GetRequiredService<AuditSaveChangesInterceptor>());
        });
        services.AddScoped<SchemaMigrator>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, string contentRoot)
    {
        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is empty.");
            }

            builder.UseNpgsql(options.ConnectionString);
        }
        else
        {
            builder.UseSqlite(options.ResolveSqliteConnectionString(contentRoot));
        }
    }
}
