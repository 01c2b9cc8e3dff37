using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Imports;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.ReferenceData;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Cli.Commands;

/// <summary>`detainerdesk import &lt;kind&gt; &lt;file...&gt;`: one subcommand per kind of file, all run by <see cref="ImportPipeline"/>.</summary>
public static class ImportCommand
{
    public const int FileFailed = 1;
    public const int UsageError = 2;
    public const int Interrupted = 130;

    public static Command Create(CliContext context) =>
        new("import", "Import records from files: public ICE releases (CSV or XLSX as released) and jails' booking exports. Re-running a file imports nothing twice and finishes an interrupted run.")
        {
            KindCommand(context, IceDetainerImport.KindName,
                "ICE ERO detainer releases: the spreadsheet as released (Prepare Date, Detainer Type, Detainer Detention Facility, State, City, Detainer Lift Reason) or its CSV layout (date, detainer_type, det_facility, state, city, lift_reason).",
                IceDetainerImport.FromShippedReferenceData),
            KindCommand(context, IceArrestImport.KindName,
                "ICE I-213 arrest records as released under FOIA (apprehension_date, apprehension_method_descr, criminal_charges with NCIC categories, …), CSV or gzip-compressed CSV.",
                IceArrestImport.FromShippedReferenceData),
            JailBookingsCommand.Create(context),
        };

    private static Command KindCommand<TRecord>(CliContext context, string name, string description, Func<ImportKind<TRecord>> kindFactory) where TRecord : class
    {
        var files = new Argument<FileInfo[]>("file") { Description = "One or more .xlsx, .csv or .csv.gz files.", Arity = ArgumentArity.OneOrMore };
        var rejectFile = new Option<FileInfo?>("--reject-file") { Description = "Where to write rejected rows (CSV: line, column, value, reason). Default: <file>.rejects.csv beside each input; with several inputs only the default is allowed." };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON (no progress bar)." };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per transaction.", DefaultValueFactory = _ => ImportPipeline.DefaultBatchSize };
        var command = new Command(name, description) { files, rejectFile, json, batchSize };
        command.SetAction(async (parse, ct) =>
        {
            var inputs = parse.GetValue(files) ?? [];
            var asJson = parse.GetValue(json);
            var size = parse.GetValue(batchSize);
            if (parse.GetValue(rejectFile) is not null && inputs.Length > 1)
                return await UsageAsync("--reject-file names one file; with several inputs each gets <file>.rejects.csv beside it.");
            if (size is < 1 or > 100_000)
                return await UsageAsync("--batch-size must be between 1 and 100000.");
            if (inputs.FirstOrDefault(f => !f.Exists) is { } missing)
                return await UsageAsync($"No such file: {missing.FullName}");

            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await DatabaseSetup.MigrateAsync(db, ct);
            await ReferenceDataLoader.LoadAsync(db, ct);
            var pipeline = new ImportPipeline(db, scope.ServiceProvider.GetRequiredService<AuditLog>(), scope.ServiceProvider.GetRequiredService<TimeProvider>());
            var kind = kindFactory();

            var results = new List<FileResult>();
            try
            {
                await ImportProgressDisplay.RunAsync(!asJson, async progress =>
                {
                    foreach (var input in inputs)
                    {
                        var rejects = parse.GetValue(rejectFile)?.FullName ?? input.FullName + ".rejects.csv";
                        try
                        {
                            results.Add(new FileResult(input.FullName, await pipeline.RunAsync(kind, input.FullName, rejects, CliContext.Actor, progress, size, ct), null));
                        }
                        catch (ImportFormatException e)
                        {
                            results.Add(new FileResult(input.FullName, null, e.Message));
                        }
                    }
                });
            }
            catch (OperationCanceledException)
            {
                await Console.Error.WriteLineAsync("Interrupted. Every committed batch is kept; run the same command again to finish without duplicates.");
                return Interrupted;
            }

            await (asJson ? WriteJsonAsync(context.Output, results) : WriteTextAsync(context.Output, results));
            return results.All(r => r.Summary is { Complete: true }) ? 0 : FileFailed;
        });
        return command;
    }

    private static async Task<int> UsageAsync(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return UsageError;
    }

    internal sealed record FileResult(string Path, ImportSummary? Summary, string? Error);

    internal static async Task WriteTextAsync(TextWriter output, List<FileResult> results)
    {
        foreach (var (path, s, error) in results)
        {
            if (s is null)
            {
                await output.WriteLineAsync($"FAILED {path}: {error}");
                continue;
            }
            await output.WriteLineAsync($"{s.File} ({s.Format}, {s.Kind}): read {s.Read:N0}, imported {s.Imported:N0}, rejected {s.Rejected:N0}, duplicates {s.Duplicates:N0}" +
                $"{(s.Blank > 0 ? $", blank rows {s.Blank:N0}" : "")} in {s.Elapsed.TotalSeconds:N1} s ({s.RowsPerSecond:N0} rows/s).");
            if (s.Rejected > 0) await output.WriteLineAsync($"  Rejected rows and reasons: {s.RejectFile}");
            foreach (var (value, count) in s.Unmapped.OrderByDescending(u => u.Value))
                await output.WriteLineAsync($"  Kept as released, not in our vocabulary ({count:N0}×): {value}");
            if (s.Error is not null) await output.WriteLineAsync($"  STOPPED: {s.Error} Rows before it are imported; fix the file and import it again.");
        }
        await output.WriteLineAsync($"Peak memory: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB.");
    }

    internal static async Task WriteJsonAsync(TextWriter output, List<FileResult> results)
    {
        var files = results.Select(r => r.Summary is not { } s
            ? (object)new { file = r.Path, complete = false, error = r.Error }
            : new
            {
                file = r.Path, kind = s.Kind, format = s.Format, sha256 = s.Sha256, read = s.Read, imported = s.Imported, rejected = s.Rejected,
                duplicates = s.Duplicates, blank = s.Blank, rejectFile = s.RejectFile, unmapped = s.Unmapped, complete = s.Complete,
                error = s.Error, seconds = Math.Round(s.Elapsed.TotalSeconds, 3), rowsPerSecond = Math.Round(s.RowsPerSecond),
            });
        await output.WriteLineAsync(JsonSerializer.Serialize(new
        {
            ok = results.All(r => r.Summary is { Complete: true }),
            files,
            peakWorkingSetBytes = Process.GetCurrentProcess().PeakWorkingSet64,
        }));
    }
}
