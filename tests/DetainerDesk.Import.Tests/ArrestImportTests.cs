using System.IO.Compression;
using System.Text;
using DetainerDesk.Data.Imports;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Import.Tests;

/// <summary>The real I-213 arrest release (gzip CSV) and small damaged files, imported through the command on each database.</summary>
public abstract class ArrestImportTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Kind = IceArrestImport.KindName;
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

    private string CopyFixture()
    {
        var target = Path.Combine(_folder, RawArrests.FileName);
        File.Copy(RawArrests.Original, target);
        return target;
    }

    [Fact]
    public async Task The_I213_release_imports_every_row_counted_per_fiscal_year_as_the_raw_file_counts_them_and_a_second_import_adds_nothing()
    {
        var world = World;
        var file = CopyFixture();

        var (exit, summary) = await world.ImportJsonAsync(file, kind: Kind);

        Assert.Equal(0, exit);
        Assert.Equal(RawArrests.Rows, summary.GetProperty("read").GetInt64());
        Assert.Equal(RawArrests.Rows, summary.GetProperty("imported").GetInt64());
        Assert.Equal(0, summary.GetProperty("rejected").GetInt64());
        Assert.Equal("csv.gz", summary.GetProperty("format").GetString());
        // Two geocoded places are not US states (British Columbia, and "HP"): kept as released, state left empty.
        Assert.Equal(["state: BC", "state: HP"], summary.GetProperty("unmapped").EnumerateObject().Select(p => p.Name).Order());

        var raw = RawArrests.Read(file);
        var expectedByYear = raw.GroupBy(r => RawArrests.FiscalYear(r["apprehension_date"])).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expectedByYear.OrderBy(p => p.Key), raw.GroupBy(r => int.Parse(r["fy"], System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key)); // the release's own fy column agrees
        var storedByYear = await world.QueryAsync(db => db.PublicArrestRecords.GroupBy(r => r.FiscalYear)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal(expectedByYear.OrderBy(p => p.Key), storedByYear.OrderBy(p => p.Key));

        async Task<int> Count(System.Linq.Expressions.Expression<Func<PublicArrestRecord, bool>> where) =>
            await world.QueryAsync(db => db.PublicArrestRecords.CountAsync(where));
        int RawCount(Func<Dictionary<string, string>, bool> where) => raw.Count(where);

        Assert.Equal(RawCount(r => r["apprehension_method_descr"] is "Non-Custodial Arrest" or "Located"), await Count(r => r.ArrestSetting == ArrestSetting.AtLarge));
        Assert.Equal(7_843, await Count(r => r.ArrestSetting == ArrestSetting.AtLarge));
        Assert.Equal(RawCount(r => r["apprehension_method_descr"] is "CAP Local Incarceration" or "287(g) Program"), await Count(r => r.ArrestSetting == ArrestSetting.LocalJail));
        Assert.Equal(0, await Count(r => r.ApprehensionMethod == PublicApprehensionMethod.Unmapped || r.ApprehensionMethod == null));
        Assert.Equal(RawCount(r => r["criminal_charge_status"] == "Conviction"), await Count(r => r.Criminality == PublicCriminality.ConvictedCriminal));
        Assert.Equal(RawCount(r => r["criminal_charge_status"] == "Pending"), await Count(r => r.Criminality == PublicCriminality.PendingCriminalCharges));
        Assert.Equal(RawCount(r => RawArrests.HasCharge(r, "Convicted", "Homicide")),
            await Count(r => (r.ConvictionCategories & ConvictionCategories.Homicide) != 0));
        Assert.Equal(RawCount(r => RawArrests.HasCharge(r, "Convicted", "Sexual Assault", "Sex Offenses (Not Involving Assault or Commercialized Sex)")),
            await Count(r => (r.ConvictionCategories & ConvictionCategories.SexOffence) != 0));
        Assert.Equal(RawCount(r => RawArrests.HasCharge(r, "Convicted", "Dangerous Drugs")),
            await Count(r => (r.ConvictionCategories & ConvictionCategories.DangerousDrugs) != 0));
        Assert.Equal(RawCount(r => RawArrests.HasCharge(r, "Pending", "Dangerous Drugs")),
            await Count(r => (r.PendingCategories & ConvictionCategories.DangerousDrugs) != 0));

        // FOIA markers are redactions, kept as released and never read as a disposition.
        Assert.Equal(103, await Count(r => r.RedactedColumns != null && r.RedactedColumns.Contains("processing_disposition_descr")));
        Assert.Equal(103, await Count(r => r.RawProcessingDisposition == "(b)(6), (b)(7)(c)"));
        Assert.Equal(73, await Count(r => r.RedactedColumns != null && r.RedactedColumns.Contains("entry_admission_class_descr")));
        Assert.Equal(RawCount(r => r["state"] == "WA"), await Count(r => r.StateCode == "WA"));
        Assert.Equal(RawArrests.Rows, await Count(r => r.AorCode == "SEA"));
        // The longest charge list is kept whole.
        var longest = raw.Max(r => r["criminal_charges"].Length);
        Assert.Equal(longest, await world.QueryAsync(db => db.PublicArrestRecords.MaxAsync(r => r.RawCriminalCharges!.Length)));

        var (again, second) = await world.ImportJsonAsync(file, kind: Kind);
        Assert.Equal(0, again);
        Assert.Equal(0, second.GetProperty("imported").GetInt64());
        Assert.Equal(RawArrests.Rows, second.GetProperty("duplicates").GetInt64());
        Assert.Equal(RawArrests.Rows, await Count(_ => true));
    }

    [Fact]
    public async Task An_arrest_import_stopped_halfway_is_finished_by_running_it_again_without_duplicates_or_gaps()
    {
        var world = World;
        var file = CopyFixture();
        using var stop = new CancellationTokenSource();
        var progress = new InlineProgress(p => { if (p.Rows >= 5_000) stop.Cancel(); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            world.PipelineAsync(ImportWorld.ArrestKind.Value, file, progress, batchSize: 1_000, stop.Token));

        var committed = await world.QueryAsync(db => db.PublicArrestRecords.CountAsync());
        Assert.InRange(committed, 1_000, 5_000);
        var marker = await world.QueryAsync(db => db.ImportSources.Select(s => s.CommittedThroughLine).SingleAsync());
        Assert.Equal(committed + 1, marker);

        var (exit, summary) = await world.ImportJsonAsync(file, kind: Kind);
        Assert.Equal(0, exit);
        Assert.Equal(RawArrests.Rows - committed, summary.GetProperty("imported").GetInt64());
        Assert.Equal(committed, summary.GetProperty("duplicates").GetInt64());
        var lines = await world.QueryAsync(db => db.PublicArrestRecords.Select(r => r.Line).ToListAsync());
        Assert.Equal(Enumerable.Range(2, RawArrests.Rows).Select(i => (long)i), lines.Order());
    }

    private const string Header = "source_row,site_code,area_of_responsibility_code,apprehension_date,apprehension_method_descr,processing_disposition_descr,criminal_charges,state";

    [Fact]
    public async Task Bad_rows_are_rejected_with_line_column_and_reason_and_unknown_methods_are_kept_as_released()
    {
        var world = World;
        var csv = Path.Combine(_folder, "arrests.csv");
        await File.WriteAllLinesAsync(csv,
        [
            Header,
            "1,SEA,SEA,2024-03-01,Located,(b)(6),,WA",
            "2,SEA,SEA,(b)(6),Located,,,WA",
            "3,SEA,SEA,2024-03-01,Located,,\"[{\"\"NCIC_CATEGORY\"\":\"\"Homicide\"\"\",OR",
            "4,SEA,XYZ,2024-03-01,Located,,,OR",
            "5,SEA,SEA,2024-03-01,Collateral Arrest,,\"[{\"\"CHARGE_DATE\"\":\"\"2020-01-01\"\",\"\"NCIC_CATEGORY\"\":\"\"Homicide\"\",\"\"CHARGE_STATUS\"\":\"\"Convicted\"\"}]\",AK",
            "6,SEA,SEA,2024-03-01,=HYPERLINK(1),,,WA",
        ], TestContext.Current.CancellationToken);

        var (exit, summary) = await world.ImportJsonAsync(csv, kind: Kind);

        Assert.Equal(0, exit);
        Assert.Equal(6, summary.GetProperty("read").GetInt64());
        Assert.Equal(2, summary.GetProperty("imported").GetInt64());
        Assert.Equal(4, summary.GetProperty("rejected").GetInt64());
        Assert.Equal(1, summary.GetProperty("unmapped").GetProperty("apprehension_method_descr: Collateral Arrest").GetInt64());
        var rejects = await File.ReadAllTextAsync(csv + ".rejects.csv", TestContext.Current.CancellationToken);
        Assert.Contains("3,apprehension_date,(b)(6),\"the apprehension date is withheld under FOIA", rejects);
        Assert.Contains("4,criminal_charges,", rejects);
        Assert.Contains("5,area_of_responsibility_code,XYZ,\"not a field office code", rejects);
        Assert.Contains("7,apprehension_method_descr,", rejects);
        Assert.Contains("'=HYPERLINK", rejects);

        var records = await world.QueryAsync(db => db.PublicArrestRecords.OrderBy(r => r.Line).ToListAsync());
        Assert.Equal([2L, 6L], records.Select(r => r.Line));
        Assert.Equal("processing_disposition_descr", records[0].RedactedColumns);
        Assert.Equal("(b)(6)", records[0].RawProcessingDisposition);
        Assert.Null(records[0].Criminality);
        Assert.Equal(PublicApprehensionMethod.Unmapped, records[1].ApprehensionMethod);
        Assert.Equal("Collateral Arrest", records[1].RawApprehensionMethod);
        Assert.Equal(PublicCriminality.ConvictedCriminal, records[1].Criminality);
        Assert.Equal(ConvictionCategories.Homicide, records[1].ConvictionCategories);
        Assert.Equal("AK", records[1].StateCode);
    }

    [Fact]
    public async Task A_file_without_the_arrest_columns_or_a_truncated_gzip_stops_with_a_clear_message()
    {
        var world = World;
        var wrong = Path.Combine(_folder, "detainers.csv");
        await File.WriteAllTextAsync(wrong, "date,detainer_type,det_facility\n2015-01-01,I247D,X\n", TestContext.Current.CancellationToken);
        var (exit, output) = await world.CliAsync("import", Kind, wrong);
        Assert.Equal(ImportCommandExit.FileFailed, exit);
        Assert.Contains("'apprehension_date'", output);

        var truncated = Path.Combine(_folder, "truncated.csv.gz");
        var bytes = await File.ReadAllBytesAsync(RawArrests.Original, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 2)], TestContext.Current.CancellationToken);
        var (exit2, summary) = await world.ImportJsonAsync(truncated, kind: Kind);
        Assert.Equal(ImportCommandExit.FileFailed, exit2);
        Assert.False(summary.GetProperty("complete").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(summary.GetProperty("error").GetString()));
        // The rows before the damage are kept, and their count is what the run reports.
        Assert.Equal(summary.GetProperty("imported").GetInt64(), await world.QueryAsync(db => db.PublicArrestRecords.CountAsync()));
    }
}

internal static class ImportCommandExit
{
    public const int FileFailed = DetainerDesk.Cli.Commands.ImportCommand.FileFailed;
}

public sealed class SqliteArrestImportTests() : ArrestImportTests(DatabaseProvider.Sqlite);
public sealed class PostgresArrestImportTests() : ArrestImportTests(DatabaseProvider.Postgres);
