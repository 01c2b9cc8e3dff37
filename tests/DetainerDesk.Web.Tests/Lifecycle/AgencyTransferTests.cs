using System.Net;
using System.Text.Json.Nodes;
using DetainerDesk.Web.Tests.Infrastructure;

namespace DetainerDesk.Web.Tests.Lifecycle;

/// <summary>The person moves to another county's jail and the detainer follows them there as a new, linked record.</summary>
public abstract class AgencyTransferTests(DeskFactory app) : JailApiSteps(app)
{
    [Fact]
    public async Task The_detainer_follows_the_person_to_the_receiving_agency_which_is_told_and_starts_afresh()
    {
        Factory.SkipIfUnavailable();
        var (id, _) = await DeclinedInWashingtonAsync();
        var moved = await PostAsync(Factory.World.ClerkAKey, $"/api/v1/detainers/{id}/transfer-agency", new JsonObject
        {
            ["facilityId"] = Factory.World.FacilityBId.ToString(),
            ["bookingNumber"] = "PC-2026-004411",
            ["reference"] = "inter-county transfer order 118",
        });
        Assert.Equal(HttpStatusCode.OK, moved.Status);
        Assert.Equal("TransferredToOtherAgency", (string?)moved.Body["status"]);
        var followerId = (string)moved.Body["followedByDetainerId"]!;

        var (found, follower) = await GetAsync(Factory.World.ClerkBKey, $"/api/v1/detainers/{followerId}");
        Assert.Equal(HttpStatusCode.OK, found);
        Assert.Equal("Lodged", (string?)follower!["status"]);
        Assert.Equal(id, (string?)follower["followsDetainerId"]);
        Assert.Equal("PC-2026-004411", (string?)follower["bookingNumber"]);
        Assert.Equal(Factory.World.FacilityBId.ToString(), (string?)follower["facility"]!["id"]);
        Assert.Null(follower["decisionCitation"]);
        Assert.Contains("A detainer followed a person transferred to you", await InboxTitlesAsync(Factory.World.ClerkBKey, followerId));
        Assert.Contains("Person moved to another agency: the detainer follows", await InboxTitlesAsync(Factory.World.OfficerKey, followerId));

        // Each agency sees only its own record; the issuing office sees both.
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Factory.World.ClerkAKey, $"/api/v1/detainers/{followerId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Factory.World.ClerkBKey, $"/api/v1/detainers/{id}")).Status);
        Assert.Equal("TransferredToOtherAgency", await StatusOfAsync(Factory.World.OfficerKey, id));
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(Factory.World.ClerkBKey, followerId, "acknowledge")).Status);
        Assert.Equal("Received", await StatusOfAsync(Factory.World.OfficerKey, followerId));
    }

    [Fact]
    public async Task A_transfer_needs_another_agency_a_known_facility_and_a_booking_number()
    {
        Factory.SkipIfUnavailable();
        var (id, _) = await DeclinedInWashingtonAsync();
        var path = $"/api/v1/detainers/{id}/transfer-agency";
        var sameAgency = await PostAsync(Factory.World.ClerkAKey, path, new JsonObject { ["facilityId"] = Factory.World.FacilityAId.ToString(), ["bookingNumber"] = "KC-1" });
        Assert.Equal(HttpStatusCode.Conflict, sameAgency.Status);
        Assert.Equal("same-agency", (string?)sameAgency.Body["code"]);

        var noNumber = await PostAsync(Factory.World.ClerkAKey, path, new JsonObject { ["facilityId"] = Factory.World.FacilityBId.ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, noNumber.Status);
        Assert.NotNull(noNumber.Body["errors"]!["bookingNumber"]);
        var unknown = await PostAsync(Factory.World.ClerkAKey, path, new JsonObject { ["facilityId"] = Guid.NewGuid().ToString(), ["bookingNumber"] = "X-1" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.NotNull(unknown.Body["errors"]!["facilityId"]);
        Assert.Equal("ServedOnSubject", await StatusOfAsync(Factory.World.ClerkAKey, id));
    }
}

public sealed class SqliteAgencyTransferTests(SqliteDeskFactory app) : AgencyTransferTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresAgencyTransferTests(PostgresDeskFactory app) : AgencyTransferTests(app), IClassFixture<PostgresDeskFactory>;
