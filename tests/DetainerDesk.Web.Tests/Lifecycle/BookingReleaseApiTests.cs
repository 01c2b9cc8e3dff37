using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Imports;
using DetainerDesk.Data.Imports.JailBookings;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.Lifecycle;

/// <summary>
/// The bookings API says what a jail export says (docs/jail-bookings.md): charge numbers, and the release with the
/// export's words for its reason — once per booking, only by the agency holding it, audited, and leaving a detainer
/// on the booking to its own steps.
/// </summary>
public abstract class BookingReleaseApiTests(DeskFactory app) : JailApiSteps(app)
{
    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);

    private static JsonObject Release(DateTimeOffset at, string? reason) => new() { ["releasedAt"] = Time(at), ["reason"] = reason };

    [Fact]
    public async Task A_booking_is_released_once_with_the_exports_words_and_shows_its_numbered_charges()
    {
        Factory.SkipIfUnavailable();
        var digits = UniqueDigits(9);
        var body = Booking(Factory.World.FacilityAId, $"RL{digits}", Person($"A{digits}"));
        body["charges"]![0]!["sequence"] = 2;
        body["charges"]![1]!["sequence"] = 1;
        var booked = await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", body);
        Assert.Equal(HttpStatusCode.Created, booked.Status);
        var id = (string)booked.Body["id"]!;
        Assert.Null(booked.Body["release"]);
        var charges = booked.Body["charges"]!.AsArray();
        Assert.Equal([1, 2], charges.Select(c => (int)c!["sequence"]!));
        Assert.Equal(["1313", "5404"], charges.Select(c => (string)c!["ncicCode"]!));

        // ICE lodges on the booking and the jail receives it: the booking's release leaves that detainer as it is.
        var detainer = await LodgeAsync(Factory.World.FacilityAId, d =>
        {
            d["bookingNumber"] = $"RL{digits}";
            d["subject"]!["aNumber"] = $"A{digits}";
        });
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(Factory.World.ClerkAKey, detainer, "acknowledge")).Status);

        var at = DateTimeOffset.UtcNow.AddMinutes(-10).ToOffset(TimeSpan.FromHours(-8));
        var released = await PostAsync(Factory.World.ClerkAKey, $"/api/v1/bookings/{id}/release", Release(at, "r.o.r."), idempotencyKey: $"jms-rel-{digits}");
        Assert.Equal(HttpStatusCode.OK, released.Status);
        Assert.Equal("OwnRecognizance", (string?)released.Body["release"]!["reason"]);
        var kept = DateTime.Parse((string)released.Body["release"]!["releasedAt"]!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        Assert.Equal(at.UtcDateTime.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, kept.Ticks);

        // A retry with the same key gets the first answer; the same release without a key changes nothing.
        var retry = await PostAsync(Factory.World.ClerkAKey, $"/api/v1/bookings/{id}/release", Release(at, "r.o.r."), idempotencyKey: $"jms-rel-{digits}");
        Assert.Equal(HttpStatusCode.OK, retry.Status);
        Assert.Equal(released.Raw, retry.Raw);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Factory.World.ClerkAKey, $"/api/v1/bookings/{id}/release", Release(at, "OwnRecognizance"))).Status);

        var differs = await PostAsync(Factory.World.ClerkAKey, $"/api/v1/bookings/{id}/release", Release(at, "Bond"));
        Assert.Equal(HttpStatusCode.Conflict, differs.Status);
        Assert.Equal("release-differs", (string?)differs.Body["code"]);
        Assert.Contains("already recorded as released", (string?)differs.Body["detail"]);

        var (read, shown) = await GetAsync(Factory.World.ClerkAKey, $"/api/v1/bookings/{id}");
        Assert.Equal(HttpStatusCode.OK, read);
        Assert.Equal("OwnRecognizance", (string?)shown!["release"]!["reason"]);
        Assert.Equal([1, 2], shown["charges"]!.AsArray().Select(c => (int)c!["sequence"]!));
        Assert.Equal("Received", await StatusOfAsync(Factory.World.ClerkAKey, detainer));

        var audit = await InDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id && a.Action == "booking.release")
            .Select(a => a.Outcome).ToListAsync(Ct));
        Assert.Equal(2, audit.Count(o => o == "success"));
        Assert.Equal(1, audit.Count(o => o == "refused"));
    }

    [Fact]
    public async Task A_release_is_refused_before_the_booking_with_unknown_words_in_the_future_and_by_anyone_but_the_holding_agency()
    {
        Factory.SkipIfUnavailable();
        var digits = UniqueDigits(9);
        var booked = await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", Booking(Factory.World.FacilityAId, $"RF{digits}", Person()));
        Assert.Equal(HttpStatusCode.Created, booked.Status);
        var path = $"/api/v1/bookings/{booked.Body["id"]}/release";

        var before = await PostAsync(Factory.World.ClerkAKey, path, Release(DateTimeOffset.UtcNow.AddHours(-3), "Bond"));
        Assert.Equal(HttpStatusCode.Conflict, before.Status);
        Assert.Equal("release-before-booking", (string?)before.Body["code"]);
        Assert.StartsWith("application/problem+json", before.Response.Content.Headers.ContentType?.ToString());

        var unknown = await PostAsync(Factory.World.ClerkAKey, path, Release(DateTimeOffset.UtcNow, "Escaped"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Contains("not a release reason we know", (string?)unknown.Body["errors"]!["reason"]![0], StringComparison.OrdinalIgnoreCase);

        var future = await PostAsync(Factory.World.ClerkAKey, path, Release(DateTimeOffset.UtcNow.AddHours(2), "Bond"));
        Assert.Equal(HttpStatusCode.BadRequest, future.Status);
        Assert.Contains("future", (string?)future.Body["errors"]!["releasedAt"]![0]);

        var missing = await PostAsync(Factory.World.ClerkAKey, path, new JsonObject());
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.NotNull(missing.Body["errors"]!["releasedAt"]);
        Assert.NotNull(missing.Body["errors"]!["reason"]);

        var elsewhere = await PostAsync(Factory.World.ClerkBKey, path, Release(DateTimeOffset.UtcNow, "Bond"));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(Factory.World.ClerkAKey, $"/api/v1/bookings/{Guid.NewGuid()}/release", Release(DateTimeOffset.UtcNow, "Bond"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(Factory.World.OfficerKey, path, Release(DateTimeOffset.UtcNow, "Bond"))).Status);

        // Nothing refused was kept: the release can still be recorded.
        var ok = await PostAsync(Factory.World.ClerkAKey, path, Release(DateTimeOffset.UtcNow.AddMinutes(-1), "Transferred to ICE"));
        Assert.Equal(HttpStatusCode.OK, ok.Status);
        Assert.Equal("TransferredToIce", (string?)ok.Body["release"]!["reason"]);
    }

    [Fact]
    public async Task A_jail_export_repeating_what_the_API_recorded_adds_nothing_and_a_different_release_is_rejected()
    {
        Factory.SkipIfUnavailable();
        var digits = UniqueDigits(9);
        var booked = DateTimeOffset.UtcNow.AddHours(-5).ToOffset(TimeSpan.FromHours(-8));
        booked = booked.AddTicks(-(booked.Ticks % TimeSpan.TicksPerSecond));
        var body = Booking(Factory.World.FacilityAId, $"RX{digits}", Person($"A{digits}"));
        body["bookedAt"] = Time(booked);
        body["charges"]![0]!["sequence"] = 1;
        body["charges"]![1]!["sequence"] = 2;
        var pushed = await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", body);
        Assert.Equal(HttpStatusCode.Created, pushed.Status);
        var released = booked.AddHours(3).AddMilliseconds(250);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Factory.World.ClerkAKey, $"/api/v1/bookings/{pushed.Body["id"]}/release", Release(released, "Bail"))).Status);

        string Row(int seq, string code, string description, string reason) => string.Join(',', "TKCJ", $"RX{digits}", booked.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            "Quintero Salas", "Test", "", "1990-04-17", "M", "", $"A{digits}", "", "", seq, code, description, "M",
            released.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), reason, "", "");
        var header = string.Join(',', JailBookingColumns.List.Select(c => c.Name));
        var file = Path.Combine(Path.GetTempPath(), $"api-parity-{digits}.csv");
        await File.WriteAllLinesAsync(file, [header, Row(1, "5404", "Driving under the influence", "Bond"), Row(2, "1313", "Simple assault", "Cash Bond"),
            Row(2, "1313", "Simple assault", "Court Order")], Ct);
        try
        {
            using var scope = Factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<DetainerDesk.Data.Persistence.AppDbContext>();
            var agency = (await JailBookingImport.FindAgencyAsync(db, "WA0179900", Ct))!;
            var summary = await new JailBookingImport(db, scope.ServiceProvider.GetRequiredService<AuditLog>(), TimeProvider.System)
                .RunAsync(agency, file, file + ".rejects.csv", Actor.System, ct: Ct);
            Assert.Equal((3L, 0L, 2L, 1L), (summary.Read, summary.Imported, summary.Duplicates, summary.Rejected));
            Assert.Contains("already recorded as released", await File.ReadAllTextAsync(file + ".rejects.csv", Ct));
        }
        finally
        {
            File.Delete(file);
            File.Delete(file + ".rejects.csv");
        }
        var (_, shown) = await GetAsync(Factory.World.ClerkAKey, $"/api/v1/bookings/{pushed.Body["id"]}");
        Assert.Equal(2, shown!["charges"]!.AsArray().Count);
        Assert.Equal("Bond", (string?)shown["release"]!["reason"]);
    }

    [Fact]
    public async Task Charge_numbers_are_optional_but_from_1_to_999_and_once_per_booking()
    {
        Factory.SkipIfUnavailable();
        var digits = UniqueDigits(9);
        var twice = Booking(Factory.World.FacilityAId, $"RS{digits}", Person());
        twice["charges"]![0]!["sequence"] = 1;
        twice["charges"]![1]!["sequence"] = 1;
        var refused = await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", twice);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("given twice", (string?)refused.Body["errors"]!["charges[1].sequence"]![0]);

        twice["charges"]![1]!["sequence"] = 1000;
        Assert.NotNull((await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", twice)).Body["errors"]!["charges[1].sequence"]);

        var unnumbered = await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", Booking(Factory.World.FacilityAId, $"RS{digits}", Person()));
        Assert.Equal(HttpStatusCode.Created, unnumbered.Status);
        Assert.All(unnumbered.Body["charges"]!.AsArray(), c => Assert.Null(c!["sequence"]));
    }
}

public sealed class SqliteBookingReleaseApiTests(SqliteDeskFactory app) : BookingReleaseApiTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresBookingReleaseApiTests(PostgresDeskFactory app) : BookingReleaseApiTests(app), IClassFixture<PostgresDeskFactory>;
