using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Import.Tests;

/// <summary>The real FY2015 release and the two CSV extracts, imported through the command on each database.</summary>
public abstract class RealReleaseImportTests(DatabaseProvider provider) : IAsyncLifetime
{
    private ImportWorld? _world;
    private readonly string _folder = Fixtures.TempFolder();

    public async ValueTask InitializeAsync()
    {
        if (provider == DatabaseProvider.Postgres && TestDatabase.PostgresServer is null) return;
        _world = new ImportWorld(await TestDatabase.CreateAsync(provider));
    }

    public async ValueTask DisposeAsync()
    {
        if (_world is not null) await _world.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private ImportWorld World
    {
        get
        {
            Assert.SkipWhen(_world is null, $"PostgreSQL tests need {TestDatabase.PostgresVariable}; ./test.sh sets it.");
            return _world!;
        }
    }

    [Fact]
    public async Task The_FY2015_spreadsheet_imports_every_row_counted_as_the_raw_file_counts_them_and_a_second_import_adds_nothing()
    {
        var world = World;
        var xlsx = Fixtures.Copy(Fixtures.Fy2015Xlsx, _folder);

        var (exit, file) = await world.ImportJsonAsync(xlsx);

        Assert.Equal(0, exit);
        Assert.Equal(Fixtures.Fy2015Rows, file.GetProperty("read").GetInt64());
        Assert.Equal(Fixtures.Fy2015Rows, file.GetProperty("imported").GetInt64());
        Assert.Equal(0, file.GetProperty("rejected").GetInt64());
        Assert.Equal(0, file.GetProperty("duplicates").GetInt64());
        Assert.Empty(file.GetProperty("unmapped").EnumerateObject());

        var raw = RawSheet.Read(xlsx);
        var expectedByYear = raw.GroupBy(r => RawSheet.FiscalYear(r.PrepareDate)).ToDictionary(g => g.Key, g => g.Count());
        var storedByYear = await world.QueryAsync(db => db.PublicDetainerRecords.GroupBy(r => r.FiscalYear)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal(expectedByYear.OrderBy(p => p.Key), storedByYear.OrderBy(p => p.Key));
        // Each stored line is the raw file's row of that number, with the same day.
        var expectedDays = raw.ToDictionary(r => (long)r.Number, r => r.PrepareDate);
        var storedDays = await world.QueryAsync(db => db.PublicDetainerRecords.Select(r => new { r.Line, r.PreparedOn }).ToListAsync());
        Assert.All(storedDays, r => Assert.Equal(expectedDays[r.Line], r.PreparedOn));

        // NPR's published calendar-2015 figures, computed from ICE's full release.
        var calendar2015 = await world.QueryAsync(db => db.PublicDetainerRecords.CountAsync(r => r.PreparedOn >= new DateOnly(2015, 1, 1)));
        var lifted2015 = await world.QueryAsync(db => db.PublicDetainerRecords.CountAsync(r => r.PreparedOn >= new DateOnly(2015, 1, 1) && r.LiftReason != null));
        Assert.Equal(49_653, calendar2015);
        Assert.Equal(16_526, lifted2015);
        Assert.Equal(raw.Count(r => r.HasLiftReason), await world.QueryAsync(db => db.PublicDetainerRecords.CountAsync(r => r.LiftReason != null)));
        Assert.Equal(5_501, await world.QueryAsync(db => db.PublicDetainerRecords.CountAsync(r => r.LiftReason == PublicLiftReason.DeclinedByLea)));

        var (again, second) = await world.ImportJsonAsync(xlsx);
        Assert.Equal(0, again);
        Assert.Equal(0, second.GetProperty("imported").GetInt64());
        Assert.Equal(Fixtures.Fy2015Rows, second.GetProperty("duplicates").GetInt64());
        Assert.Equal(Fixtures.Fy2015Rows, await world.QueryAsync(db => db.PublicDetainerRecords.CountAsync()));
    }

    [Fact]
    public async Task An_import_stopped_halfway_is_finished_by_running_it_again_without_duplicates_or_gaps()
    {
        var world = World;
        var xlsx = Fixtures.Copy(Fixtures.Fy2015Xlsx, _folder);
        using var stop = new CancellationTokenSource();
        var progress = new InlineProgress(p => { if (p.Rows >= 31_000) stop.Cancel(); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => world.PipelineAsync(xlsx, progress, batchSize: 2_000, stop.Token));

        var committed = await world.QueryAsync(db => db.PublicDetainerRecords.CountAsync());
        Assert.InRange(committed, 2_000, 31_000);
        var marker = await world.QueryAsync(db => db.ImportSources.Select(s => s.CommittedThroughLine).SingleAsync());
        Assert.Equal(committed + 1, marker); // line 1 is the header; every committed line is a record

        var (exit, file) = await world.ImportJsonAsync(xlsx);
        Assert.Equal(0, exit);
        Assert.Equal(Fixtures.Fy2015Rows - committed, file.GetProperty("imported").GetInt64());
        Assert.Equal(committed, file.GetProperty("duplicates").GetInt64());

        var lines = await world.QueryAsync(db => db.PublicDetainerRecords.Select(r => r.Line).ToListAsync());
        Assert.Equal(Fixtures.Fy2015Rows, lines.Count);
        Assert.Equal(Enumerable.Range(2, Fixtures.Fy2015Rows).Select(i => (long)i), lines.Order());
        var source = await world.QueryAsync(db => db.ImportSources.SingleAsync());
        Assert.NotNull(source.CompletedAtUtc);
        Assert.Equal(Fixtures.Fy2015Rows, source.ImportedCount);
    }

    [Fact]
    public async Task The_CSV_extracts_import_with_their_lift_reasons_and_fiscal_years()
    {
        var world = World;
        var citizens = Fixtures.Copy(Fixtures.CitizensCsv, _folder);
        var notDeportable = Fixtures.Copy(Fixtures.NotDeportableCsv, _folder);

        var (exit, output) = await world.CliAsync("import", "ice-detainers", citizens, notDeportable);

        Assert.True(exit == 0, output);
        Assert.Contains("read 693, imported 693, rejected 0", output);
        Assert.Contains("read 1,846, imported 1,846, rejected 0", output);
        Assert.Equal(693, await world.QueryAsync(db => db.PublicDetainerRecords.CountAsync(r => r.LiftReason == PublicLiftReason.UsCitizenInterviewed)));
        Assert.Equal(1_846, await world.QueryAsync(db => db.PublicDetainerRecords.CountAsync(r => r.LiftReason == PublicLiftReason.NotSubjectToDeportation)));

        // Independently: the date is the first field, before any quoted facility name.
        var expected = File.ReadLines(citizens).Skip(1).Concat(File.ReadLines(notDeportable).Skip(1))
            .GroupBy(l => RawSheet.FiscalYear(DateOnly.ParseExact(l[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .ToDictionary(g => g.Key, g => g.Count());
        var stored = await world.QueryAsync(db => db.PublicDetainerRecords.GroupBy(r => r.FiscalYear)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal(expected.OrderBy(p => p.Key), stored.OrderBy(p => p.Key));
    }
}

public sealed class SqliteRealReleaseImportTests() : RealReleaseImportTests(DatabaseProvider.Sqlite);
public sealed class PostgresRealReleaseImportTests() : RealReleaseImportTests(DatabaseProvider.Postgres);
