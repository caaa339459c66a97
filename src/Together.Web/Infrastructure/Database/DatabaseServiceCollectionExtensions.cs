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
        services.AddDbContext<TogetherDbContext>((provider, builder) =>
        {
            Configure(builder, options, contentRoot);
            builder.AddInterceptors(provider.GetRequiredService<SqliteDurabilityInterceptor>(), provider.GetRequiredService<AuditSaveChangesInterceptor>());
        },
        ServiceLifetime.Scoped,
        // The options are built once, not for every request (measured: a few per cent of the server's time under load),
        // so everything they use is a singleton, and features add their interceptors with the same lifetime.
        ServiceLifetime.Singleton);
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
