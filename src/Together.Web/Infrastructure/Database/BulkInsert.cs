using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Together.Web.Infrastructure.Auditing;

namespace Together.Web.Infrastructure.Database;

/// <summary>
/// Inserts many new rows of one entity type with multi-row INSERT statements in the caller's transaction, bypassing the
/// change tracker. Column names, value conversions and parameter types all come from the EF model (each value goes
/// through the property's own type mapping, as SaveChanges does), so it writes exactly what SaveChanges would.
/// </summary>
/// <remarks>
/// Only for types that are not audited row by row (<c>[NotAudited]</c>), since the audit interceptor never sees these
/// rows; any other type is refused. Used for indicator figures (a 100,000-row upload, where tracking 200,000 new
/// entities cost most of the time) and for survey responses (the group-commit writer).
/// </remarks>
internal static class BulkInsert
{
    // PostgreSQL takes up to 65,535 parameters per statement, and one round trip per 500 rows is what makes it fast.
    // SQLite runs in the process, so a round trip costs nothing, while both SQLite and Microsoft.Data.Sqlite look every
    // parameter up by name among all of a statement's parameters (quadratic in their number): there one row per
    // statement, prepared once and run again and again, is fastest (measured: 500 rows per statement took 180 s for
    // 200,000 rows).
    private const int MaxRowsPerStatement = 500;
    private const int MaxParametersPerStatement = 30_000;

    /// <summary>
    /// Opens the context's connection for a large write and, on SQLite, gives it a 64 MB page cache and maps the file
    /// into memory while it is held; disposing restores SQLite's defaults (so a pooled connection does not keep the
    /// cache) and closes the connection. Inserting 100,000 figures into 1.8 million with the default 2 MB cache read
    /// index pages from the file again and again; a 256 MB cache was slower than 64 MB (measured: 9.6 s against 7.8 s
    /// for the whole upload), the time going on first touches of fresh memory.
    /// </summary>
    public static async Task<IAsyncDisposable> LargeWriteAsync(DbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (!db.Database.IsSqlite())
        {
            return new LargeWrite(db, Restore: null);
        }

        await LargeWrite.RunAsync(db, "PRAGMA cache_size=-65536; PRAGMA mmap_size=1073741824;", cancellationToken);
        return new LargeWrite(db, Restore: "PRAGMA cache_size=-2000; PRAGMA mmap_size=0;");
    }

    private sealed record LargeWrite(DbContext Db, string? Restore) : IAsyncDisposable
    {
        public static async Task RunAsync(DbContext db, string pragmas, CancellationToken cancellationToken)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (Restore is not null)
                {
                    await RunAsync(Db, Restore, CancellationToken.None);
                }
            }
            finally
            {
                await Db.Database.CloseConnectionAsync();
            }
        }
    }

    public static async Task InsertAsync<T>(DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (typeof(T).GetCustomAttribute<NotAuditedAttribute>() is null)
        {
            throw new InvalidOperationException($"{typeof(T).Name} is audited row by row; insert it through SaveChanges.");
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(table)))
            .Where(c => c.Column is not null)
            .Select(c =>
            {
                if (c.Property.IsShadowProperty() || c.Property.ValueGenerated != ValueGenerated.Never && !c.Property.IsPrimaryKey())
                {
                    throw new InvalidOperationException($"{typeof(T).Name}.{c.Property.Name} is not a plain column; insert it through SaveChanges.");
                }

                return (Getter: c.Property.GetGetter(), Mapping: (RelationalTypeMapping)c.Property.GetRelationalTypeMapping(), Column: c.Column!, c.Property.IsNullable);
            })
            .ToList();

        var sql = db.GetService<ISqlGenerationHelper>();
        var isSqlite = db.Database.IsSqlite();
        var perStatement = isSqlite ? 1 : Math.Min(MaxRowsPerStatement, MaxParametersPerStatement / columns.Count);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts must run inside the caller's transaction, so that they are all or nothing.");
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))}) VALUES ";

        DbCommand? command = null;
        var commandRows = 0;
        try
        {
            for (var start = 0; start < rows.Count; start += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - start);
                if (command is null || commandRows != count)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = CommandText(head, columns.Count, count);
                    commandRows = count;
                }

                // Parameters are made once per statement shape by the type mapping (which also sets their provider
                // type); later rows only set values, converted as the mapping would. Allocating them afresh for every
                // row was most of the insert time on SQLite.
                var fresh = command.Parameters.Count == 0;
                for (var r = 0; r < count; r++)
                {
                    var entity = rows[start + r];
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var column = columns[c];
                        var value = column.Getter.GetClrValue(entity);
                        if (fresh)
                        {
                            command.Parameters.Add(column.Mapping.CreateParameter(command, $"@p{r * columns.Count + c}", value, column.IsNullable));
                        }
                        else
                        {
                            command.Parameters[r * columns.Count + c].Value = ProviderValue(column.Mapping, value);
                        }
                    }
                }

                if (isSqlite)
                {
                    // Microsoft.Data.Sqlite runs every command synchronously; the async call only adds a state machine per row.
                    command.ExecuteNonQuery();
                }
                else
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    /// <summary>The value <see cref="RelationalTypeMapping.CreateParameter"/> would give the parameter.</summary>
    private static object ProviderValue(RelationalTypeMapping mapping, object? value)
    {
        if (value is null)
        {
            return DBNull.Value;
        }

        if (mapping.Converter is { } converter)
        {
            return converter.ConvertToProvider(value) ?? DBNull.Value;
        }

        return value is Enum ? Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), CultureInfo.InvariantCulture) : value;
    }

    private static string CommandText(string head, int columns, int rows)
    {
        var text = new StringBuilder(head, head.Length + rows * columns * 8);
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                text.Append(c == 0 ? "@p" : ", @p").Append(r * columns + c);
            }

            text.Append(')');
        }

        return text.ToString();
    }
}
