using System.CommandLine;
using System.Diagnostics;
using DetainerDesk.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace DetainerDesk.Cli.Commands;

/// <summary>
/// `backup <file>` and `restore <file>` of the configured database: SQLite through its online backup API (a consistent
/// copy while the app keeps running), PostgreSQL through pg_dump / pg_restore in their custom format.
/// </summary>
public static class BackupCommand
{
    public static Command CreateBackup(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "Where to write the backup (it must not exist)." };
        var command = new Command("backup", "Write a consistent backup of the database to a file, while the app may keep running.") { file };
        command.SetAction(async (parse, ct) =>
        {
            var target = parse.GetValue(file)!;
            if (target.Exists) return await CliContext.RefuseAsync($"{target.FullName} exists; choose a new file so no backup is overwritten.");
            var (provider, connectionString) = Database(context);
            try
            {
                if (provider == DatabaseProvider.Sqlite) SqliteBackup(connectionString, target.FullName);
                else await RunPgAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--file", target.FullName], ct);
            }
            catch (Exception e) when (e is SqliteException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                if (File.Exists(target.FullName)) File.Delete(target.FullName);
                return await CliContext.RefuseAsync("The backup failed: " + e.Message);
            }
            await context.Output.WriteLineAsync($"Backed up the {provider} database to {target.FullName} ({new FileInfo(target.FullName).Length:N0} bytes).");
            return 0;
        });
        return command;
    }

    public static Command CreateRestore(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "A file written by `detainerdesk backup` for the same database kind." };
        var yes = new Option<bool>("--yes") { Description = "Confirm that every row now in the database is replaced by the backup's." };
        var command = new Command("restore", "Replace the database's contents with a backup. Stop the app first.") { file, yes };
        command.SetAction(async (parse, ct) =>
        {
            var source = parse.GetValue(file)!;
            if (!source.Exists) return await CliContext.RefuseAsync($"{source.FullName} does not exist.");
            if (!parse.GetValue(yes)) return await CliContext.RefuseAsync("Restoring replaces every row in the database. Run again with --yes to confirm.");
            var (provider, connectionString) = Database(context);
            try
            {
                if (provider == DatabaseProvider.Sqlite) SqliteRestore(source.FullName, connectionString);
                // One transaction: a restore that fails half-way leaves the database as it was.
                else await RunPgAsync("pg_restore", connectionString, ["--clean", "--if-exists", "--no-owner", "--single-transaction", source.FullName], ct);
            }
            catch (Exception e) when (e is SqliteException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                return await CliContext.RefuseAsync("The restore failed and changed nothing: " + e.Message);
            }
            await context.Output.WriteLineAsync($"Restored the {provider} database from {source.FullName}. Run `detainerdesk verify-audit` to check the audit chain.");
            return 0;
        });
        return command;
    }

    private static (DatabaseProvider, string) Database(CliContext context)
    {
        var configuration = context.BuildConfiguration();
        return (DatabaseSetup.ReadProvider(configuration), DatabaseSetup.ReadConnectionString(configuration, CliContext.WebContentRoot()));
    }

    private static void SqliteBackup(string connectionString, string file)
    {
        using var live = new SqliteConnection(connectionString);
        live.Open();
        using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        copy.Open();
        live.BackupDatabase(copy);
    }

    private static void SqliteRestore(string file, string connectionString)
    {
        using var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        backup.Open();
        // A file that is not one of our databases is refused before anything is overwritten.
        using (var check = backup.CreateCommand())
        {
            check.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
            if (Convert.ToInt64(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
                throw new InvalidOperationException($"{file} is not a DetainerDesk SQLite backup (no migrations history).");
        }
        using var live = new SqliteConnection(connectionString);
        live.Open();
        backup.BackupDatabase(live);
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Runs pg_dump or pg_restore against the configured database; the password goes through PGPASSWORD, never the command line.</summary>
    private static async Task RunPgAsync(string tool, string connectionString, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var csb = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(PgTool(tool)) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var (flag, value) in new[] { ("--host", csb.Host), ("--port", csb.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("--username", csb.Username) })
            if (!string.IsNullOrEmpty(value)) { start.ArgumentList.Add(flag); start.ArgumentList.Add(value); }
        start.ArgumentList.Add("--dbname");
        start.ArgumentList.Add(csb.Database ?? throw new InvalidOperationException("ConnectionStrings:Default names no database."));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        if (!string.IsNullOrEmpty(csb.Password)) start.Environment["PGPASSWORD"] = csb.Password;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {(await errors).Trim()}");
    }

    /// <summary>PG_BIN picks the client tools that match the server's major version; else the ones on the PATH.</summary>
    private static string PgTool(string tool) =>
        Environment.GetEnvironmentVariable("PG_BIN") is { Length: > 0 } bin ? Path.Combine(bin, tool) : tool;

}
