using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Accounts;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.ServiceDirectory;

/// <summary>Import, export, the service generator and search insight: registration and command-line verbs.</summary>
public static class DirectoryExchange
{
    public static IServiceCollection AddDirectoryExchangeFeature(this IServiceCollection services)
    {
        services.AddScoped<ServiceImport>();
        services.AddScoped<ServiceExport>();
        services.AddScoped<ServiceGenerator>();
        services.AddSingleton<SearchInsight>();
        services.AddHostedService<SearchInsightFlusher>();
        // Feeds are fetched by administrators only; bounded in time and size so a slow or huge feed cannot hold the site.
        services.AddHttpClient(ServiceImport.HttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(30);
            client.MaxResponseContentBufferSize = 20 * 1024 * 1024;
            client.DefaultRequestHeaders.UserAgent.ParseAdd("Together-directory-import/1.0");
        });
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin/DirectoryExchange", Policies.Administrator);
            o.Conventions.AuthorizePage("/Services/Insight", Policies.Commissioner);
        });
        return services;
    }

    public static string UserName(ClaimsPrincipal user) => user.Identity?.Name ?? "administrator";

    /// <summary>import-services FILE|URL [--format json|ndjson|csv]</summary>
    public static async Task<int> ImportAsync(WebApplication app, string[] args)
    {
        var source = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var format = Option(args, "--format") is { } name ? TransferFormats.FromName(name) : TransferFormats.FromFileName(source) ?? TransferFormat.Json;
        if (source is null || format is null)
        {
            await Console.Error.WriteLineAsync("Usage: import-services FILE|URL [--format json|ndjson|csv]   (an ORUK base URL like https://example.org/oruk, or a .json, .ndjson or .csv file)");
            return 2;
        }

        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        var import = scope.ServiceProvider.GetRequiredService<ServiceImport>();
        ImportReport report;
        if (source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            if (ServiceImport.CheckFeedUrl(source, out var url) is { } problem)
            {
                await Console.Error.WriteLineAsync(problem);
                return 2;
            }

            report = await import.ImportFeedAsync(url!, "import-services command");
        }
        else
        {
            if (!File.Exists(source))
            {
                await Console.Error.WriteLineAsync($"There is no file {source}.");
                return 2;
            }

            await using var stream = File.OpenRead(source);
            report = await import.ImportFileAsync(stream, format.Value, "import-services command");
        }

        return await PrintAsync(report);
    }

    /// <summary>export-services FILE|- [--format json|ndjson|csv]</summary>
    public static async Task<int> ExportAsync(WebApplication app, string[] args)
    {
        var target = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) || a == "-");
        var format = Option(args, "--format") is { } name ? TransferFormats.FromName(name) : TransferFormats.FromFileName(target) ?? TransferFormat.Json;
        if (target is null || format is null)
        {
            await Console.Error.WriteLineAsync("Usage: export-services FILE|- [--format json|ndjson|csv]   (- writes to standard output)");
            return 2;
        }

        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        var export = scope.ServiceProvider.GetRequiredService<ServiceExport>();
        if (target == "-")
        {
            await using var stdout = Console.OpenStandardOutput();
            await export.WriteAsync(stdout, format.Value);
        }
        else
        {
            await using var file = File.Create(target);
            await export.WriteAsync(file, format.Value);
            await Console.Error.WriteLineAsync($"Exported the directory to {target} ({format.Value.ToString().ToLowerInvariant()}, {file.Length:N0} bytes).");
        }

        return 0;
    }

    /// <summary>generate-services COUNT [--seed N]</summary>
    public static async Task<int> GenerateAsync(WebApplication app, string[] args)
    {
        var countText = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var seedText = Option(args, "--seed") ?? "2026";
        if (!int.TryParse(countText, out var count) || count < 1 || count > ServiceGenerator.MaxCount || !int.TryParse(seedText, out var seed))
        {
            await Console.Error.WriteLineAsync($"Usage: generate-services COUNT [--seed N]   (COUNT from 1 to {ServiceGenerator.MaxCount:N0}; writes to the configured database)");
            return 2;
        }

        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var report = await scope.ServiceProvider.GetRequiredService<ServiceGenerator>().GenerateAsync(count, seed);
        var code = await PrintAsync(report);
        Console.WriteLine($"Took {started.Elapsed.TotalSeconds:N1} s.");
        return code;
    }

    private static async Task<int> PrintAsync(ImportReport report)
    {
        if (report.Succeeded)
        {
            Console.WriteLine(report.Summary);
            return 0;
        }

        await Console.Error.WriteLineAsync(report.Summary);
        foreach (var problem in report.Problems)
        {
            await Console.Error.WriteLineAsync($"  {report.RowLabel} {problem.Row}: {problem.Field}: {problem.Reason}");
        }

        return 1;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
