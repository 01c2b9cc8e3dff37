using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DetainerDesk.Web.Tests.Infrastructure;

namespace DetainerDesk.Web.Tests.Detainers;

/// <summary>Agency A's detainer does not exist for agency B or another field office, by every endpoint of the journey.</summary>
public abstract class AgencyIsolationTests(DeskFactory app)
{
    private async Task<string> LodgeWithAgencyAAsync()
    {
        var response = await app.ClientWithKey(app.World.OfficerKey)
            .PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(app.World.FacilityAId), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["id"]!;
    }

    [Fact]
    public async Task Another_agency_gets_not_found_when_reading_it()
    {
        app.SkipIfUnavailable();
        var id = await LodgeWithAgencyAAsync();
        var response = await app.ClientWithKey(app.World.ClerkBKey).GetAsync($"/api/v1/detainers/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Another_agency_does_not_see_it_in_its_list()
    {
        app.SkipIfUnavailable();
        var id = await LodgeWithAgencyAAsync();
        var list = await app.ClientWithKey(app.World.ClerkBKey).GetFromJsonAsync<JsonObject>("/api/v1/detainers?pageSize=200", TestContext.Current.CancellationToken);
        Assert.DoesNotContain(list!["items"]!.AsArray(), i => (string?)i!["id"] == id);
        var filtered = await app.ClientWithKey(app.World.ClerkBKey).GetFromJsonAsync<JsonObject>($"/api/v1/detainers?facility={app.World.FacilityAId}", TestContext.Current.CancellationToken);
        Assert.Equal(0, (int)filtered!["total"]!);
    }

    [Fact]
    public async Task Another_agency_cannot_acknowledge_it_and_it_stays_lodged()
    {
        app.SkipIfUnavailable();
        var id = await LodgeWithAgencyAAsync();
        var response = await app.ClientWithKey(app.World.ClerkBKey).PostAsync($"/api/v1/detainers/{id}/acknowledge", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var seen = await app.ClientWithKey(app.World.OfficerKey).GetFromJsonAsync<JsonObject>($"/api/v1/detainers/{id}", TestContext.Current.CancellationToken);
        Assert.Equal("Lodged", (string?)seen!["status"]);
    }

    [Fact]
    public async Task Another_field_office_does_not_see_it()
    {
        app.SkipIfUnavailable();
        var id = await LodgeWithAgencyAAsync();
        var other = app.ClientWithKey(app.World.OtherOfficeOfficerKey);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/detainers/{id}", TestContext.Current.CancellationToken)).StatusCode);
        var list = await other.GetFromJsonAsync<JsonObject>("/api/v1/detainers?pageSize=200", TestContext.Current.CancellationToken);
        Assert.DoesNotContain(list!["items"]!.AsArray(), i => (string?)i!["id"] == id);
    }

    [Fact]
    public async Task Headquarters_analyst_sees_it_but_cannot_acknowledge_or_lodge()
    {
        app.SkipIfUnavailable();
        var id = await LodgeWithAgencyAAsync();
        var analyst = app.ClientWithKey(app.World.AnalystKey);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"/api/v1/detainers/{id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync($"/api/v1/detainers/{id}/acknowledge", null, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(app.World.FacilityAId), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_clerk_cannot_lodge_and_a_tip_reviewer_cannot_read_detainers()
    {
        app.SkipIfUnavailable();
        var clerkLodges = await app.ClientWithKey(app.World.ClerkAKey).PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(app.World.FacilityAId), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, clerkLodges.StatusCode);
        var reviewerReads = await app.ClientWithKey(app.World.TipReviewerKey).GetAsync("/api/v1/detainers", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, reviewerReads.StatusCode);
    }

    [Fact]
    public async Task Without_credentials_or_with_a_bad_key_the_api_answers_401_problem_details()
    {
        app.SkipIfUnavailable();
        var anonymous = await app.CreateClient().GetAsync("/api/v1/detainers", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        var forged = await app.ClientWithKey("dd_00000000_notarealkeynotarealkeynotarealkeynotarealke").GetAsync("/api/v1/detainers", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }
}

public sealed class SqliteAgencyIsolationTests(SqliteDeskFactory app) : AgencyIsolationTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresAgencyIsolationTests(PostgresDeskFactory app) : AgencyIsolationTests(app), IClassFixture<PostgresDeskFactory>;
