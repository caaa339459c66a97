namespace Together.Web.Infrastructure.Database;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Folder for the SQLite file (relative paths are under the content root).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Required for PostgreSQL; optional for SQLite (overrides the data folder).</summary>
    public string? ConnectionString { get; set; }

    public string ResolveSqliteConnectionString(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        var folder = Path.IsPathRooted(DataDirectory) ? DataDirectory : Path.Combine(contentRoot, DataDirectory);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "together.db")};Foreign Keys=True;Pooling=True";
    }
}
