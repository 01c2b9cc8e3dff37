using System.Collections.Concurrent;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace DetainerDesk.Data.Imports;

/// <summary>
/// SQLite's side of <see cref="BulkInsert"/>: INSERT statements of <see cref="RowsPerStatement"/> rows each, prepared
/// once per batch on the connection's handle, bound by position and stepped; the remainder goes one row per statement.
/// Several rows per statement share SQLite's per-statement cost (its virtual machine's start and end), which for a
/// single-row insert was as large as the row's own work.
/// </summary>
internal static class SqliteRows
{
    public const int RowsPerStatement = 50;

    public static void Insert<T>(SqliteConnection connection, string insertInto, IReadOnlyList<T> rows, BulkColumns<T> columns,
        SqliteCommand canonical, CancellationToken ct) where T : class
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        var bind = columns.Sqlite;
        var binder = new SqliteBinder(db, canonical, columns.Mappings, columns.SqliteCanonical);
        var tuple = "(" + string.Join(", ", Enumerable.Repeat("?", columns.Count)) + ")";
        var r = 0;
        if (rows.Count >= RowsPerStatement)
        {
            using var many = Prepare(db, insertInto + string.Join(", ", Enumerable.Repeat(tuple, RowsPerStatement)));
            binder.Statement = many;
            for (; r + RowsPerStatement <= rows.Count; r += RowsPerStatement)
            {
                ct.ThrowIfCancellationRequested();
                for (var k = 0; k < RowsPerStatement; k++)
                {
                    binder.Offset = k * columns.Count;
                    bind(binder, rows[r + k]);
                }
                Step(db, many);
            }
        }
        if (r == rows.Count) return;
        using var one = Prepare(db, insertInto + tuple);
        binder.Statement = one;
        binder.Offset = 0;
        for (; r < rows.Count; r++)
        {
            bind(binder, rows[r]);
            Step(db, one);
        }
    }

    private static sqlite3_stmt Prepare(sqlite3 db, string sql)
    {
        SqliteBinder.Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        return statement;
    }

    private static void Step(sqlite3 db, sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE) SqliteBinder.Check(rc, db);
    }
}

/// <summary>
/// Binds one row's provider values to the current statement, column <c>c</c> at parameter <c>Offset + c + 1</c>.
/// Integers, reals, text and blobs are bound as Microsoft.Data.Sqlite binds them (text as UTF-8, encoded into one
/// reused buffer); any other value (a Guid, a date) is bound as SQLite itself returns it from a parameter of the
/// column's EF mapping, fetched once per distinct value and kept for later batches (<see cref="CanonicalValues"/>), so
/// every value is stored exactly as SaveChanges stores it.
/// </summary>
internal sealed class SqliteBinder(sqlite3 db, SqliteCommand select, RelationalTypeMapping[] mappings, CanonicalValues canonical)
{
    private readonly object?[] _last = new object?[mappings.Length];
    private byte[] _utf8 = new byte[1024];

    public sqlite3_stmt Statement { get; set; } = null!;
    public int Offset { get; set; }

    public void Null(int c) => Check(raw.sqlite3_bind_null(Statement, Offset + c + 1), db);

    public void Integer(int c, long value) => Check(raw.sqlite3_bind_int64(Statement, Offset + c + 1, value), db);

    public void Real(int c, double value) => Check(raw.sqlite3_bind_double(Statement, Offset + c + 1, value), db);

    public void Blob(int c, byte[] value) => Check(raw.sqlite3_bind_blob(Statement, Offset + c + 1, value), db);

    public void Text(int c, string value)
    {
        // An empty span would reach SQLite as a null pointer, which binds NULL; an empty string must stay empty.
        if (value.Length == 0)
        {
            Check(raw.sqlite3_bind_text(Statement, Offset + c + 1, ""), db);
            return;
        }
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_utf8.Length < max) _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
        var length = Encoding.UTF8.GetBytes(value, _utf8);
        Check(raw.sqlite3_bind_text(Statement, Offset + c + 1, _utf8.AsSpan(0, length)), db);
    }

    public void Canonical<TValue>(int c, TValue value) where TValue : notnull
    {
        // A batch has one source id throughout: the previous row's value spares even the shared map's lookup.
        CanonicalValues.Entry<TValue> entry;
        if (_last[c] is CanonicalValues.Entry<TValue> last && EqualityComparer<TValue>.Default.Equals(last.Value, value)) entry = last;
        else _last[c] = entry = canonical.Get(c, value, Fetch);
        var index = Offset + c + 1;
        Check(entry.Stored switch
        {
            null => raw.sqlite3_bind_null(Statement, index),
            byte[] when entry.IsText && entry.Utf8.Length == 0 => raw.sqlite3_bind_text(Statement, index, ""),
            _ when entry.IsText => raw.sqlite3_bind_text(Statement, index, entry.Utf8.AsSpan()),
            long l => raw.sqlite3_bind_int64(Statement, index, l),
            double d => raw.sqlite3_bind_double(Statement, index, d),
            byte[] b => raw.sqlite3_bind_blob(Statement, index, b),
            var other => throw new InvalidOperationException($"SQLite returned a {other.GetType().Name}."),
        }, db);
    }

    /// <summary>What SQLite stores for <paramref name="value"/> bound through the column's EF mapping.</summary>
    private (object? Stored, bool IsText) Fetch(int c, object value)
    {
        select.CommandText = "SELECT @v";
        select.Parameters.Clear();
        select.Parameters.Add(mappings[c].CreateParameter(select, "v", value, nullable: true));
        return select.ExecuteScalar() switch
        {
            DBNull => (null, false),
            string s => (Encoding.UTF8.GetBytes(s), true),
            var stored => (stored, false),
        };
    }

    public static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
    }
}

/// <summary>
/// What SQLite stores for the values of an entity's columns that are neither integers, reals, text nor blobs, per
/// column and value, shared by every batch and connection of one model (the mapping is the model's, not the
/// connection's). Bounded, so an import with many distinct dates keeps flat memory.
/// </summary>
internal sealed class CanonicalValues(int columns)
{
    private const int MaxPerColumn = 10_000;
    private readonly object?[] _maps = new object?[columns];

    public Entry<TValue> Get<TValue>(int c, TValue value, Func<int, object, (object? Stored, bool IsText)> fetch) where TValue : notnull
    {
        var map = (ConcurrentDictionary<TValue, Entry<TValue>>)(Volatile.Read(ref _maps[c])
            ?? Interlocked.CompareExchange(ref _maps[c], new ConcurrentDictionary<TValue, Entry<TValue>>(), null)
            ?? _maps[c]!);
        if (map.TryGetValue(value, out var entry)) return entry;
        if (map.Count >= MaxPerColumn) map.Clear();
        var (stored, isText) = fetch(c, value);
        return map[value] = new Entry<TValue>(value, stored, isText);
    }

    /// <summary>A value and what SQLite stores for it; text is kept as its UTF-8 bytes.</summary>
    public sealed record Entry<TValue>(TValue Value, object? Stored, bool IsText)
    {
        public byte[] Utf8 => (byte[])Stored!;
    }
}
