using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using nietras.SeparatedValues;
using Npgsql;

namespace DetainerDesk.Bench.Import;

/// <summary>
/// What each database does with the same file when nothing is checked: every row into a staging table of text
/// columns, in one go. The importer's target is half of this speed.
/// </summary>
public static class Baselines
{
    private const string StagingColumns = "date text, lift_reason text, det_facility text, city text, state text, detainer_type text";

    /// <summary>PostgreSQL: <c>COPY … FROM STDIN (FORMAT csv, HEADER)</c> through Npgsql's text import, the file streamed as is.</summary>
    public static async Task<PhaseResult> PostgresCopyAsync(string connectionString, string csv)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE TABLE bench_copy_staging ({StagingColumns})", connection))
            await create.ExecuteNonQueryAsync();

        await using var meter = PhaseMeter.Start();
        await using (var writer = await connection.BeginTextImportAsync("COPY bench_copy_staging FROM STDIN (FORMAT csv, HEADER)"))
        using (var reader = new StreamReader(csv))
        {
            var buffer = new char[1 << 16];
            int n;
            while ((n = await reader.ReadAsync(buffer)) > 0) await writer.WriteAsync(buffer.AsMemory(0, n));
        }
        var result = await meter.StopAsync();
        await Check(connection, "SELECT count(*) FROM bench_copy_staging");
        return result;
    }

    /// <summary>
    /// SQLite: the sqlite3 shell's <c>.import --csv --skip 1</c> into a new file database (WAL, like the app's), run under
    /// /usr/bin/time for its CPU time and peak resident set. Null when the sqlite3 shell is not installed.
    /// </summary>
    public static async Task<(PhaseResult Result, string Version)?> SqliteShellImportAsync(string csv, string folder)
    {
        var shell = FindOnPath("sqlite3");
        if (shell is null || !File.Exists("/usr/bin/time")) return null;
        var db = Path.Combine(folder, "baseline-sqlite3-import.db");
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[]
                 {
                     "-f", "TIME %e %U %S %M", shell, db, "PRAGMA journal_mode=WAL;", $"CREATE TABLE staging ({StagingColumns});",
                     $".import --csv --skip 1 '{csv}' staging", "SELECT count(*) FROM staging;",
                 })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var timeLine = (await stderr).Split('\n').LastOrDefault(l => l.StartsWith("TIME ", StringComparison.Ordinal));
        if (process.ExitCode != 0 || timeLine is null)
            throw new InvalidOperationException($"sqlite3 .import failed ({process.ExitCode}): {await stderr}");
        Console.WriteLine($"  sqlite3 .import: {(await stdout).Trim().Replace('\n', ' ')} (journal mode, row count)");
        var f = timeLine.Split(' ');
        double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
        var version = await ShellVersionAsync(shell);
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
        return (new PhaseResult(D(1), D(2) + D(3), long.Parse(f[4], CultureInfo.InvariantCulture) * 1024, null), version);
    }

    /// <summary>
    /// The nearest equivalent in-process, for machines without the sqlite3 shell: one prepared INSERT of six text
    /// values per row, all rows in one transaction, no checks (CSV split by Sep, as the importer reads it).
    /// </summary>
    public static async Task<PhaseResult> SqlitePreparedInsertAsync(string csv, string folder)
    {
        var file = Path.Combine(folder, "baseline-prepared-insert.db");
        await using var meter = PhaseMeter.Start();
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file }.ToString()))
        {
            await connection.OpenAsync();
            await using (var setup = connection.CreateCommand())
            {
                setup.CommandText = $"PRAGMA journal_mode=WAL; CREATE TABLE staging ({StagingColumns});";
                await setup.ExecuteNonQueryAsync();
            }
            await using var transaction = await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO staging VALUES (@a, @b, @c, @d, @e, @f)";
            var parameters = "abcdef".Select(n => insert.Parameters.Add("@" + n, SqliteType.Text)).ToArray();
            insert.Prepare();
            using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(csv);
            foreach (var row in reader)
            {
                for (var c = 0; c < parameters.Length; c++) parameters[c].Value = row[c].ToString();
                await insert.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
        }
        var result = await meter.StopAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix);
        return result;
    }

    private static async Task Check(NpgsqlConnection connection, string sql)
    {
        await using var count = new NpgsqlCommand(sql, connection);
        Console.WriteLine($"  COPY staging table: {await count.ExecuteScalarAsync():N0} rows");
    }

    private static async Task<string> ShellVersionAsync(string shell)
    {
        using var process = Process.Start(new ProcessStartInfo(shell, "--version") { RedirectStandardOutput = true })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return text.Split(' ')[0].Trim();
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
