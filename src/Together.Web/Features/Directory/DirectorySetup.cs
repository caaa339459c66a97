using Together.Web.Infrastructure.Caching;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.ServiceDirectory;

public static class DirectorySetup
{
    public static IServiceCollection AddDirectoryFeature(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<ServiceSearch>();
        services.AddSingleton<ServiceIndexCache>();
        services.AddSingleton<Services.ServiceCards>();
        services.AddSingleton<OrukListItems>();
        var watcher = new ChangeWatcher(
            e => e is DirectoryService or DirectoryOrganization or DirectoryServiceAtLocation or DirectoryLocation or DirectorySchedule or DirectoryCostOption
                or DirectoryLanguage or DirectoryAttribute or DirectoryTaxonomyTerm,
            ServiceIndexCache.Invalidate);
        services.ConfigureDbContext<TogetherDbContext>((_, options) => options.AddInterceptors(watcher), ServiceLifetime.Singleton);
        services.AddScoped<IPlaceFinder, PlaceFinder>();
        services.AddSingleton<PlaceCache>();
        var placeWatcher = new ChangeWatcher(e => e is DirectoryPlace, PlaceCache.Invalidate);
        services.ConfigureDbContext<TogetherDbContext>((_, options) => options.AddInterceptors(placeWatcher), ServiceLifetime.Singleton);
        services.AddScoped<PostcodeImport>();
        services.AddScoped<Infrastructure.Demo.IDemoSeeder, DirectoryDemoSeeder>();
        return services;
    }

    public static WebApplication MapDirectory(this WebApplication app)
    {
        app.MapOruk();
        return app;
    }
}
