using System.CommandLine;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Imports;
using DetainerDesk.Data.Imports.JailBookings;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.ReferenceData;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Cli.Commands;

/// <summary>`detainerdesk import jail-bookings &lt;file...&gt; --agency &lt;code&gt;`: a jail's booking export into one agency's facilities.</summary>
public static class JailBookingsCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<FileInfo[]>("file") { Description = "One or more jail-bookings files (CSV, .csv.gz or .xlsx; columns in docs/jail-bookings.md).", Arity = ArgumentArity.OneOrMore };
        var agency = new Option<string>("--agency") { Description = "The local agency whose facilities the rows belong to (its code, e.g. the ORI WA0170000). Rows of any other facility are rejected.", Required = true };
        var rejectFile = new Option<FileInfo?>("--reject-file") { Description = "Where to write rejected rows (CSV: line, column, value, reason). Default: <file>.rejects.csv beside each input; with several inputs only the default is allowed." };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON (no progress bar)." };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per transaction.", DefaultValueFactory = _ => JailBookingImport.DefaultBatchSize };
        var command = new Command(JailBookingImport.KindName,
            "A jail's or prison's export: bookings, charges (NCIC codes), releases and detainers received, one row per charge (docs/jail-bookings.md). " +
            "Persons are matched by A-number, FBI number or state SID as the bookings API matches them; bookings are keyed by facility and booking number.")
        {
            files, agency, rejectFile, json, batchSize,
        };
        command.SetAction(async (parse, ct) =>
        {
            var inputs = parse.GetValue(files) ?? [];
            var asJson = parse.GetValue(json);
            var size = parse.GetValue(batchSize);
            if (parse.GetValue(rejectFile) is not null && inputs.Length > 1)
                return await CliContext.RefuseAsync("--reject-file names one file; with several inputs each gets <file>.rejects.csv beside it.");
            if (size is < 1 or > 100_000)
                return await CliContext.RefuseAsync("--batch-size must be between 1 and 100000.");
            if (inputs.FirstOrDefault(f => !f.Exists) is { } missing)
                return await CliContext.RefuseAsync($"No such file: {missing.FullName}");

            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await DatabaseSetup.MigrateAsync(db, ct);
            await ReferenceDataLoader.LoadAsync(db, ct);
            var code = parse.GetValue(agency) ?? "";
            if (await JailBookingImport.FindAgencyAsync(db, code, ct) is not { } organisation)
                return await CliContext.RefuseAsync($"No local agency with code '{code}' (agencies are listed in the web app under Organisations; use the code, e.g. the ORI).");
            var importer = new JailBookingImport(db, scope.ServiceProvider.GetRequiredService<AuditLog>(), scope.ServiceProvider.GetRequiredService<TimeProvider>());

            var results = new List<ImportCommand.FileResult>();
            try
            {
                await ImportProgressDisplay.RunAsync(!asJson, async progress =>
                {
                    foreach (var input in inputs)
                    {
                        var rejects = parse.GetValue(rejectFile)?.FullName ?? input.FullName + ".rejects.csv";
                        try
                        {
                            results.Add(new(input.FullName, await importer.RunAsync(organisation, input.FullName, rejects, CliContext.Actor, progress, size, ct), null));
                        }
                        catch (ImportFormatException e)
                        {
                            results.Add(new(input.FullName, null, e.Message));
                        }
                    }
                });
            }
            catch (OperationCanceledException)
            {
                await Console.Error.WriteLineAsync("Interrupted. Every committed batch is kept; run the same command again to finish without duplicates.");
                return ImportCommand.Interrupted;
            }

            await (asJson ? ImportCommand.WriteJsonAsync(context.Output, results) : ImportCommand.WriteTextAsync(context.Output, results));
            return results.All(r => r.Summary is { Complete: true }) ? 0 : ImportCommand.FileFailed;
        });
        return command;
    }
}
