using System.Net;
using System.Text.Json.Nodes;
using DetainerDesk.Web.Tests.Infrastructure;

namespace DetainerDesk.Web.Tests.Lifecycle;

/// <summary>Jails push bookings; a re-arrest of a known person comes back with the person's earlier detainers and how they ended.</summary>
public abstract class BookingApiTests(DeskFactory app) : JailApiSteps(app)
{
    [Fact]
    public async Task A_re_arrest_is_linked_by_FBI_number_and_shows_the_earlier_detainer_and_how_it_ended()
    {
        Factory.SkipIfUnavailable();
        var digits = UniqueDigits(9);
        var fbi = $"{digits[..6]}-AB{digits[6]}";
        var first = await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", Booking(Factory.World.FacilityAId, $"KC{digits}", Person($"A{digits}", fbi, $"WA{digits}")));
        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.False((bool)first.Body["reArrest"]!);
        Assert.Empty(first.Body["earlierDetainers"]!.AsArray());
        Assert.Equal($"A{digits}", (string?)first.Body["person"]!["aNumber"]);
        Assert.Equal($"{digits[..6]}AB{digits[6]}", (string?)first.Body["person"]!["fbiNumber"]);
        Assert.Equal(2, first.Body["charges"]!.AsArray().Count);
        Assert.Equal($"/api/v1/bookings/{first.Body["id"]}", first.Response.Headers.Location?.OriginalString);

        // ICE lodges on that booking (the A-number finds the same person), and the agency releases under its law.
        var id = await LodgeAsync(Factory.World.FacilityAId, body =>
        {
            body["bookingNumber"] = $"KC{digits}";
            body["subject"]!["aNumber"] = $"A-{digits}";
        });
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(Factory.World.ClerkAKey, id, "acknowledge")).Status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(Factory.World.ClerkAKey, id, "decision", new { response = "Decline" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(Factory.World.ClerkAKey, id, "release-declined", new { source = "jail release log" })).Status);

        var again = await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", Booking(Factory.World.FacilityAId, $"KC{digits}-2", Person(fbi: fbi)));
        Assert.Equal(HttpStatusCode.Created, again.Status);
        Assert.True((bool)again.Body["reArrest"]!);
        Assert.Equal("FBI number", (string?)again.Body["matchedBy"]);
        Assert.Equal(first.Body["person"]!["id"]!.ToString(), again.Body["person"]!["id"]!.ToString());
        var earlier = Assert.Single(again.Body["earlierDetainers"]!.AsArray())!;
        Assert.Equal(id, (string?)earlier["id"]);
        Assert.Equal("ReleasedDeclined", (string?)earlier["outcome"]);
        Assert.Equal("Released – declined", (string?)earlier["outcomeText"]);
        Assert.Equal($"KC{digits}", (string?)earlier["bookingNumber"]);

        var (read, same) = await GetAsync(Factory.World.ClerkAKey, $"/api/v1/bookings/{again.Body["id"]}");
        Assert.Equal(HttpStatusCode.OK, read);
        Assert.Equal(id, (string?)same!["earlierDetainers"]![0]!["id"]);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Factory.World.ClerkBKey, $"/api/v1/bookings/{again.Body["id"]}")).Status);

        // Re-arrested in another county: that jail learns there was a detainer and how it ended, not where.
        var elsewhere = await PostAsync(Factory.World.ClerkBKey, "/api/v1/bookings", Booking(Factory.World.FacilityBId, $"PC{digits}", Person(sid: $"wa-{digits}")));
        Assert.Equal(HttpStatusCode.Created, elsewhere.Status);
        var foreign = Assert.Single(elsewhere.Body["earlierDetainers"]!.AsArray())!;
        Assert.Equal("ReleasedDeclined", (string?)foreign["outcome"]);
        Assert.False((bool)foreign["visible"]!);
        Assert.Null(foreign["facility"]);
        Assert.Equal(2, (int)elsewhere.Body["earlierBookings"]!);
    }

    [Fact]
    public async Task A_booking_is_refused_at_another_agencys_facility_with_bad_codes_twice_or_with_identifiers_of_two_people()
    {
        Factory.SkipIfUnavailable();
        var digits = UniqueDigits(9);
        var foreign = await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", Booking(Factory.World.FacilityBId, $"X{digits}", Person()));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.Status);
        Assert.NotNull(foreign.Body["errors"]!["facilityId"]);

        var badCode = Booking(Factory.World.FacilityAId, $"X{digits}", Person());
        badCode["charges"]![0]!["ncicCode"] = "DUI";
        var invalid = await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", badCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Contains("four digits", invalid.Body["errors"]!["charges[0].ncicCode"]![0]!.ToString());

        Assert.Equal(HttpStatusCode.Created, (await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", Booking(Factory.World.FacilityAId, $"Y{digits}", Person($"A{digits}")))).Status);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", Booking(Factory.World.FacilityAId, $"Z{digits}", Person(sid: $"WA{digits}")))).Status);
        var twice = await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", Booking(Factory.World.FacilityAId, $"Y{digits}", Person($"A{digits}")));
        Assert.Equal(HttpStatusCode.Conflict, twice.Status);
        Assert.Equal("booking-exists", (string?)twice.Body["code"]);

        var mixed = await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", Booking(Factory.World.FacilityAId, $"W{digits}", Person($"A{digits}", sid: $"WA{digits}")));
        Assert.Equal(HttpStatusCode.Conflict, mixed.Status);
        Assert.Equal("identifiers-conflict", (string?)mixed.Body["code"]);
        Assert.Contains("different people", (string?)mixed.Body["detail"]);

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(Factory.World.OfficerKey, "/api/v1/bookings", Booking(Factory.World.FacilityAId, $"V{digits}", Person()))).Status);
    }
}

public sealed class SqliteBookingApiTests(SqliteDeskFactory app) : BookingApiTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresBookingApiTests(PostgresDeskFactory app) : BookingApiTests(app), IClassFixture<PostgresDeskFactory>;
