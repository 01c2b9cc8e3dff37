using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace DetainerDesk.Data.Imports;

/// <summary>
/// Inserts many rows of one entity on the current transaction, several times faster than change tracking. Columns,
/// names and value conversions come from the EF model (each value goes through its property's value converter), so
/// rows are stored exactly as SaveChanges would store them on either database. Store-generated keys are left to the
/// database and not read back.
/// PostgreSQL gets binary COPY, its fastest way in, each value written synchronously with its own CLR type (no
/// lookup of the type by name or by object per value).
/// SQLite gets one prepared single-row INSERT run per row (<see cref="SqliteRows"/>), bound by position on SQLite's own
/// statement handle: a prepared statement inside one transaction is as fast as SQLite writes, while Microsoft.Data.Sqlite's
/// per-execution binding by name and its data reader cost several times SQLite's own work per row.
/// Both paths convert a value only when it differs from the previous row's (a batch has one source id throughout).
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(DbContext context, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var entity = context.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = context.GetService<ISqlGenerationHelper>();
        var columns = entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd).ToArray();
        var mappings = columns.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToArray();
        var values = new ColumnValues(columns.Select(p => p.GetGetter()).ToArray(), mappings.Select(m => m.Converter).ToArray());
        var columnList = string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var connection = context.Database.GetDbConnection();
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the batch's transaction.");

        if (connection is NpgsqlConnection npgsql)
        {
            var copy = $"COPY {sql.DelimitIdentifier(table.Name, table.Schema)} ({columnList}) FROM STDIN (FORMAT BINARY)";
            var storeTypes = mappings.Select(m => m.StoreTypeNameBase).ToArray();
            await using var importer = await npgsql.BeginBinaryImportAsync(copy, ct);
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested();
                importer.StartRow();
                for (var c = 0; c < columns.Length; c++)
                    WriteTyped(importer, values.Get(row, c), storeTypes[c]);
            }
            await importer.CompleteAsync(ct);
            return;
        }

        var insert = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columnList}) VALUES ({string.Join(", ", columns.Select((_, c) => "@p" + c))})";
        if (connection is SqliteConnection sqlite)
        {
            await using var canonical = sqlite.CreateCommand();
            canonical.Transaction = (SqliteTransaction)transaction;
            SqliteRows.Insert(sqlite, insert, rows, values, new SqliteCanonical(canonical, mappings), ct);
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = insert;
        // One parameter per column, typed once by its mapping; each row only sets the converted values.
        var parameters = columns.Select((p, c) => mappings[c].CreateParameter(command, "p" + c, null, nullable: true)).ToArray();
        command.Parameters.AddRange(parameters);
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Length; c++)
                parameters[c].Value = values.Get(row, c) ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The typed overloads spare Npgsql resolving each boxed value's type by name; anything else takes the general path.</summary>
    private static void WriteTyped(NpgsqlBinaryImporter importer, object? value, string storeType)
    {
        switch (value)
        {
            case null: importer.WriteNull(); break;
            case string s: importer.Write(s, storeType); break;
            case long l: importer.Write(l, storeType); break;
            case int i: importer.Write(i, storeType); break;
            case short h: importer.Write(h, storeType); break;
            case bool b: importer.Write(b, storeType); break;
            case Guid g: importer.Write(g, storeType); break;
            case DateOnly d: importer.Write(d, storeType); break;
            case DateTime t: importer.Write(t, storeType); break;
            default: importer.Write(value, storeType); break;
        }
    }

    /// <summary>Reads and converts each column's value, reusing the previous row's converted value when the model value is the same.</summary>
    internal sealed class ColumnValues(IClrPropertyGetter[] getters, ValueConverter?[] converters)
    {
        private readonly object?[] _lastModel = new object?[getters.Length];
        private readonly object?[] _lastProvider = new object?[getters.Length];

        public int Count => getters.Length;

        public object? Get(object row, int c)
        {
            var value = getters[c].GetClrValue(row);
            if (value is null || converters[c] is not { } converter) return value;
            if (value.Equals(_lastModel[c])) return _lastProvider[c];
            _lastModel[c] = value;
            return _lastProvider[c] = converter.ConvertToProvider(value);
        }
    }
}
