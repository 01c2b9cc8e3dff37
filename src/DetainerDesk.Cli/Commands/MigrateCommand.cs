using System.CommandLine;
using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Cli.Commands;

public static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("migrate", "Create the database if needed and apply every pending migration.");
        command.SetAction(async (_, ct) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await DatabaseSetup.MigrateAsync(db, ct);
            await context.Output.WriteLineAsync(pending.Count == 0
                ? "The database is up to date."
                : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
            return 0;
        });
        return command;
    }
}
