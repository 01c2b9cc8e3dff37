using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Bench;

/// <summary>
/// A SQLite database with many detainers spread over many agencies, built once per benchmark run.
/// Deterministic (fixed seed), so two runs measure the same data.
/// </summary>
public sealed class BenchWorld : IAsyncDisposable
{
    private readonly string _file;

    private BenchWorld(string file, SqliteAppDbContext db, Organisation office, Organisation agency, Organisation hq, Guid someDetainer)
    {
        _file = file;
        Db = db;
        Office = office;
        Agency = agency;
        Headquarters = hq;
        SomeDetainer = someDetainer;
    }

    public SqliteAppDbContext Db { get; }
    public Organisation Office { get; }
    public Organisation Agency { get; }
    public Organisation Headquarters { get; }
    public Guid SomeDetainer { get; }

    public static async Task<BenchWorld> CreateAsync(int detainers, int agencies)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dd-bench-{Guid.NewGuid():N}.db");
        var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file}").Options);
        await DatabaseSetup.MigrateAsync(db);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var random = new Random(42);
        var hq = new Organisation { Id = Guid.NewGuid(), Code = "HQ", Name = "Headquarters", Kind = OrganisationKind.Headquarters };
        var offices = Enumerable.Range(0, 24).Select(i => new Organisation { Id = Guid.NewGuid(), Code = $"F{i:00}", Name = $"Office {i}", Kind = OrganisationKind.FieldOffice }).ToList();
        var agencyOrgs = Enumerable.Range(0, agencies).Select(i => new Organisation { Id = Guid.NewGuid(), Code = $"A{i:0000}", Name = $"Agency {i}", Kind = OrganisationKind.LocalAgency }).ToList();
        var facilities = agencyOrgs.Select((a, i) => new Facility { Id = Guid.NewGuid(), Code = $"J{i:0000}", Name = $"Jail {i}", AgencyId = a.Id, City = "City", StateCode = "WA", CountyFips = "53033", AorCode = "SEA", TimeZone = "America/Los_Angeles" }).ToList();
        db.AddRange(hq);
        db.AddRange(offices);
        db.AddRange(agencyOrgs);
        db.AddRange(facilities);
        await db.SaveChangesAsync();

        // I-247A era: every generated detainer must pass the real lodging rules.
        var start = new DateTime(2017, 4, 2, 0, 0, 0, DateTimeKind.Utc);
        Guid some = Guid.Empty;
        for (var done = 0; done < detainers; done += 5000)
        {
            for (var i = done; i < Math.Min(detainers, done + 5000); i++)
            {
                var facility = facilities[random.Next(facilities.Count)];
                var lodged = start.AddMinutes(random.Next(9 * 365 * 24 * 60));
                var person = new Person { Id = Guid.NewGuid(), FamilyName = $"Family{i}", GivenName = "Given", DateOfBirth = new DateOnly(1980, 1, 1).AddDays(random.Next(9000)), CountryOfCitizenship = "Mexico" };
                var booking = new Booking { Id = Guid.NewGuid(), PersonId = person.Id, FacilityId = facility.Id, BookingNumber = $"B{i}", BookedAtUtc = lodged };
                var command = new LodgeDetainerCommand(DetainerFormType.I247A, ProbableCauseBasis.PendingRemovalProceedings, WarrantKind.AdministrativeI200, $"W{i}",
                    DateOnly.FromDateTime(lodged), new SubjectDetails(person.FamilyName, person.GivenName, null, person.DateOfBirth, Sex.Male, "Mexico", null), facility.Id, booking.BookingNumber);
                var lodging = Detainer.Lodge(command, new LodgingContext(Guid.NewGuid(), person.Id, booking.Id, facility.Id, facility.AgencyId, offices[random.Next(offices.Count)].Id, "bench", lodged));
                var detainer = lodging.Value ?? throw new InvalidOperationException(string.Join("; ", lodging.Errors.Select(e => e.Message)));
                if (random.Next(10) < 7) detainer.Acknowledge("bench", lodged.AddHours(3));
                db.AddRange(person, booking, detainer);
                some = detainer.Id;
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        return new BenchWorld(file, db, offices[0], agencyOrgs[0], hq, some);
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_file + suffix);
    }
}
