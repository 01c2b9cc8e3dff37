using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace DetainerDesk.Data.Imports;

/// <summary>
/// SQLite's side of <see cref="BulkInsert"/>: one statement prepared on the connection's handle, bound by position and
/// stepped per row. Integers and text are bound as Microsoft.Data.Sqlite binds them; any other value (a Guid, a date)
/// is bound as SQLite itself returns it from a parameter of the column's EF mapping (<see cref="SqliteCanonical"/>), so
/// every value is stored exactly as SaveChanges would store it.
/// </summary>
internal static class SqliteRows
{
    public static void Insert<T>(SqliteConnection connection, string insert, IReadOnlyList<T> rows, BulkInsert.ColumnValues values,
        SqliteCanonical canonical, CancellationToken ct) where T : class
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, insert, out var statement), db);
        using (statement)
        {
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested();
                for (var c = 0; c < values.Count; c++)
                    Check(Bind(statement, c + 1, canonical.Of(c, values.Get(row, c))), db);
                var rc = raw.sqlite3_step(statement);
                raw.sqlite3_reset(statement);
                if (rc != raw.SQLITE_DONE) Check(rc, db);
            }
        }
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(statement, index),
        string s => raw.sqlite3_bind_text(statement, index, s),
        long l => raw.sqlite3_bind_int64(statement, index, l),
        double d => raw.sqlite3_bind_double(statement, index, d),
        byte[] b => raw.sqlite3_bind_blob(statement, index, b),
        _ => throw new InvalidOperationException($"SQLite has no storage class for {value.GetType().Name}."),
    };

    private static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
    }
}

/// <summary>
/// Turns a provider value into what SQLite stores: integers to long, text as is, anything else by binding it to a
/// parameter of the column's mapping and reading it back (cached, so a batch's one source id or a few thousand dates
/// cost one round trip each).
/// </summary>
internal sealed class SqliteCanonical
{
    private const int MaxCached = 10_000;
    private readonly SqliteCommand _select;
    private readonly DbParameter[] _parameters;
    private readonly Dictionary<object, object>?[] _cache;

    public SqliteCanonical(SqliteCommand select, RelationalTypeMapping[] mappings)
    {
        _select = select;
        _select.CommandText = "SELECT @v";
        _parameters = mappings.Select(m => m.CreateParameter(select, "v", null, nullable: true)).ToArray();
        _cache = new Dictionary<object, object>?[mappings.Length];
    }

    public object? Of(int column, object? value) => value switch
    {
        null or string or long or double or byte[] => value,
        int i => (long)i,
        short h => (long)h,
        byte b => (long)b,
        bool f => f ? 1L : 0L,
        _ => Stored(column, value),
    };

    private object Stored(int column, object value)
    {
        var cache = _cache[column] ??= [];
        if (cache.TryGetValue(value, out var stored)) return stored;
        if (cache.Count >= MaxCached) cache.Clear();
        _select.Parameters.Clear();
        _parameters[column].Value = value;
        _select.Parameters.Add(_parameters[column]);
        stored = _select.ExecuteScalar() ?? DBNull.Value;
        return cache[value] = stored;
    }
}
