using Npgsql;

namespace Together.Tests.Support;

/// <summary>
/// Which database the suite runs against: TOGETHER_TEST_DATABASE=sqlite (default) or postgres, with
/// TOGETHER_TEST_POSTGRES holding a connection string to a server the test script started. Each app instance
/// gets its own database. A missing server is a failure, never a silent skip.
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("TOGETHER_TEST_DATABASE"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static string ProviderName => IsPostgres ? "Postgres" : "Sqlite";

    /// <summary>Creates a new empty database and returns the configuration that points at it.</summary>
    public static Dictionary<string, string?> CreateEmpty()
    {
        if (!IsPostgres)
        {
            var folder = Path.Combine(Path.GetTempPath(), "together-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return SqliteSettings(folder);
        }

        var server = Environment.GetEnvironmentVariable("TOGETHER_TEST_POSTGRES")
            ?? throw new InvalidOperationException("TOGETHER_TEST_DATABASE=postgres needs TOGETHER_TEST_POSTGRES (the test script sets it).");
        var name = "together_test_" + Guid.NewGuid().ToString("N")[..16];
        Execute(server, $"CREATE DATABASE \"{name}\"");

        var settings = PostgresSettings(server, name);
        Directory.CreateDirectory(settings["Database:DataDirectory"]!);
        return settings;
    }

    /// <summary>
    /// A new database holding exactly what <paramref name="template"/> holds: a copy of the SQLite folder, or on
    /// PostgreSQL a database created from the template database (a file-level copy, far cheaper than seeding).
    /// </summary>
    public static Dictionary<string, string?> CopyOf(IReadOnlyDictionary<string, string?> template)
    {
        var templateFolder = template["Database:DataDirectory"]!;
        if (!IsPostgres)
        {
            var folder = Path.Combine(Path.GetTempPath(), "together-tests", Guid.NewGuid().ToString("N"));
            CopyFolder(templateFolder, folder);
            return SqliteSettings(folder);
        }

        var server = Environment.GetEnvironmentVariable("TOGETHER_TEST_POSTGRES")!;
        var templateName = new NpgsqlConnectionStringBuilder(template["Database:ConnectionString"]).Database!;
        var name = "together_test_" + Guid.NewGuid().ToString("N")[..16];
        Execute(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{templateName}\"");

        var copy = PostgresSettings(server, name);
        CopyFolder(templateFolder, copy["Database:DataDirectory"]!);
        return copy;
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static Dictionary<string, string?> SqliteSettings(string folder) => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["Database:DataDirectory"] = folder,
        ["Database:ConnectionString"] = "",
    };

    /// <summary>A database on the test server; its data folder (for the app's keys) is named after it.</summary>
    private static Dictionary<string, string?> PostgresSettings(string server, string name) => new()
    {
        ["Database:Provider"] = "Postgres",
        ["Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString,
        ["Database:DataDirectory"] = Path.Combine(Path.GetTempPath(), "together-tests", name),
    };

    /// <summary>Copies the database file, its journal and stored files; sent mail belongs to each app alone.</summary>
    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            if (Path.GetFileName(folder) != "outbox")
            {
                CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
            }
        }
    }
}
