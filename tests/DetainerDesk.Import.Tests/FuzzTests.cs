using DetainerDesk.Data.Imports;
using DetainerDesk.Data.Persistence;

namespace DetainerDesk.Import.Tests;

/// <summary>
/// Random and mutated files through the whole pipeline (on SQLite): each must give a summary whose counts add up, or
/// an <see cref="ImportFormatException"/> with a message; any other exception fails. Seeds are fixed, so a failure
/// reproduces.
/// </summary>
public sealed class FuzzTests : IAsyncLifetime
{
    private ImportWorld _world = null!;
    private readonly string _folder = Fixtures.TempFolder();

    public async ValueTask InitializeAsync() => _world = new ImportWorld(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));

    public async ValueTask DisposeAsync()
    {
        await _world.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Random_and_mutated_csv_files_give_rejects_or_a_clear_error()
    {
        var seedCsv = File.ReadAllBytes(Fixtures.Original(Fixtures.CitizensCsv))[..6_000];
        for (var seed = 0; seed < 60; seed++)
        {
            var random = new Random(seed);
            var bytes = seed % 4 == 0 ? FuzzFiles.RandomBytes(random) : FuzzFiles.Mutate(seedCsv, random);
            await ImportsOrExplainsAsync($"fuzz-{seed}.csv", bytes);
        }
    }

    [Fact]
    public async Task Mutated_workbooks_give_rejects_or_a_clear_error()
    {
        var workbook = File.ReadAllBytes(Fixtures.Original(Fixtures.Fy2015Xlsx));
        for (var seed = 0; seed < 12; seed++)
        {
            var random = new Random(1_000 + seed);
            var bytes = (byte[])workbook.Clone();
            if (seed % 3 == 0) bytes = bytes[..random.Next(30, bytes.Length)];
            else for (var i = 0; i < 1 + random.Next(8); i++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            await ImportsOrExplainsAsync($"fuzz-{seed}.xlsx", bytes);
        }
    }

    [Fact]
    public async Task Mutated_arrest_files_plain_and_compressed_give_rejects_or_a_clear_error()
    {
        var compressed = File.ReadAllBytes(RawArrests.Original);
        using var plain = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress))
            gzip.CopyTo(plain);
        var seedCsv = plain.ToArray()[..12_000];
        for (var seed = 0; seed < 40; seed++)
        {
            var random = new Random(2_000 + seed);
            await ImportsOrExplainsAsync($"arrests-{seed}.csv", FuzzFiles.Mutate(seedCsv, random), arrests: true);
        }
        for (var seed = 0; seed < 10; seed++)
        {
            var random = new Random(3_000 + seed);
            var bytes = compressed[..random.Next(10, 40_000)];
            for (var i = 0; i < random.Next(3); i++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            await ImportsOrExplainsAsync($"arrests-{seed}.csv.gz", bytes, arrests: true);
        }
    }

    private async Task ImportsOrExplainsAsync(string name, byte[] bytes, bool arrests = false)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
        try
        {
            var summary = arrests
                ? await _world.PipelineAsync(ImportWorld.ArrestKind.Value, path, null, 500, TestContext.Current.CancellationToken)
                : await _world.PipelineAsync(path, null, 500, TestContext.Current.CancellationToken);
            Assert.Equal(summary.Read, summary.Imported + summary.Rejected + summary.Duplicates);
            if (!summary.Complete) Assert.False(string.IsNullOrWhiteSpace(summary.Error));
        }
        catch (ImportFormatException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message), name);
        }
    }
}
