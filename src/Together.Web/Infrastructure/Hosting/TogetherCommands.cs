using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using Together.Web.Features.Accounts;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Infrastructure.Hosting;

/// <summary>
/// Command-line verbs of the web host. With no verb it serves the site.
///   migrate                 apply pending schema scripts and exit
///   schema-script [sqlite|postgres]   print the DDL the current model would create (to help write the next script)
///   create-admin EMAIL      create an administrator with a generated password, shown once
///   demo-code               print the current authenticator code for the demo accounts (development only)
///   screen                  read lines from standard input, write one JSON safeguarding verdict per line
///   import-services FILE|URL   import directory services (ORUK feed, JSON, ndjson or CSV), all or nothing
///   export-services FILE|-     export every directory service as JSON, ndjson or CSV
///   generate-services COUNT    add COUNT generated test services (benchmarks)
/// </summary>
public static class TogetherCommands
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        // A command is the first argument; anything else (--urls http://…, Key=Value) is host configuration.
        var verb = args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal) ? args[0] : null;
        switch (verb)
        {
            case null:
                app.Lifetime.ApplicationStarted.Register(() => PrintBanner(app));
                await app.RunAsync();
                return 0;
            case "migrate":
                return await MigrateAsync(app);
            case "schema-script":
                return SchemaScript(app, args.ElementAtOrDefault(1));
            case "create-admin":
                return await CreateAdminAsync(app, args.ElementAtOrDefault(1));
            case "demo-code":
                Console.WriteLine(new Totp(Base32Encoding.ToBytes(DemoAccounts.AuthenticatorKey)).ComputeTotp());
                return 0;
            default:
                var extra = FeatureCommands.TryRun(app, verb, args);
                if (extra is not null)
                {
                    return await extra;
                }

                await Console.Error.WriteLineAsync($"Unknown command '{verb}'. Commands: migrate, schema-script, create-admin, demo-code{FeatureCommands.Names}.");
                return 2;
        }
    }

    private static async Task<int> MigrateAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var migrator = scope.ServiceProvider.GetRequiredService<SchemaMigrator>();
        var report = await migrator.MigrateAsync();
        Console.WriteLine(report.Applied.Count == 0
            ? $"The schema is up to date (version {report.ToVersion})."
            : $"Schema upgraded from version {report.FromVersion} to {report.ToVersion}: {string.Join(", ", report.Applied.Select(s => $"{s.Version:0000}_{s.Name}"))}.");
        return 0;
    }

    private static int SchemaScript(WebApplication app, string? providerName)
    {
        var provider = string.Equals(providerName, "postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var options = new DbContextOptionsBuilder<TogetherDbContext>();
        DatabaseServiceCollectionExtensions.Configure(
            options,
            new DatabaseOptions { Provider = provider, ConnectionString = provider == DatabaseProvider.Postgres ? "Host=localhost;Database=together" : "Data Source=:memory:" },
            app.Environment.ContentRootPath);
        using var db = new TogetherDbContext(options.Options);
        Console.WriteLine(db.Database.GenerateCreateScript());
        return 0;
    }

    private static async Task<int> CreateAdminAsync(WebApplication app, string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin EMAIL");
            return 2;
        }

        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        await DemoAccounts.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TogetherUser>>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var password = GeneratePassword();
        var user = new TogetherUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, CreatedAt = clock.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, created.Errors.Select(e => e.Description)));
            return 1;
        }

        await users.AddToRoleAsync(user, Roles.Administrator);
        Console.WriteLine($"Administrator {email} created.");
        Console.WriteLine($"Password (shown once, not stored anywhere readable): {password}");
        Console.WriteLine("At first sign-in you will be asked to set up an authenticator app.");
        return 0;
    }

    /// <summary>Four random words' worth of entropy as a readable passphrase-like string (over 100 bits).</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var chars = new char[24];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        return string.Join('-', chars.Chunk(6).Select(c => new string(c)));
    }

    private static void PrintBanner(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "http://localhost:5080";
        var demo = app.Configuration.GetValue("Demo:Seed", false);
        var lines = new List<string>
        {
            "",
            "  Together is running.",
            $"  Open {url} in your browser.",
        };
        if (demo)
        {
            lines.Add("");
            lines.Add($"  Sign in at {url}/account/sign-in as a demo administrator:");
            lines.Add($"    email     {DemoAccounts.People[0].Email}");
            lines.Add($"    password  {DemoAccounts.Password}");
            lines.Add("    code      add this key to an authenticator app: " + DemoAccounts.AuthenticatorKey);
            lines.Add("              or print the current code with: dotnet run --project src/Together.Web -- demo-code");
            lines.Add("  Other demo accounts (same password) are listed in README.md. Demo content is for development only.");
        }
        else
        {
            lines.Add("  Create the first administrator with: dotnet run --project src/Together.Web -- create-admin you@example.org");
        }

        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}

/// <summary>Verbs that features add (for example "screen"). One line each.</summary>
public static class FeatureCommands
{
    public const string Names = ", screen, import-postcodes, import-services, export-services, generate-services";

    public static Task<int>? TryRun(WebApplication app, string verb, string[] args)
    {
        _ = app;
        _ = args;
        return verb switch
        {
            // Reads lines from standard input and writes one JSON verdict per line, for tuning the lexicon in bulk.
            "screen" => Task.FromResult(Together.Screening.Screener.RunScreenVerb(Console.In, Console.Out, Together.Screening.Lexicon.Default)),
            "import-postcodes" => Features.ServiceDirectory.PostcodeImportCommand.RunAsync(app, args.SkipWhile(a => a != "import-postcodes").Skip(1).FirstOrDefault()),
            "import-services" => Features.ServiceDirectory.DirectoryExchange.ImportAsync(app, args.SkipWhile(a => a != verb).Skip(1).ToArray()),
            "export-services" => Features.ServiceDirectory.DirectoryExchange.ExportAsync(app, args.SkipWhile(a => a != verb).Skip(1).ToArray()),
            "generate-services" => Features.ServiceDirectory.DirectoryExchange.GenerateAsync(app, args.SkipWhile(a => a != verb).Skip(1).ToArray()),
            _ => null,
        };
    }
}
