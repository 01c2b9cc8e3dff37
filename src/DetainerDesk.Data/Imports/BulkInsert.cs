using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DetainerDesk.Data.Imports;

/// <summary>
/// Inserts many rows of one entity on the current transaction, several times faster than change tracking. Columns,
/// names and value conversions come from the EF model (each value is bound through its property's type mapping), so
/// rows are stored exactly as SaveChanges would store them on either database. Store-generated keys are left to the
/// database and not read back.
/// PostgreSQL gets multi-row INSERTs. SQLite gets one prepared single-row INSERT run per row: it binds parameters by
/// a linear search over the names, so a multi-row statement costs quadratic time, while a prepared statement inside
/// one transaction is as fast as SQLite writes.
/// </summary>
public static class BulkInsert
{
    private const int MaxPostgresParameters = 20_000;

    public static async Task InsertAsync<T>(DbContext context, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var entity = context.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = context.GetService<ISqlGenerationHelper>();
        var columns = entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd).ToArray();
        var mappings = columns.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToArray();
        var getters = columns.Select(p => p.GetGetter()).ToArray();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
        var rowsPerStatement = context.Database.IsSqlite() ? 1 : Math.Max(1, MaxPostgresParameters / columns.Length);

        var connection = context.Database.GetDbConnection();
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the batch's transaction.");
        DbCommand? command = null;
        try
        {
            for (var start = 0; start < rows.Count; start += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, rows.Count - start);
                var text = Statement(head, count, columns.Length);
                if (command is null || command.CommandText != text)
                {
                    if (command is not null) await command.DisposeAsync();
                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = text;
                }
                command.Parameters.Clear();
                var n = 0;
                for (var r = 0; r < count; r++)
                {
                    var row = rows[start + r];
                    for (var c = 0; c < columns.Length; c++)
                        command.Parameters.Add(mappings[c].CreateParameter(command, "p" + n++, getters[c].GetClrValue(row), columns[c].IsNullable));
                }
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            if (command is not null) await command.DisposeAsync();
        }
    }

    private static string Statement(string head, int rows, int columns)
    {
        var text = new StringBuilder(head, head.Length + rows * columns * 8);
        var n = 0;
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ",(");
            for (var c = 0; c < columns; c++)
            {
                if (c > 0) text.Append(',');
                text.Append("@p").Append(n++);
            }
            text.Append(')');
        }
        return text.ToString();
    }
}
