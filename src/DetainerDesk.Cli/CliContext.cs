using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Identity;
using DetainerDesk.Data.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DetainerDesk.Cli;

/// <summary>
/// Configuration and services shared by every command. The database is chosen exactly as in the web app
/// (Database__Provider, ConnectionStrings__Default); without them SQLite is the web app's own file.
/// </summary>
public sealed class CliContext(IDictionary<string, string?>? overrides, TextWriter output)
{
    public TextWriter Output { get; } = output;

    public IConfiguration BuildConfiguration() => new ConfigurationBuilder()
        .AddEnvironmentVariables()
        .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
        .Build();

    public ServiceProvider BuildServices()
    {
        var configuration = BuildConfiguration();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddSingleton(TimeProvider.System);
        // EF logs the expected miss of the migrations-history table on a new PostgreSQL database as an error; real
        // command failures still surface as exceptions, so that category is kept quiet.
        // Logs go to standard error: standard output carries the command's answer (`--json` is read by machines).
        services.AddLogging(l => l.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical));
        services.AddDetainerDeskDatabase(configuration, WebContentRoot());
        services.AddDetainerDeskIdentityCore();
        services.AddScoped<AuditLog>();
        return services.BuildServiceProvider();
    }

    /// <summary>A refused request: the reason on standard error and exit code 2, the same for every command.</summary>
    public static async Task<int> RefuseAsync(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return 2;
    }

    /// <summary>Who ran the command, for the audit log.</summary>
    public static Actor Actor => new($"cli:{Environment.UserName}", null);

    /// <summary>The web project's folder when run from a checkout, so both use the same App_Data; else the current folder.</summary>
    internal static string WebContentRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var web = Path.Combine(dir.FullName, "src", "DetainerDesk.Web");
            if (Directory.Exists(web)) return web;
        }
        return Directory.GetCurrentDirectory();
    }
}
