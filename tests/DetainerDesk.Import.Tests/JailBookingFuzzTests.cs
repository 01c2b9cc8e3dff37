using DetainerDesk.Data.Imports;
using DetainerDesk.Data.Persistence;

namespace DetainerDesk.Import.Tests;

/// <summary>
/// Random and mutated jail exports through the whole importer (on SQLite): each gives a summary whose counts add up,
/// or an <see cref="ImportFormatException"/> with a message; any other exception fails. Seeds are fixed.
/// </summary>
public sealed class JailBookingFuzzTests : IAsyncLifetime
{
    private ImportWorld _world = null!;
    private readonly string _folder = Fixtures.TempFolder();

    public async ValueTask InitializeAsync()
    {
        _world = new ImportWorld(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));
        await JailWorld.SeedAsync(_world);
    }

    public async ValueTask DisposeAsync()
    {
        await _world.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Random_and_mutated_jail_exports_give_rejects_or_a_clear_error()
    {
        var sample = await File.ReadAllBytesAsync(JailWorld.Sample(), TestContext.Current.CancellationToken);
        for (var seed = 0; seed < 80; seed++)
        {
            var random = new Random(5_000 + seed);
            var bytes = seed % 8 == 0 ? FuzzFiles.RandomBytes(random) : FuzzFiles.Mutate(sample, random);
            var path = Path.Combine(_folder, $"jail-{seed}.csv");
            await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
            try
            {
                var summary = await JailWorld.RunAsync(_world, JailWorld.AgencyA, path, null, 3, TestContext.Current.CancellationToken);
                Assert.Equal(summary.Read, summary.Imported + summary.Rejected + summary.Duplicates);
                if (!summary.Complete) Assert.False(string.IsNullOrWhiteSpace(summary.Error));
            }
            catch (ImportFormatException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message), path);
            }
        }
    }
}
