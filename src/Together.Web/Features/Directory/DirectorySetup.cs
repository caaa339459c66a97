namespace Together.Web.Features.ServiceDirectory;

public static class DirectorySetup
{
    public static IServiceCollection AddDirectoryFeature(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<ServiceSearch>();
        services.AddScoped<IPlaceFinder, PlaceFinder>();
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
