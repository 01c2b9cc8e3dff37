using System.Text.Json;
using DetainerDesk.Cli;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Imports;
using DetainerDesk.Data.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Import.Tests;

/// <summary>A database of one test class and the ways tests reach it: the `detainerdesk` command in-process, or the pipeline and the DbContext directly.</summary>
public sealed class ImportWorld(TestDatabase database) : IAsyncDisposable
{
    public TestDatabase Database { get; } = database;

    private Dictionary<string, string?> Configuration => new()
    {
        ["Database:Provider"] = Database.Provider.ToString(),
        ["ConnectionStrings:Default"] = Database.ConnectionString,
    };

    public async Task<(int Exit, string Output)> CliAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await CliApp.RunAsync(args, Configuration, output);
        return (exit, output.ToString());
    }

    /// <summary>Runs `import <kind> --json` (ice-detainers unless told) and returns the exit code and the file's summary.</summary>
    public async Task<(int Exit, JsonElement File)> ImportJsonAsync(string path, string? rejectFile = null, string kind = IceDetainerImport.KindName)
    {
        var args = new List<string> { "import", kind, path, "--json" };
        if (rejectFile is not null) args.AddRange(["--reject-file", rejectFile]);
        var (exit, output) = await CliAsync([.. args]);
        var json = JsonDocument.Parse(output).RootElement;
        return (exit, json.GetProperty("files")[0].Clone());
    }

    public ServiceProvider Services() => new CliContext(Configuration, TextWriter.Null).BuildServices();

    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var services = Services();
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>The pipeline itself on a migrated database, for tests that interrupt it.</summary>
    public Task<ImportSummary> PipelineAsync(string path, IProgress<ImportProgress>? progress, int batchSize, CancellationToken ct) =>
        PipelineAsync(Kind.Value, path, progress, batchSize, ct);

    public async Task<ImportSummary> PipelineAsync<TRecord>(ImportKind<TRecord> kind, string path, IProgress<ImportProgress>? progress, int batchSize, CancellationToken ct)
        where TRecord : class
    {
        await using var services = Services();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DatabaseSetup.MigrateAsync(db, ct);
        var pipeline = new ImportPipeline(db, scope.ServiceProvider.GetRequiredService<AuditLog>(), TimeProvider.System);
        return await pipeline.RunAsync(kind, path, path + ".rejects.csv", Actor.System, progress, batchSize, ct);
    }

    private static readonly Lazy<IceDetainerImport> Kind = new(IceDetainerImport.FromShippedReferenceData);
    public static readonly Lazy<IceArrestImport> ArrestKind = new(IceArrestImport.FromShippedReferenceData);

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

/// <summary>Reports on the caller's thread, so a test can cancel at an exact row count.</summary>
public sealed class InlineProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
{
    public void Report(ImportProgress value) => report(value);
}
