using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Together.Tests.Support;
using Together.Web.Infrastructure.Database;

namespace Together.Tests.Foundation;

/// <summary>
/// The schema scripts are the truth on disk; the EF model is the truth in code. These tests keep them the same
/// and prove that an upgrade keeps people's data.
/// </summary>
public sealed class SchemaTests
{
    private static TogetherDbContext NewContext(Dictionary<string, string?> settings)
    {
        var options = new DatabaseOptions
        {
            Provider = settings["Database:Provider"] == "Postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            ConnectionString = settings["Database:ConnectionString"],
            DataDirectory = settings["Database:DataDirectory"]!,
        };
        var builder = new DbContextOptionsBuilder<TogetherDbContext>();
        DatabaseServiceCollectionExtensions.Configure(builder, options, Path.GetTempPath());
        return new TogetherDbContext(builder.Options);
    }

    private static SchemaMigrator Migrator(TogetherDbContext db) =>
        new(db, new FakeTimeProvider(), NullLogger<SchemaMigrator>.Instance);

    [Fact]
    public async Task Applying_every_script_gives_exactly_the_schema_the_model_describes()
    {
        await using var scripted = NewContext(TestDatabase.CreateEmpty());
        await Migrator(scripted).MigrateAsync();
        await using var modelled = NewContext(TestDatabase.CreateEmpty());
        await modelled.Database.EnsureCreatedAsync();

        var fromScripts = await DescribeAsync(scripted);
        var fromModel = await DescribeAsync(modelled);

        Assert.Empty(fromModel.Except(fromScripts).Order()); // in the model but no script creates it
        Assert.Empty(fromScripts.Except(fromModel).Order()); // created by a script but gone from the model
    }

    [Fact]
    public async Task Upgrading_from_the_previous_version_keeps_existing_rows()
    {
        var scripts = SchemaMigrator.Scripts(TestDatabase.IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite);
        Assert.True(scripts.Count >= 2, "There must be a previous schema version to upgrade from.");
        var previous = scripts[^2].Version;

        await using var db = NewContext(TestDatabase.CreateEmpty());
        var first = await Migrator(db).MigrateAsync(previous);
        Assert.Equal(previous, first.ToVersion);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"Organisations\" (\"Id\", \"Name\", \"Slug\", \"Kind\", \"IsActive\") VALUES ('5d1f4a0e-2b8c-4f43-9d0b-0c7f2a1e9b11', 'Upgrade Test Trust', 'upgrade-test', 'Council', TRUE)");

        var second = await Migrator(db).MigrateAsync();

        Assert.Equal(scripts[^1].Version, second.ToVersion);
        Assert.Equal("Upgrade Test Trust", await db.Organisations.Where(o => o.Slug == "upgrade-test").Select(o => o.Name).SingleAsync());
        Assert.Equal(scripts[^1].Version, await Migrator(db).CurrentVersionAsync());
    }

    [Fact]
    public async Task Migrating_twice_applies_nothing_the_second_time()
    {
        await using var db = NewContext(TestDatabase.CreateEmpty());
        await Migrator(db).MigrateAsync();

        var again = await Migrator(db).MigrateAsync();

        Assert.Empty(again.Applied);
    }

    [Fact]
    public async Task An_applied_script_that_was_edited_is_refused()
    {
        await using var db = NewContext(TestDatabase.CreateEmpty());
        await Migrator(db).MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("UPDATE \"__SchemaVersions\" SET \"Checksum\" = 'edited' WHERE \"Version\" = 1");

        var error = await Assert.ThrowsAsync<SchemaMigrationException>(() => Migrator(db).MigrateAsync());

        Assert.Contains("has changed since it was applied", error.Message);
    }

    private static async Task<HashSet<string>> DescribeAsync(TogetherDbContext db)
    {
        var rows = new HashSet<string>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            // Full-text search objects (SQLite FTS5 virtual tables with their shadow tables and triggers, PostgreSQL
            // tsvector GIN indexes) cannot be described in the EF model, so scripts create them by hand under names
            // starting with "fts_" and this comparison leaves them out.
            if (connection is SqliteConnection)
            {
                await ReadAsync(connection, rows,
                    "SELECT m.name || '.' || p.name || ' ' || upper(p.type) || CASE WHEN p.\"notnull\" THEN ' NOT NULL' ELSE '' END || CASE WHEN p.pk > 0 THEN ' PK' ELSE '' END " +
                    "FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'fts\\_%' ESCAPE '\\' AND m.name <> '__SchemaVersions'");
                await ReadAsync(connection, rows,
                    "SELECT 'index ' || m.name || ' on ' || m.tbl_name || ' ' || coalesce(m.sql, '') FROM sqlite_master m WHERE m.type = 'index' AND m.name NOT LIKE 'sqlite_%' AND m.tbl_name NOT LIKE 'fts\\_%' ESCAPE '\\'");
                await ReadAsync(connection, rows,
                    "SELECT 'fk ' || m.name || '.' || f.\"from\" || ' -> ' || f.\"table\" || '.' || f.\"to\" || ' ' || f.on_delete FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'");
            }
            else if (connection is NpgsqlConnection)
            {
                await ReadAsync(connection, rows,
                    "SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '') || ' ' || is_nullable || ' ' || coalesce(column_default, '') " +
                    "FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__SchemaVersions'");
                await ReadAsync(connection, rows, "SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__SchemaVersions' AND indexname NOT LIKE 'fts\\_%'");
                await ReadAsync(connection, rows,
                    "SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '\"__SchemaVersions\"'");
            }
        }
        finally
        {
            await connection.CloseAsync();
        }

        return rows;
    }

    private static async Task ReadAsync(DbConnection connection, HashSet<string> rows, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
    }
}
