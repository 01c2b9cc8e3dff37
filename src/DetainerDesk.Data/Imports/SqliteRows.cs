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
        var binder = new SqliteBinder(db, canonical, columns.Mappings);
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
/// column's EF mapping, fetched once per distinct value, so every value is stored exactly as SaveChanges stores it.
/// </summary>
internal sealed class SqliteBinder(sqlite3 db, SqliteCommand select, RelationalTypeMapping[] mappings)
{
    private const int MaxCached = 10_000;
    private readonly object?[] _caches = new object?[mappings.Length];
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
        var cache = (CanonicalCache<TValue>)(_caches[c] ??= new CanonicalCache<TValue>());
        if (!cache.TryGet(value, out var stored))
        {
            stored = Fetch(c, value);
            cache.Add(value, stored, MaxCached);
        }
        var index = Offset + c + 1;
        Check(stored switch
        {
            null => raw.sqlite3_bind_null(Statement, index),
            StoredText { Utf8.Length: 0 } => raw.sqlite3_bind_text(Statement, index, ""),
            StoredText t => raw.sqlite3_bind_text(Statement, index, t.Utf8.AsSpan()),
            long l => raw.sqlite3_bind_int64(Statement, index, l),
            double d => raw.sqlite3_bind_double(Statement, index, d),
            byte[] b => raw.sqlite3_bind_blob(Statement, index, b),
            _ => throw new InvalidOperationException($"SQLite returned a {stored.GetType().Name}."),
        }, db);
    }

    /// <summary>What SQLite stores for <paramref name="value"/> bound through the column's EF mapping.</summary>
    private object? Fetch(int c, object value)
    {
        select.CommandText = "SELECT @v";
        select.Parameters.Clear();
        var parameter = mappings[c].CreateParameter(select, "v", value, nullable: true);
        select.Parameters.Add(parameter);
        var stored = select.ExecuteScalar();
        return stored switch
        {
            DBNull => null,
            string s => new StoredText(Encoding.UTF8.GetBytes(s)),
            _ => stored,
        };
    }

    /// <summary>Text as SQLite returned it, encoded once.</summary>
    private sealed record StoredText(byte[] Utf8);

    public static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
    }

    /// <summary>The last value (a batch has one source id throughout) and a bounded map of the others (dates repeat).</summary>
    private sealed class CanonicalCache<TValue> where TValue : notnull
    {
        private readonly Dictionary<TValue, object?> _stored = [];
        private TValue? _last;
        private object? _lastStored;
        private bool _hasLast;

        public bool TryGet(TValue value, out object? stored)
        {
            if (_hasLast && EqualityComparer<TValue>.Default.Equals(value, _last))
            {
                stored = _lastStored;
                return true;
            }
            if (!_stored.TryGetValue(value, out stored)) return false;
            (_last, _lastStored, _hasLast) = (value, stored, true);
            return true;
        }

        public void Add(TValue value, object? stored, int max)
        {
            if (_stored.Count >= max) _stored.Clear();
            _stored[value] = stored;
            (_last, _lastStored, _hasLast) = (value, stored, true);
        }
    }
}
