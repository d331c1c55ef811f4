using System.Data.Common;
using AbiPortal.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace AbiPortal.Server.Parsing;

/// <summary>
/// Inserts many rows of one entity type inside the context's current transaction, bypassing the
/// change tracker: libLLVM has 44k exports, and tracked entities plus SaveChanges would spend
/// seconds on bookkeeping. PostgreSQL gets a binary COPY; SQLite a single prepared multi-row INSERT
/// re-executed per batch. Table and column names come from the EF model, so they cannot drift.
/// </summary>
internal sealed class BulkRowWriter(PortalDbContext db)
{
    /// <summary>Rows per SQLite INSERT statement; bounded by SQLite's 32,766 host-parameter limit.</summary>
    private const int SqliteRowsPerStatement = 100;

    public async Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Select(p => new Column(p, p.GetColumnName(table)!)).ToArray();
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            await CopyAsync(table.Name, columns, rows, cancellationToken);
        }
        else
        {
            await InsertBatchesAsync(table.Name, columns, rows, cancellationToken);
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

    private async Task InsertBatchesAsync<T>(string table, Column[] columns, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        DbCommand? full = null;
        try
        {
            for (int start = 0; start < rows.Count; start += SqliteRowsPerStatement)
            {
                int count = Math.Min(SqliteRowsPerStatement, rows.Count - start);
                DbCommand command;
                if (count == SqliteRowsPerStatement)
                {
                    // The full-size statement is built and prepared once, then re-bound per batch.
                    full ??= CreateInsert(connection, transaction, table, columns, count);
                    command = full;
                }
                else
                {
                    command = CreateInsert(connection, transaction, table, columns, count);
                }

                for (int r = 0; r < count; r++)
                {
                    for (int c = 0; c < columns.Length; c++)
                    {
                        command.Parameters[(r * columns.Length) + c].Value = columns[c].ValueOf(rows[start + r]) ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (!ReferenceEquals(command, full))
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    private static DbCommand CreateInsert(DbConnection connection, DbTransaction? transaction, string table, Column[] columns, int rowCount)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new System.Text.StringBuilder();
        sql.Append("INSERT INTO ").Append(Quote(table)).Append(" (").AppendJoin(", ", columns.Select(c => Quote(c.Name))).Append(") VALUES ");
        for (int r = 0; r < rowCount; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (int c = 0; c < columns.Length; c++)
            {
                string name = "@p" + ((r * columns.Length) + c);
                sql.Append(c == 0 ? name : ", " + name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
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
