using System.CommandLine;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Cli.Commands;

public static class VerifyAuditCommand
{
    public const int Tampered = 1;

    public static Command Create(CliContext context)
    {
        var command = new Command("verify-audit", "Check the audit log's hash chain: exit 0 when whole, 1 when an entry was altered or removed.");
        command.SetAction(async (_, ct) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var (count, broken) = await AuditVerifier.VerifyAsync(db, ct);
            if (broken is null)
            {
                await context.Output.WriteLineAsync($"Audit chain verified: {count} entries, no alteration found.");
                return 0;
            }
            await context.Output.WriteLineAsync($"AUDIT CHAIN BROKEN at entry {broken.Sequence}: {broken.Reason}. {count} entries before it are intact.");
            return Tampered;
        });
        return command;
    }
}
