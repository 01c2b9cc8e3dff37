using System.Text;
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
            var bytes = seed % 8 == 0 ? RandomBytes(random) : Mutate(sample, random);
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

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 3_000)];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Byte flips, inserted quotes, commas, newlines and formula starters, deleted and repeated spans, truncation, swapped digits.</summary>
    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = new List<byte>(source);
        var poison = Encoding.UTF8.GetBytes("\",\n\r=+-@\0\u00ff\u2028:T/0123456789");
        for (var m = 0; m < 1 + random.Next(12); m++)
        {
            if (bytes.Count == 0) break;
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.Insert(at, poison[random.Next(poison.Length)]); break;
                case 2: bytes.RemoveRange(at, Math.Min(random.Next(1, 200), bytes.Count - at)); break;
                case 3: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(random.Next(1, 300), bytes.Count - at))); break;
                case 4: if (char.IsAsciiDigit((char)bytes[at])) bytes[at] = (byte)('0' + random.Next(10)); break;
                default: bytes.RemoveRange(at, bytes.Count - at); break;
            }
        }
        return [.. bytes];
    }
}
