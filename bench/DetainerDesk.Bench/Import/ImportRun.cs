using System.Diagnostics;
using DetainerDesk.Bench.Common;
using DetainerDesk.Bench.Processor;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Imports;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.ReferenceData;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Bench.Import;

/// <summary>
/// `import`: a synthetic N-row detainer release (default 1,000,000) imported by the real pipeline
/// (<see cref="ImportPipeline"/> with <see cref="IceDetainerImport"/>, exactly what `detainerdesk import ice-detainers`
/// runs) into a new SQLite database and, with --pg, a new PostgreSQL database; beside it, in the same run, the bare
/// bulk load of the same file into a text staging table (sqlite3 .import, PostgreSQL COPY).
/// </summary>
public static class ImportRun
{
    public static async Task<int> RunAsync(Options options)
    {
        var rows = options.Int("rows", 1_000_000);
        var seed = options.Int("seed", 2015);
        var batchSize = options.Int("batch-size", ImportPipeline.DefaultBatchSize);
        var pg = options.TextOrNull("pg") ?? Environment.GetEnvironmentVariable("DETAINERDESK_BENCH_PG");
        var only = options.TextOrNull("only")?.ToLowerInvariant();
        var keep = options.Text("keep-files", "false") == "true";
        var diagnose = options.Text("diagnose", "true") == "true";
        options.RefuseUnknown();

        var folder = Directory.CreateTempSubdirectory("dd-bench-import-").FullName;
        var csv = Path.Combine(folder, $"ice-detainers-synthetic-{rows}-seed{seed}.csv");
        Console.WriteLine(Machine.Describe(pg is null ? "SQLite (PostgreSQL skipped: no --pg / DETAINERDESK_BENCH_PG)" : "SQLite and PostgreSQL (versions below)"));
        var generate = Stopwatch.StartNew();
        var bad = SyntheticDetainerFile.Write(csv, rows, seed);
        Console.WriteLine($"File      {csv}: {rows:N0} rows ({bad:N0} bad on purpose), {new FileInfo(csv).Length / 1e6:N1} MB, written in {generate.Elapsed.TotalSeconds:N1} s. Batch size {batchSize:N0}.");
        Console.WriteLine("Peak memory = highest working set of the process during the phase, sampled every 20 ms (the sqlite3 shell: its max RSS from /usr/bin/time); database server memory not included.");
        Console.WriteLine();

        var lines = new List<Line>();
        var ok = true;
        try
        {
            if (diagnose)
            {
                var (check, good, rejected) = await ReadAndCheckOnly.RunAsync(csv);
                var line = new Line($"diagnostic: read + check + map only, no database ({good:N0} good, {rejected:N0} bad)", rows, check, null, Diagnostic: true);
                lines.Add(line);
                Report(line);
            }
            if (only is null or "sqlite")
            {
                var shell = await Baselines.SqliteShellImportAsync(csv, folder);
                var baseline = shell is { } s
                    ? new Line("SQLite baseline: sqlite3 .import --csv (shell " + s.Version + ")", rows, s.Result, null)
                    : new Line("SQLite baseline: prepared INSERT, one transaction, no checks (no sqlite3 shell)", rows, await Baselines.SqlitePreparedInsertAsync(csv, folder), null);
                lines.Add(baseline);
                Report(baseline);
                if (diagnose && shell is not null)
                {
                    // How much of the gap is Microsoft.Data.Sqlite's per-statement cost, which the importer also pays.
                    var insert = new Line("diagnostic: SQLite prepared INSERT of the 6 text values, one transaction, no checks", rows, await Baselines.SqlitePreparedInsertAsync(csv, folder), baseline, Diagnostic: true);
                    lines.Add(insert);
                    Report(insert);
                }
                var imported = await ImportAsync(DatabaseProvider.Sqlite, null, csv, folder, batchSize, rows - bad, baseline);
                lines.Add(imported.Line);
                ok &= imported.Ok;
            }
            if (pg is not null && only is null or "postgres")
            {
                await using var database = await BenchDatabase.CreateAsync(DatabaseProvider.Postgres, pg);
                var baseline = new Line("PostgreSQL baseline: COPY FROM STDIN (FORMAT csv, HEADER)", rows, await Baselines.PostgresCopyAsync(database.ConnectionString, csv), null);
                lines.Add(baseline);
                Report(baseline);
                var imported = await ImportAsync(DatabaseProvider.Postgres, pg, csv, folder, batchSize, rows - bad, baseline);
                lines.Add(imported.Line);
                ok &= imported.Ok;
            }
        }
        finally
        {
            if (!keep) Directory.Delete(folder, recursive: true);
        }

        Console.WriteLine();
        Console.WriteLine($"Import of {rows:N0} detainer rows (synthetic, seed {seed}), baseline and import in the same run");
        Console.WriteLine();
        Console.WriteLine("| target | rows | seconds | rows/s | CPU s (this process) | peak memory | allocated | ratio to baseline (rows/s) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var l in lines)
        {
            var r = l.Result;
            Console.WriteLine($"| {l.Target} | {l.Rows:N0} | {r.Seconds:N2} | {l.Rows / r.Seconds:N0} | {r.CpuSeconds:N2} | {r.PeakWorkingSetBytes / 1048576.0:N0} MB | " +
                $"{(r.AllocatedBytes is { } a ? $"{a / 1048576.0:N0} MB" : "n/a")} | {(l.Baseline is { } b ? $"{l.Rows / r.Seconds / (b.Rows / b.Result.Seconds):0.00}" : l.Diagnostic ? "—" : "1.00")} |");
        }
        Console.WriteLine();
        Console.WriteLine("Goal: the import at ratio ≥ 0.50 (half the baseline's speed or better) while checking every row.");
        return ok ? 0 : 1;
    }

    private static string Name(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";

    private sealed record Line(string Target, long Rows, PhaseResult Result, Line? Baseline, bool Diagnostic = false);

    private static void Report(Line l) =>
        Console.WriteLine($"  {l.Target}: {l.Result.Seconds:N2} s, {l.Rows / l.Result.Seconds:N0} rows/s, CPU {l.Result.CpuSeconds:N2} s, peak {l.Result.PeakWorkingSetBytes / 1048576.0:N0} MB");

    /// <summary>What `detainerdesk import ice-detainers` does: migrate, load reference data, run the pipeline. Only the pipeline is timed.</summary>
    private static async Task<(Line Line, bool Ok)> ImportAsync(DatabaseProvider provider, string? pg, string csv, string folder, int batchSize, long expectedImported, Line baseline)
    {
        await using var database = await BenchDatabase.CreateAsync(provider, pg);
        await using var services = database.BuildServices(TimeProvider.System);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var setup = Stopwatch.StartNew();
        await DatabaseSetup.MigrateAsync(db);
        await ReferenceDataLoader.LoadAsync(db, CancellationToken.None);
        var version = await database.DescribeAsync(db);
        Console.WriteLine($"  {version}: migrated and reference data loaded in {setup.Elapsed.TotalSeconds:N1} s (not timed below)");

        var pipeline = new ImportPipeline(db, new AuditLog(db, TimeProvider.System), TimeProvider.System);
        var kind = IceDetainerImport.FromShippedReferenceData();
        ImportSummary summary;
        PhaseResult result;
        await using (var meter = PhaseMeter.Start())
        {
            summary = await pipeline.RunAsync(kind, csv, Path.Combine(folder, $"{provider}.rejects.csv"), new Actor("bench:import", null), null, batchSize);
            result = await meter.StopAsync();
        }

        var ok = summary.Complete && summary.Imported == expectedImported && summary.Read == baseline.Rows;
        Console.WriteLine($"  {Name(provider)} import: read {summary.Read:N0}, imported {summary.Imported:N0}, rejected {summary.Rejected:N0}, duplicates {summary.Duplicates:N0}" +
            $"{(summary.Unmapped.Count > 0 ? $", kept as released: {string.Join("; ", summary.Unmapped.Select(u => $"{u.Key} ×{u.Value:N0}"))}" : "")}" +
            $"{(ok ? "" : $" — EXPECTED {expectedImported:N0} imported, complete run{(summary.Error is null ? "" : ": " + summary.Error)}")}");
        var line = new Line($"{Name(provider)} import (ImportPipeline, every row checked)", baseline.Rows, result, baseline);
        Report(line);
        return (line, ok);
    }
}
