using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DetainerDesk.Web.Tests.Infrastructure;

namespace DetainerDesk.Web.Tests.Detainers;

/// <summary>The first journey over HTTP: an officer lodges, the receiving jail acknowledges, the officer sees the change.</summary>
public abstract class DetainerJourneyTests(DeskFactory app)
{
    private async Task<JsonObject> LodgeAsync(JsonObject? body = null)
    {
        var officer = app.ClientWithKey(app.World.OfficerKey);
        var response = await officer.PostAsJsonAsync("/api/v1/detainers", body ?? LodgeRequests.Valid(app.World.FacilityAId), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
    }

    [Fact]
    public async Task Officer_lodges_a_detainer_and_reads_it_back()
    {
        app.SkipIfUnavailable();
        var lodged = await LodgeAsync();
        Assert.Equal("Lodged", (string?)lodged["status"]);
        Assert.Equal("Test King County Jail Agency", (string?)lodged["receivingAgency"]!["name"]);

        var officer = app.ClientWithKey(app.World.OfficerKey);
        var response = await officer.GetAsync($"/api/v1/detainers/{lodged["id"]}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var read = (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        Assert.Equal("Quintero Salas", (string?)read["subject"]!["familyName"]);
        Assert.True((bool?)read["probableCause"]!["pendingRemovalProceedings"]);
    }

    [Fact]
    public async Task Clerk_finds_the_detainer_in_the_inbox_and_acknowledges_it_and_the_officer_sees_the_new_status()
    {
        app.SkipIfUnavailable();
        var lodged = await LodgeAsync();
        var id = (string)lodged["id"]!;
        var clerk = app.ClientWithKey(app.World.ClerkAKey);

        var inbox = await clerk.GetFromJsonAsync<JsonObject>("/api/v1/detainers?status=Lodged&pageSize=200", TestContext.Current.CancellationToken);
        Assert.Contains(inbox!["items"]!.AsArray(), i => (string?)i!["id"] == id);

        var ack = await clerk.PostAsync($"/api/v1/detainers/{id}/acknowledge", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("Received", (string?)(await ack.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["status"]);

        var officer = app.ClientWithKey(app.World.OfficerKey);
        var seen = await officer.GetFromJsonAsync<JsonObject>($"/api/v1/detainers/{id}", TestContext.Current.CancellationToken);
        Assert.Equal("Received", (string?)seen!["status"]);
        Assert.NotNull((string?)seen["receivedAt"]);
    }

    [Fact]
    public async Task Acknowledging_twice_is_a_conflict_that_says_why()
    {
        app.SkipIfUnavailable();
        var id = (string)(await LodgeAsync())["id"]!;
        var clerk = app.ClientWithKey(app.World.ClerkAKey);
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsync($"/api/v1/detainers/{id}/acknowledge", null, TestContext.Current.CancellationToken)).StatusCode);

        var again = await clerk.PostAsync($"/api/v1/detainers/{id}/acknowledge", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        var problem = await again.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        Assert.Equal("already-acknowledged", (string?)problem!["code"]);
    }

    [Fact]
    public async Task Acknowledging_an_older_version_than_stored_is_a_conflict()
    {
        app.SkipIfUnavailable();
        var id = (string)(await LodgeAsync())["id"]!;
        var clerk = app.ClientWithKey(app.World.ClerkAKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/detainers/{id}/acknowledge");
        request.Headers.TryAddWithoutValidation("If-Match", "\"7\"");
        var response = await clerk.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("version 1", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task List_filters_by_facility_and_pages()
    {
        app.SkipIfUnavailable();
        for (var i = 0; i < 3; i++) await LodgeAsync();
        await LodgeAsync(LodgeRequests.Valid(app.World.FacilityBId));
        var officer = app.ClientWithKey(app.World.OfficerKey);

        var page = await officer.GetFromJsonAsync<JsonObject>($"/api/v1/detainers?facility={app.World.FacilityAId}&pageSize=2", TestContext.Current.CancellationToken);
        Assert.Equal(2, page!["items"]!.AsArray().Count);
        Assert.True((int)page["total"]! >= 3);
        Assert.All(page["items"]!.AsArray(), i => Assert.Equal(app.World.FacilityAId.ToString(), (string?)i!["facility"]!["id"]));
    }
}

public sealed class SqliteDetainerJourneyTests(SqliteDeskFactory app) : DetainerJourneyTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresDetainerJourneyTests(PostgresDeskFactory app) : DetainerJourneyTests(app), IClassFixture<PostgresDeskFactory>;
