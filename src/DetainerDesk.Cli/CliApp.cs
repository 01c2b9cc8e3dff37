using System.CommandLine;
using DetainerDesk.Cli.Commands;

namespace DetainerDesk.Cli;

/// <summary>The `detainerdesk` command. Tests call <see cref="RunAsync"/> in-process with their own configuration.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, IDictionary<string, string?>? configurationOverrides = null, TextWriter? output = null)
    {
        var context = new CliContext(configurationOverrides, output ?? Console.Out);
        var root = new RootCommand("DetainerDesk administration: database, demo data, users, API keys, backups and the audit chain.")
        {
            MigrateCommand.Create(context),
            SeedCommand.Create(context),
            ApiKeysCommand.Create(context),
            UsersCommand.Create(context),
            VerifyAuditCommand.Create(context),
            BackupCommand.CreateBackup(context),
            BackupCommand.CreateRestore(context),
            ImportCommand.Create(context),
            ExportCommand.Create(context),
            LinkCommand.Create(context),
        };
        return await root.Parse(args).InvokeAsync();
    }
}
