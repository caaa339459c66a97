using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Together.Web.Infrastructure.Database;

/// <summary>
/// WAL mode lets readers run alongside the writer; synchronous=FULL makes every acknowledged commit durable
/// (survives power loss), which answers people who are told "your answers have been saved".
/// </summary>
/// <remarks>
/// The journal mode is stored in the database file, so it is set on the first connection to each database only;
/// the other settings last as long as the underlying SQLite connection, which the pool keeps between opens, so they are
/// applied once per underlying connection (recognised by its handle) rather than on every open. Applying them on every
/// open was a measurable part of each anonymous survey response, which opens a connection several times.
/// </remarks>
public sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    private const string OncePerDatabase = "PRAGMA journal_mode=WAL;";
    private const string EveryConnection = "PRAGMA busy_timeout=10000; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";

    private readonly ConcurrentDictionary<string, bool> databasesInWalMode = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<object, object> configuredHandles = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite && !configuredHandles.TryGetValue(handle, out _))
        {
            using var command = connection.CreateCommand();
            var first = FirstOpen(sqlite);
            command.CommandText = first ? EveryConnection + OncePerDatabase : EveryConnection;
            try
            {
                command.ExecuteNonQuery();
                configuredHandles.AddOrUpdate(handle, handle);
            }
            catch (SqliteException)
            {
                Forget(sqlite, first);
                throw;
            }
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite && !configuredHandles.TryGetValue(handle, out _))
        {
            await using var command = connection.CreateCommand();
            var first = FirstOpen(sqlite);
            command.CommandText = first ? EveryConnection + OncePerDatabase : EveryConnection;
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
                configuredHandles.AddOrUpdate(handle, handle);
            }
            catch (SqliteException)
            {
                Forget(sqlite, first);
                throw;
            }
        }
    }

    /// <summary>In-memory and read-only connections cannot switch to WAL; they only get the per-connection settings.</summary>
    private bool FirstOpen(SqliteConnection connection)
    {
        var builder = new SqliteConnectionStringBuilder(connection.ConnectionString);
        return builder.Mode is SqliteOpenMode.ReadWriteCreate or SqliteOpenMode.ReadWrite
            && databasesInWalMode.TryAdd(connection.DataSource, true);
    }

    private void Forget(SqliteConnection connection, bool first)
    {
        if (first)
        {
            databasesInWalMode.TryRemove(connection.DataSource, out _);
        }
    }
}
