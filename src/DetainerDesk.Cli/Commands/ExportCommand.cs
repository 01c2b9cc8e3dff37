using System.CommandLine;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Exports;
using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Cli.Commands;

/// <summary>`export detainers &lt;file&gt;`: every detainer as CSV or XLSX (by the file's extension), the same table the web list downloads.</summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("kind") { Description = "What to export: detainers." };
        kind.AcceptOnlyFromAmong("detainers");
        var file = new Argument<FileInfo>("file") { Description = "Output file; .csv or .xlsx chooses the format. It must not exist." };
        var command = new Command("export", "Export records as CSV or XLSX, with formula-looking cells defused.") { kind, file };
        command.SetAction(async (parse, ct) =>
        {
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
                rows = await TableFile.WriteAsync(format, stream, "Detainers", DetainerExport.Headers, DetainerExport.RowsAsync(db, db.Detainers.AsNoTracking(), ct), ct);
            scope.ServiceProvider.GetRequiredService<AuditLog>().Add(CliContext.Actor, "detainer.export", "Detainer", null, details: $"format={format};rows={rows};file={target.Name}");
            await db.SaveChangesAsync(ct);
            await context.Output.WriteLineAsync($"Exported {rows:N0} detainers to {target.FullName}.");
            return 0;
        });
        return command;
    }
}
