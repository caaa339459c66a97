using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Together.Web.Infrastructure.Database;

/// <summary>One reviewed SQL script per schema version and provider, embedded from Infrastructure/Database/Migrations.</summary>
public sealed record SchemaScript(int Version, string Name, string Sql)
{
    public string Checksum { get; } = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}

public sealed record MigrationReport(int FromVersion, int ToVersion, IReadOnlyList<SchemaScript> Applied);

public sealed class SchemaMigrationException(string message) : Exception(message);

/// <summary>
/// Applies schema scripts in order, each in its own transaction, recording them in "__SchemaVersions".
/// Scripts only ever add to the schema or transform data in place: a user's data is never dropped and recreated.
/// </summary>
public sealed class SchemaMigrator(TogetherDbContext db, TimeProvider clock, ILogger<SchemaMigrator> logger)
{
    private const long PostgresLockKey = 7_401_123_456;

    public static IReadOnlyList<SchemaScript> Scripts(DatabaseProvider provider)
    {
        var prefix = $"migrations/{FolderFor(provider)}/";
        var assembly = typeof(SchemaMigrator).Assembly;
        var scripts = new List<SchemaScript>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var fileName = Path.GetFileNameWithoutExtension(resource[prefix.Length..]);
            var separator = fileName.IndexOf('_', StringComparison.Ordinal);
            if (separator <= 0 || !int.TryParse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new SchemaMigrationException($"Schema script '{resource}' must be named NNNN_description.sql");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            scripts.Add(new SchemaScript(version, fileName[(separator + 1)..], reader.ReadToEnd()));
        }

        var ordered = scripts.OrderBy(s => s.Version).ToList();
        var duplicate = ordered.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SchemaMigrationException($"Two schema scripts share version {duplicate.Key}.");
        }

        return ordered;
    }

    public static string FolderFor(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? "postgres" : "sqlite";

    public DatabaseProvider Provider => db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await EnsureVersionTableAsync(cancellationToken);
            var applied = await AppliedAsync(cancellationToken);
            return applied.Count == 0 ? 0 : applied.Keys.Max();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Applies every pending script up to <paramref name="targetVersion"/> (all when null).</summary>
    public async Task<MigrationReport> MigrateAsync(int? targetVersion = null, CancellationToken cancellationToken = default)
    {
        var scripts = Scripts(Provider);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (Provider == DatabaseProvider.Postgres)
            {
                // Two instances starting together must not both migrate.
                await ExecuteAsync($"SELECT pg_advisory_lock({PostgresLockKey})", cancellationToken);
            }

            await EnsureVersionTableAsync(cancellationToken);
            var applied = await AppliedAsync(cancellationToken);
            foreach (var (version, checksum) in applied)
            {
                var script = scripts.FirstOrDefault(s => s.Version == version);
                if (script is not null && !string.Equals(script.Checksum, checksum, StringComparison.Ordinal))
                {
                    throw new SchemaMigrationException(
                        $"Schema script {version:0000}_{script.Name} has changed since it was applied. Add a new script instead of editing an applied one.");
                }
            }

            var from = applied.Count == 0 ? 0 : applied.Keys.Max();
            var pending = scripts.Where(s => !applied.ContainsKey(s.Version) && (targetVersion is null || s.Version <= targetVersion)).ToList();
            foreach (var script in pending)
            {
                logger.LogInformation("Applying schema version {Version} ({Name})", script.Version, script.Name);
                await using var transaction = await db.Database.GetDbConnection().BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(script.Sql, cancellationToken, transaction);
                await ExecuteAsync(
                    "INSERT INTO \"__SchemaVersions\" (\"Version\", \"Name\", \"Checksum\", \"AppliedAt\") VALUES (@v, @n, @c, @a)",
                    cancellationToken,
                    transaction,
                    ("@v", script.Version),
                    ("@n", script.Name),
                    ("@c", script.Checksum),
                    ("@a", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
                await transaction.CommitAsync(cancellationToken);
            }

            var to = pending.Count > 0 ? pending.Max(s => s.Version) : from;
            return new MigrationReport(from, to, pending);
        }
        finally
        {
            if (Provider == DatabaseProvider.Postgres)
            {
                await ExecuteAsync($"SELECT pg_advisory_unlock({PostgresLockKey})", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task EnsureVersionTableAsync(CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS \"__SchemaVersions\" (\"Version\" INTEGER NOT NULL PRIMARY KEY, \"Name\" TEXT NOT NULL, \"Checksum\" TEXT NOT NULL, \"AppliedAt\" TEXT NOT NULL)",
            cancellationToken);

    private async Task<Dictionary<int, string>> AppliedAsync(CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, string>();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT \"Version\", \"Checksum\" FROM \"__SchemaVersions\"";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture)] = reader.GetString(1);
        }

        return result;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, DbTransaction? transaction = null, params (string Name, object Value)[] parameters)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
