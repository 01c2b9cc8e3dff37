using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Imports;
using DetainerDesk.Data.Imports.JailBookings;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Import.Tests;

/// <summary>
/// What the jail-bookings tests start from: the web tests' agencies and jails (agency WA0179900 with jail TKCJ,
/// agency WA0539900 with TPCJ), one person already booked at TKCJ (one charge, as the API records it) and a detainer ICE lodged on that booking. All
/// names and numbers are invented.
/// </summary>
public static class JailWorld
{
    public const string AgencyA = "WA0179900";
    public const string AgencyB = "WA0539900";
    public const string SampleFile = "sample-bookings.csv";
    public static readonly Guid DetainerId = Guid.Parse("0193f0c2-7d1e-7a40-9a55-2f1f2e6c1a10");
    public static readonly DateTime KnownBookedAtUtc = new(2026, 2, 20, 10, 0, 0, DateTimeKind.Utc);

    public static string Sample() => Path.Combine(AppContext.BaseDirectory, "fixtures", "jail-bookings", SampleFile);

    public static async Task<TestWorld> SeedAsync(ImportWorld world)
    {
        await using var services = world.Services();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DatabaseSetup.MigrateAsync(db, CancellationToken.None);
        var test = await TestWorld.CreateAsync(db);

        var person = new Person
        {
            Id = Guid.NewGuid(), FamilyName = "Korvelle", GivenName = "Tamsin", DateOfBirth = new DateOnly(1990, 1, 15), Sex = Sex.Female,
            CountryOfCitizenship = "Honduras", ANumber = "A200000090",
        };
        // Recorded through the bookings API, whose charges carry no number.
        var booking = new Booking
        {
            Id = Guid.NewGuid(), PersonId = person.Id, FacilityId = test.FacilityAId, BookingNumber = "B26-000090", BookedAtUtc = KnownBookedAtUtc,
            Charges = [new Charge { Id = Guid.NewGuid(), NcicCode = "2399", Description = "Theft", Level = ChargeLevel.Misdemeanor }],
        };
        db.Persons.Add(person);
        db.Bookings.Add(booking);
        var command = new LodgeDetainerCommand(DetainerFormType.I247A, ProbableCauseBasis.BiometricAndDatabaseRecords, WarrantKind.AdministrativeI200,
            "W-26-0090", new DateOnly(2026, 2, 21), new SubjectDetails("Korvelle", "Tamsin", null, person.DateOfBirth, Sex.Female, "Honduras", person.ANumber),
            test.FacilityAId, booking.BookingNumber);
        var detainer = Detainer.Lodge(command, new LodgingContext(DetainerId, person.Id, booking.Id, test.FacilityAId, test.AgencyAId, test.OfficeId,
            "officer-test", new DateTime(2026, 2, 21, 12, 0, 0, DateTimeKind.Utc))).Value!;
        db.Detainers.Add(detainer);
        await db.SaveChangesAsync();
        return test;
    }

    /// <summary>The importer itself, for tests that interrupt it.</summary>
    public static async Task<ImportSummary> RunAsync(ImportWorld world, string agency, string path, IProgress<ImportProgress>? progress, int batchSize, CancellationToken ct)
    {
        await using var services = world.Services();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var organisation = await JailBookingImport.FindAgencyAsync(db, agency, ct) ?? throw new InvalidOperationException(agency);
        var importer = new JailBookingImport(db, scope.ServiceProvider.GetRequiredService<AuditLog>(), TimeProvider.System);
        return await importer.RunAsync(organisation, path, path + ".rejects.csv", Actor.System, progress, batchSize, ct);
    }

    /// <summary>Runs `import jail-bookings --agency … --json` and returns the exit code and the file's summary.</summary>
    public static async Task<(int Exit, System.Text.Json.JsonElement File)> ImportJsonAsync(ImportWorld world, string path, string agency = AgencyA)
    {
        var (exit, output) = await world.CliAsync("import", JailBookingImport.KindName, path, "--agency", agency, "--json");
        return (exit, System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("files")[0].Clone());
    }

    public static Task<(int Persons, int Bookings, int Charges, int Released)> CountsAsync(ImportWorld world) =>
        world.QueryAsync(async db => (await db.Persons.CountAsync(), await db.Bookings.CountAsync(), await db.Charges.CountAsync(),
            await db.Bookings.CountAsync(b => b.ReleasedAtUtc != null)));
}
