using AbiPortal.Server.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SQLitePCL;

namespace AbiPortal.Server.Parsing;

/// <summary>
/// Inserts many rows of one entity type inside the context's current transaction, bypassing the
/// change tracker: libLLVM has 44k exports, and tracked entities plus SaveChanges would spend
/// seconds on bookkeeping. PostgreSQL gets a binary COPY; SQLite one prepared INSERT
/// stepped per row through the C API. Table and column names come from the EF model, so they cannot drift.
/// </summary>
internal sealed class BulkRowWriter(PortalDbContext db)
{
    public async Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        // Generated columns (exports.SortName) are the database's to write.
        var columns = entityType.GetProperties().Where(p => p.GetComputedColumnSql() is null).Select(p => new Column(p, p.GetColumnName(table)!)).ToArray();
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            await CopyAsync(table.Name, columns, rows, cancellationToken);
        }
        else
        {
            InsertPrepared(table.Name, columns, rows, cancellationToken);
        }
    }

    private async Task CopyAsync<T>(string table, Column[] columns, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        string columnList = string.Join(", ", columns.Select(c => Quote(c.Name)));
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {Quote(table)} ({columnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                object? value = column.ValueOf(row);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, column.StoreType, cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private void InsertPrepared<T>(string table, Column[] columns, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        // Straight to SQLite's C API through SQLitePCLRaw (which Microsoft.Data.Sqlite wraps): one
        // prepared statement, values bound by position, step, reset. Microsoft.Data.Sqlite's
        // per-execution overhead (parameter lookup by name, async wrappers) cost ~50 us a row here,
        // which is seconds for libLLVM; this runs in the same connection and transaction.
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var handle = SqliteHandle(connection);
        string sql = $"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})";
        Check(handle, raw.sqlite3_prepare_v2(handle, sql, out var statement));
        using (statement)
        {
            for (int r = 0; r < rows.Count; r++)
            {
                if ((r & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                for (int c = 0; c < columns.Length; c++)
                {
                    // SQLite parameter positions are 1-based.
                    int result = columns[c].ValueOf(rows[r]) switch
                    {
                        null => raw.sqlite3_bind_null(statement, c + 1),
                        string text => raw.sqlite3_bind_text(statement, c + 1, text),
                        bool flag => raw.sqlite3_bind_int(statement, c + 1, flag ? 1 : 0),
                        int number => raw.sqlite3_bind_int64(statement, c + 1, number),
                        long number => raw.sqlite3_bind_int64(statement, c + 1, number),
                        var other => throw new InvalidOperationException($"No SQLite binding for {other.GetType().Name} ({table}.{columns[c].Name})."),
                    };
                    Check(handle, result);
                }

                int step = raw.sqlite3_step(statement);
                if (step != raw.SQLITE_DONE)
                {
                    Check(handle, step);
                }

                Check(handle, raw.sqlite3_reset(statement));
            }
        }
    }

    /// <summary>
    /// <c>SqliteConnection.Handle</c>, read by reflection: Microsoft.Data.Sqlite 10 is compiled
    /// against SQLitePCLRaw 2.1, and naming its <c>sqlite3</c> type here fails to compile (CS1705)
    /// against the 2.0.6 we reference. At run time the shim makes both the same assembly.
    /// </summary>
    private static sqlite3 SqliteHandle(SqliteConnection connection)
        => HandleProperty.GetValue(connection) as sqlite3 ?? throw new InvalidOperationException("The SQLite connection is not open.");

    private static readonly System.Reflection.PropertyInfo HandleProperty = typeof(SqliteConnection).GetProperty("Handle")!;

    private static void Check(sqlite3 handle, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), result);
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>One mapped column: its name, store type and how to read (and convert) the value from an entity.</summary>
    private sealed class Column(IProperty property, string name)
    {
        private readonly IClrPropertyGetter getter = property.GetGetter();
        private readonly Func<object?, object?>? toProvider = property.GetTypeMapping().Converter?.ConvertToProvider;

        public string Name { get; } = name;

        public string StoreType { get; } = property.GetColumnType();

        public object? ValueOf(object entity)
        {
            object? value = getter.GetClrValueUsingContainingEntity(entity);
            return value is not null && toProvider is not null ? toProvider(value) : value;
        }
    }
}
