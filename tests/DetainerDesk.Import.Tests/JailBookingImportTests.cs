using System.Text;
using DetainerDesk.Data.Imports;
using DetainerDesk.Data.Imports.JailBookings;
using DetainerDesk.Data.Linkage;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Import.Tests;

/// <summary>`import jail-bookings` on each database: the invented sample export, bad rows, re-imports and an interrupted run.</summary>
public abstract class JailBookingImportTests(DatabaseProvider provider) : IAsyncLifetime
{
    private ImportWorld? _world;
    private readonly string _folder = Fixtures.TempFolder();

    public async ValueTask InitializeAsync()
    {
        if (provider == DatabaseProvider.Postgres && TestDatabase.PostgresServer is null) return;
        _world = new ImportWorld(await TestDatabase.CreateAsync(provider));
        await JailWorld.SeedAsync(_world);
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

    private string CopySample()
    {
        var target = Path.Combine(_folder, JailWorld.SampleFile);
        File.Copy(JailWorld.Sample(), target);
        return target;
    }

    [Fact]
    public async Task The_sample_export_becomes_persons_bookings_charges_releases_and_a_detainer_receipt_and_a_second_import_adds_nothing()
    {
        var world = World;
        var file = CopySample();

        var (exit, summary) = await JailWorld.ImportJsonAsync(world, file);

        Assert.Equal(0, exit);
        Assert.Equal(9, summary.GetProperty("read").GetInt64());
        Assert.Equal(9, summary.GetProperty("imported").GetInt64());
        Assert.Equal(0, summary.GetProperty("rejected").GetInt64());
        Assert.Equal(JailBookingImport.KindName, summary.GetProperty("kind").GetString());
        // Seeded: one person, one booking with one charge recorded through the API (no number), which line 2 repeats.
        // Korvelle's second booking attaches to her by A-number.
        Assert.Equal((5, 6, 8, 3), await JailWorld.CountsAsync(world));
        // The four new persons wait to be matched against the known ones (identity review), like a booking pushed through the API.
        Assert.Equal(4, await world.QueryAsync(db => db.OutboxJobs.CountAsync(j => j.Kind == PersonArrival.JobKind)));
        Assert.Equal([null], await world.QueryAsync(db => db.Charges.Where(c => db.Bookings.Any(b => b.Id == c.BookingId && b.BookingNumber == "B26-000090"))
            .Select(c => c.Sequence).ToListAsync()));

        var korvelle = await world.QueryAsync(db => db.Persons.Where(p => p.ANumber == "A200000090").Select(p => p.Id).ToListAsync());
        Assert.Single(korvelle);
        Assert.Equal(2, await world.QueryAsync(db => db.Bookings.CountAsync(b => b.PersonId == korvelle[0])));

        var b101 = await world.QueryAsync(db => db.Bookings.Include(b => b.Charges).SingleAsync(b => b.BookingNumber == "B26-000101"));
        Assert.Equal(new DateTime(2026, 3, 2, 16, 15, 0, DateTimeKind.Utc), b101.BookedAtUtc); // 08:15 Pacific, no offset in the file
        Assert.Equal(new DateTime(2026, 3, 5, 0, 0, 0, DateTimeKind.Utc), b101.ReleasedAtUtc);
        Assert.Equal(BookingReleaseReason.Bond, b101.ReleaseReason);
        Assert.Equal([(1, "5404", ChargeLevel.Misdemeanor), (2, "5499", ChargeLevel.Misdemeanor)],
            b101.Charges.OrderBy(c => c.Sequence).Select(c => (c.Sequence!.Value, c.NcicCode, c.Level)));
        var quellbrook = await world.QueryAsync(db => db.Persons.SingleAsync(p => p.Id == b101.PersonId));
        Assert.Equal(("A201555101", "WA99000101", Sex.Female, "Mexico"), (quellbrook.ANumber, quellbrook.StateId, quellbrook.Sex, quellbrook.CountryOfCitizenship));
        var b102 = await world.QueryAsync(db => db.Bookings.SingleAsync(b => b.BookingNumber == "B26-000102"));
        Assert.Equal(new DateTime(2026, 3, 4, 6, 40, 0, DateTimeKind.Utc), b102.BookedAtUtc);
        Assert.Null(b102.ReleasedAtUtc);

        var detainer = await world.QueryAsync(db => db.Detainers.SingleAsync(d => d.Id == JailWorld.DetainerId));
        Assert.Equal(DetainerStatus.Received, detainer.Status);
        Assert.Equal(new DateTime(2026, 2, 21, 17, 30, 0, DateTimeKind.Utc), detainer.ReceivedAtUtc);
        Assert.Equal(1, await world.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "detainer.acknowledge" && a.EntityId == JailWorld.DetainerId.ToString())));
        var audit = await world.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "import.jail-bookings"));
        Assert.Contains("imported=9", audit.Details);
        Assert.NotNull(audit.OrganisationId);

        var (again, second) = await JailWorld.ImportJsonAsync(world, file);
        Assert.Equal(0, again);
        Assert.Equal(0, second.GetProperty("imported").GetInt64());
        Assert.Equal(9, second.GetProperty("duplicates").GetInt64());
        Assert.Equal((5, 6, 8, 3), await JailWorld.CountsAsync(world));
        Assert.Equal(4, await world.QueryAsync(db => db.OutboxJobs.CountAsync(j => j.Kind == PersonArrival.JobKind)));

        // The same rows in another file (tomorrow's export repeats today's bookings): still nothing twice.
        var renamed = Path.Combine(_folder, "next-day.csv");
        await File.WriteAllTextAsync(renamed, (await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)) + "\n", TestContext.Current.CancellationToken);
        var (third, next) = await JailWorld.ImportJsonAsync(world, renamed);
        Assert.Equal(0, third);
        Assert.Equal(9, next.GetProperty("duplicates").GetInt64());
        Assert.Equal((5, 6, 8, 3), await JailWorld.CountsAsync(world));
        Assert.Equal(1, await world.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "detainer.acknowledge")));
    }

    private static readonly string[] Header = JailBookingColumns.List.Select(c => c.Name).ToArray();

    /// <summary>A valid row of a new booking at TKCJ, with the given columns changed.</summary>
    private static string Row(string booking, params (string Column, string Value)[] changes)
    {
        var values = new Dictionary<string, string>
        {
            ["facility_code"] = "TKCJ", ["booking_number"] = booking, ["booked_at"] = "2026-03-02 08:15", ["family_name"] = "Pellucidor",
            ["given_name"] = "Ansel", ["date_of_birth"] = "1985-06-01", ["sex"] = "M", ["charge_seq"] = "1", ["ncic_code"] = "5404",
            ["charge_description"] = "Driving under the influence", ["charge_level"] = "M",
        };
        foreach (var (column, value) in changes) values[column] = value;
        return string.Join(',', Header.Select(h => values.TryGetValue(h, out var v) ? Quote(v) : ""));
    }

    private static string Quote(string value) => value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    [Fact]
    public async Task Bad_rows_are_rejected_with_line_column_value_and_reason_and_leave_nothing_behind()
    {
        var world = World;
        // A second known person whose FBI number a row pairs with the first person's A-number.
        await world.QueryAsync(async db =>
        {
            db.Persons.Add(new Person { Id = Guid.NewGuid(), FamilyName = "Thistlewood", GivenName = "Orla", DateOfBirth = new DateOnly(1970, 5, 5), CountryOfCitizenship = "Peru", FbiNumber = "FB77" });
            return await db.SaveChangesAsync();
        });
        var before = await JailWorld.CountsAsync(world);
        var csv = Path.Combine(_folder, "bad.csv");
        await File.WriteAllLinesAsync(csv,
        [
            string.Join(',', Header),
            Row("B26-000200", ("facility_code", "TPCJ")),                                   // 2: another agency's jail
            Row("B26-000201", ("booked_at", "2026-13-45 08:00")),                            // 3
            Row("B26-000202", ("ncic_code", "54X4")),                                        // 4
            Row("B26-000203", ("family_name", "=HYPERLINK(\"http://x\")")),                  // 5
            Row("B26-000204", ("a_number", "A200000090"), ("fbi_number", "FB77")),          // 6: two different people
            Row("B26-000090", ("booked_at", "2026-02-20T02:00:00-08:00"), ("detainer_id", Guid.Empty.ToString()), ("detainer_received_at", "2026-02-22 09:00")), // 7
            Row("B26-000205", ("released_at", "2026-03-01 10:00"), ("release_reason", "Bond")), // 8: released before booked
            Row("B26-000090", ("booked_at", "2026-02-20T03:00:00-08:00")),                  // 9: not the recorded booking time
            Row("B26-000206"),                                                               // 10: good
            Row("B26-000206", ("ncic_code", "2399")),                                        // 11: charge 1 is recorded as 5404
            Row("B26-000207", ("given_name", new string('x', 300))),                        // 12
            Row("B26-000208", ("released_at", "2026-03-03 10:00"), ("release_reason", "Escaped")), // 13
            Row("B26-000090", ("booked_at", "2026-02-20T02:00:00-08:00"), ("fbi_number", "FB77")), // 14: another person's FBI number
            "TKCJ,B26-000209,2026-03-02",                                                    // 15: truncated
        ], TestContext.Current.CancellationToken);

        var (exit, summary) = await JailWorld.ImportJsonAsync(world, csv);

        Assert.Equal(0, exit);
        Assert.Equal(14, summary.GetProperty("read").GetInt64());
        Assert.Equal(1, summary.GetProperty("imported").GetInt64());
        Assert.Equal(13, summary.GetProperty("rejected").GetInt64());
        var rejects = await File.ReadAllTextAsync(csv + ".rejects.csv", TestContext.Current.CancellationToken);
        Assert.Contains("2,facility_code,TPCJ,not a facility of agency WA0179900", rejects);
        Assert.Contains("3,booked_at,2026-13-45 08:00,\"not a date and time", rejects);
        Assert.Contains("4,ncic_code,54X4,\"an NCIC offence code is four digits", rejects);
        Assert.Contains("5,family_name,\"'=HYPERLINK", rejects);
        Assert.Contains("6,a_number,,\"The identifiers given belong to different people", rejects);
        Assert.Contains($"7,detainer_id,{Guid.Empty},no detainer with this id was lodged at this agency's facilities", rejects);
        Assert.Contains("8,released_at,2026-03-01 10:00,the release is before the booking", rejects);
        Assert.Contains("9,booked_at,2026-02-20T11:00:00Z,booking B26-000090 at TKCJ is recorded as booked at 2026-02-20T10:00:00Z", rejects);
        Assert.Contains("11,ncic_code,2399,charge 1 of booking B26-000206 is recorded with NCIC code 5404", rejects);
        Assert.Contains("12,given_name,", rejects);
        Assert.Contains("300 characters long", rejects);
        Assert.Contains("13,release_reason,Escaped,\"not a release reason we know", rejects);
        Assert.Contains("14,fbi_number,,booking B26-000090 belongs to one person and this row's identifiers to another person", rejects);
        Assert.Contains("15,family_name,,", rejects); // the first column the broken line lacks, as every importer names it
        Assert.Contains("truncated or broken line", rejects);

        // Only line 10 wrote anything: one person, one booking, one charge.
        Assert.Equal((before.Persons + 1, before.Bookings + 1, before.Charges + 1, 0), await JailWorld.CountsAsync(world));

        // Run again: the same rejects in the reject file, the good row a duplicate, and the file's totals not counted twice.
        var (again, second) = await JailWorld.ImportJsonAsync(world, csv);
        Assert.Equal(0, again);
        Assert.Equal((0L, 13L, 1L), (second.GetProperty("imported").GetInt64(), second.GetProperty("rejected").GetInt64(), second.GetProperty("duplicates").GetInt64()));
        Assert.Equal(rejects, await File.ReadAllTextAsync(csv + ".rejects.csv", TestContext.Current.CancellationToken));
        var totals = await world.QueryAsync(db => db.ImportSources.SingleAsync());
        Assert.Equal((1L, 13L), (totals.ImportedCount, totals.RejectedCount));
        Assert.Null(await world.QueryAsync(db => db.Detainers.Where(d => d.Id == JailWorld.DetainerId).Select(d => d.ReceivedAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task Only_the_named_agencys_facilities_are_written_and_an_unknown_agency_is_refused()
    {
        var world = World;
        var file = CopySample();
        var before = await JailWorld.CountsAsync(world);

        var (exit, summary) = await JailWorld.ImportJsonAsync(world, file, JailWorld.AgencyB);

        Assert.Equal(0, exit);
        Assert.Equal(9, summary.GetProperty("rejected").GetInt64());
        Assert.Equal(before, await JailWorld.CountsAsync(world));
        Assert.Contains("not a facility of agency WA0539900 (its facilities: TPCJ)", await File.ReadAllTextAsync(file + ".rejects.csv", TestContext.Current.CancellationToken));

        var (refused, _) = await world.CliAsync("import", JailBookingImport.KindName, file, "--agency", "XX0000000");
        Assert.Equal(2, refused);

        // The same file for its own agency afterwards is a source of its own, and imports.
        var (ok, own) = await JailWorld.ImportJsonAsync(world, file);
        Assert.Equal(0, ok);
        Assert.Equal(9, own.GetProperty("imported").GetInt64());
    }

    [Fact]
    public async Task A_file_in_another_encoding_or_without_required_columns_gives_a_clear_message()
    {
        var world = World;
        var latin1 = Path.Combine(_folder, "latin1.csv");
        var text = string.Join('\n', string.Join(',', Header), Row("B26-000300", ("family_name", "Muñoz-Quill"))) + "\n";
        await File.WriteAllBytesAsync(latin1, Encoding.Latin1.GetBytes(text), TestContext.Current.CancellationToken);
        var (exit, summary) = await JailWorld.ImportJsonAsync(world, latin1);
        Assert.Equal(0, exit);
        Assert.Equal(1, summary.GetProperty("rejected").GetInt64());
        Assert.Contains("is the file in another encoding", await File.ReadAllTextAsync(latin1 + ".rejects.csv", TestContext.Current.CancellationToken));

        var noDob = Path.Combine(_folder, "no-dob.csv");
        await File.WriteAllTextAsync(noDob, "facility_code,booking_number,booked_at,family_name,given_name\nTKCJ,B1,2026-03-02 08:15,A,B\n", TestContext.Current.CancellationToken);
        var (failed, output) = await world.CliAsync("import", JailBookingImport.KindName, noDob, "--agency", JailWorld.AgencyA);
        Assert.Equal(ImportCommandExit.FileFailed, failed);
        Assert.Contains("'date_of_birth'", output);
    }

    [Fact]
    public async Task An_import_stopped_halfway_is_finished_by_running_it_again_without_duplicates_or_gaps()
    {
        var world = World;
        const int bookings = 600;
        var file = Path.Combine(_folder, "large.csv");
        await File.WriteAllLinesAsync(file, Enumerable.Range(1, bookings).SelectMany(b => new[]
        {
            Row($"L{b:D6}", ("family_name", $"Fernwhistle{b % 97}"), ("a_number", $"A3{b:D8}"), ("charge_seq", "1"), ("ncic_code", "5404")),
            Row($"L{b:D6}", ("family_name", $"Fernwhistle{b % 97}"), ("a_number", $"A3{b:D8}"), ("charge_seq", "2"), ("ncic_code", "2399"),
                ("released_at", "2026-03-09 10:00"), ("release_reason", "Time served")),
        }).Prepend(string.Join(',', Header)), TestContext.Current.CancellationToken);
        var before = await JailWorld.CountsAsync(world);
        using var stop = new CancellationTokenSource();
        var progress = new InlineProgress(p => { if (p.Rows >= 400) stop.Cancel(); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => JailWorld.RunAsync(world, JailWorld.AgencyA, file, progress, batchSize: 50, stop.Token));

        var partial = await JailWorld.CountsAsync(world);
        Assert.InRange(partial.Bookings - before.Bookings, 1, 250);
        var marker = await world.QueryAsync(db => db.ImportSources.Select(s => s.CommittedThroughLine).SingleAsync());
        Assert.Equal(partial.Charges - before.Charges + 1, marker); // the marker moved with the committed rows, nothing past them

        var (exit, summary) = await JailWorld.ImportJsonAsync(world, file);
        Assert.Equal(0, exit);
        Assert.Equal(2 * bookings, summary.GetProperty("read").GetInt64());
        Assert.Equal(0, summary.GetProperty("rejected").GetInt64());
        Assert.Equal(partial.Charges - before.Charges, summary.GetProperty("duplicates").GetInt64());
        Assert.Equal(2 * bookings - (partial.Charges - before.Charges), summary.GetProperty("imported").GetInt64());

        Assert.Equal((before.Persons + bookings, before.Bookings + bookings, before.Charges + 2 * bookings, bookings), await JailWorld.CountsAsync(world));
        var sequences = await world.QueryAsync(db => db.Bookings.Where(b => b.BookingNumber.StartsWith("L"))
            .Select(b => b.Charges.Select(c => c.Sequence).OrderBy(s => s).ToList()).ToListAsync());
        Assert.All(sequences, s => Assert.Equal([1, 2], s));
        Assert.NotNull(await world.QueryAsync(db => db.ImportSources.Select(s => s.CompletedAtUtc).SingleAsync()));
    }
}

public sealed class SqliteJailBookingImportTests() : JailBookingImportTests(DatabaseProvider.Sqlite);
public sealed class PostgresJailBookingImportTests() : JailBookingImportTests(DatabaseProvider.Postgres);
