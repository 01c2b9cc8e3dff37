using System.CommandLine;
using DetainerDesk.Data.Identity;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.ReferenceData;
using DetainerDesk.Data.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace DetainerDesk.Cli.Commands;

public static class SeedCommand
{
    public static Command Create(CliContext context)
    {
        var scale = new Option<SeedScale>("--scale") { Description = "small: ~2,500 detainers for demos; national: ~160,000 a year for 10 years, for benchmarks.", DefaultValueFactory = _ => SeedScale.Small };
        var seed = new Option<int?>("--seed") { Description = "Generator seed; the same seed gives the same data (default: Demo:RandomSeed or 2026)." };
        var password = new Option<string?>("--password") { Description = "Password of the demo accounts (default: Demo:Password); at least 15 characters." };
        var command = new Command("seed", "Migrate, load reference data, and load deterministic synthetic demo data into an empty database.") { scale, seed, password };
        command.SetAction(async (parse, ct) =>
        {
            var configuration = context.BuildConfiguration();
            var demoPassword = parse.GetValue(password) ?? configuration["Demo:Password"];
            if (string.IsNullOrWhiteSpace(demoPassword))
            {
                await Console.Error.WriteLineAsync("Give the demo accounts' password with --password or Demo__Password (at least 15 characters).");
                return 2;
            }

            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await DatabaseSetup.MigrateAsync(db, ct);
            var reference = await ReferenceDataLoader.LoadAsync(db, ct);
            await context.Output.WriteLineAsync(reference.AlreadyLoaded
                ? "Reference data already loaded."
                : $"Reference data loaded: {reference.States} states, {reference.Counties} counties, {reference.FieldOffices} field offices, {reference.IceFacilities} ICE facilities.");

            var options = new DemoSeedOptions
            {
                Scale = parse.GetValue(scale),
                Seed = parse.GetValue(seed) ?? configuration.GetValue("Demo:RandomSeed", 2026),
                Password = demoPassword,
                Clock = scope.ServiceProvider.GetRequiredService<TimeProvider>(),
            };
            var summary = await WithProgressAsync(progress => DemoSeeder.SeedAsync(db, scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(),
                scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(), options, progress, ct));

            var c = summary.Counts;
            await context.Output.WriteLineAsync(summary.AlreadySeeded
                ? $"The database already holds demo data ({c.Detainers:N0} detainers); nothing added."
                : $"Seeded {c.Organisations} organisations, {c.Facilities} facilities, {c.Persons:N0} people, {c.Bookings:N0} bookings, {c.Charges:N0} charges, {c.Detainers:N0} detainers.");
            foreach (var account in summary.Accounts)
                await context.Output.WriteLineAsync($"  {account.Email,-42} {account.Role,-18} {account.OrganisationName}");
            return 0;
        });
        return command;
    }

    /// <summary>A Spectre.Console bar per stage with rows/s and time left; plain text when the output is not a terminal.</summary>
    private static async Task<T> WithProgressAsync<T>(Func<IProgress<SeedProgress>, Task<T>> work)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
            return await work(new Progress<SeedProgress>());
        T result = default!;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var progress = new SynchronousProgress(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out var task))
                        tasks[p.Stage] = task = ctx.AddTask(p.Stage, maxValue: Math.Max(1, p.Total));
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                result = await work(progress);
            });
        return result;
    }

    /// <summary>Reports on the caller's thread: Progress&lt;T&gt; would post to the thread pool and race the bar's refresh.</summary>
    private sealed class SynchronousProgress(Action<SeedProgress> report) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => report(value);
    }
}
