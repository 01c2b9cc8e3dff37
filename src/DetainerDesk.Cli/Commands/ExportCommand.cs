using System.CommandLine;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Exports;
using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Cli.Commands;

/// <summary>
/// `export detainers|arrests &lt;file&gt;`: every detainer (the same table the web list downloads) or every imported public
/// I-213 arrest record (mapped and as released) as CSV or XLSX, by the file's extension.
/// </summary>
public static class ExportCommand
{
    private sealed record Kind(string Sheet, string Noun, string AuditAction, string EntityType, IReadOnlyList<string> Headers,
        Func<AppDbContext, CancellationToken, IAsyncEnumerable<string?[]>> Rows);

    private static readonly Dictionary<string, Kind> Kinds = new(StringComparer.Ordinal)
    {
        ["detainers"] = new("Detainers", "detainers", "detainer.export", "Detainer", DetainerExport.Headers,
            (db, ct) => DetainerExport.RowsAsync(db, db.Detainers.AsNoTracking(), ct)),
        ["arrests"] = new("Arrests", "public arrest records", "arrest.export", "PublicArrestRecord", ArrestExport.Headers, ArrestExport.RowsAsync),
    };

    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("kind") { Description = "What to export: detainers, or arrests (the imported public I-213 arrest records)." };
        kind.AcceptOnlyFromAmong([.. Kinds.Keys]);
        var file = new Argument<FileInfo>("file") { Description = "Output file; .csv or .xlsx chooses the format. It must not exist." };
        var command = new Command("export", "Export records as CSV or XLSX, with formula-looking cells defused.") { kind, file };
        command.SetAction(async (parse, ct) =>
        {
            var what = Kinds[parse.GetValue(kind)!];
            var target = parse.GetValue(file)!;
            if (TableFile.FormatOf(target.Extension) is not { } format)
            {
                return await CliContext.RefuseAsync($"{target.Name}: end the file name in .csv or .xlsx to choose the format.");
            }
            if (target.Exists)
            {
                return await CliContext.RefuseAsync($"{target.FullName} exists; choose a new file.");
            }

            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            int rows;
            await using (var stream = new FileStream(target.FullName, FileMode.CreateNew, FileAccess.ReadWrite))
                rows = await TableFile.WriteAsync(format, stream, what.Sheet, what.Headers, what.Rows(db, ct), ct);
            scope.ServiceProvider.GetRequiredService<AuditLog>().Add(CliContext.Actor, what.AuditAction, what.EntityType, null, details: $"format={format};rows={rows};file={target.Name}");
            await db.SaveChangesAsync(ct);
            await context.Output.WriteLineAsync($"Exported {rows:N0} {what.Noun} to {target.FullName}.");
            return 0;
        });
        return command;
    }
}
