using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DetainerDesk.Domain.Organisations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using static DetainerDesk.Web.Tests.Notifications.DeliverySteps;

namespace DetainerDesk.Web.Tests.Notifications;

/// <summary>/api/v1/webhooks: supervisors manage their own organisation's subscriptions; errors are problem details.</summary>
public abstract partial class WebhooksApiTests(DeliveryFactory app)
{
    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    [Fact]
    public async Task A_subscription_without_a_usable_url_or_event_types_is_refused_with_the_fields_named()
    {
        app.SkipIfUnavailable();
        var client = app.ClientWithKey(await AddKeyAsync(app.Services, app.World.AgencyAId, Roles.AgencySupervisor));

        var badUrl = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/webhooks", new { url = "ftp://agency.test/hook", eventTypes = new[] { "*" } }, Ct), HttpStatusCode.BadRequest);
        Assert.NotNull(badUrl["errors"]!["url"]);
        var noTypes = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://agency.test/hook", eventTypes = Array.Empty<string>() }, Ct), HttpStatusCode.BadRequest);
        Assert.NotNull(noTypes["errors"]!["eventTypes"]);
        var badType = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://agency.test/hook", eventTypes = new[] { "Detainer Lodged" } }, Ct), HttpStatusCode.BadRequest);
        Assert.Contains("Detainer Lodged", (string?)badType["errors"]!["eventTypes"]![0]);
        var withPassword = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://user:pw@agency.test/hook", eventTypes = new[] { "*" } }, Ct), HttpStatusCode.BadRequest);
        Assert.NotNull(withPassword["errors"]!["url"]);
    }

    [Fact]
    public async Task Plain_http_is_refused_unless_configured()
    {
        app.SkipIfUnavailable();
        await using var strict = app.WithWebHostBuilder(b => b.UseSetting("Webhooks:AllowHttp", "false"));
        var client = strict.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await AddKeyAsync(app.Services, app.World.AgencyAId, Roles.AgencySupervisor));
        var problem = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://agency.test/hook", eventTypes = new[] { "*" } }, Ct), HttpStatusCode.BadRequest);
        Assert.Contains("https", (string?)problem["errors"]!["url"]![0]);
    }

    [Fact]
    public async Task A_clerk_may_not_manage_webhooks()
    {
        app.SkipIfUnavailable();
        var client = app.ClientWithKey(app.World.ClerkAKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/webhooks", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://agency.test/hook", eventTypes = new[] { "*" } }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Each_organisation_lists_and_deletes_only_its_own_subscriptions()
    {
        app.SkipIfUnavailable();
        var a = app.ClientWithKey(await AddKeyAsync(app.Services, app.World.AgencyAId, Roles.AgencySupervisor));
        var b = app.ClientWithKey(await AddKeyAsync(app.Services, app.World.AgencyBId, Roles.AgencySupervisor));
        var created = await a.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://agency-a.test/hook", eventTypes = new[] { "detainer.lodged", "hold.alert" } }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
        Assert.EndsWith($"/api/v1/webhooks/{id}", created.Headers.Location?.ToString());

        Assert.DoesNotContain((await b.GetFromJsonAsync<JsonArray>("/api/v1/webhooks", Ct))!, s => (string?)s!["id"] == id);
        var foreign = await ProblemAsync(await b.DeleteAsync($"/api/v1/webhooks/{id}", Ct), HttpStatusCode.NotFound);
        Assert.Equal("webhook-not-found", (string?)foreign["code"]);
        Assert.Contains((await a.GetFromJsonAsync<JsonArray>("/api/v1/webhooks", Ct))!, s => (string?)s!["id"] == id);

        Assert.Equal(HttpStatusCode.NoContent, (await a.DeleteAsync($"/api/v1/webhooks/{id}", Ct)).StatusCode);
        Assert.DoesNotContain((await a.GetFromJsonAsync<JsonArray>("/api/v1/webhooks", Ct))!, s => (string?)s!["id"] == id);
        await ProblemAsync(await a.DeleteAsync($"/api/v1/webhooks/{id}", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_secret_is_stored_protected_not_as_given()
    {
        app.SkipIfUnavailable();
        var a = app.ClientWithKey(await AddKeyAsync(app.Services, app.World.AgencyAId, Roles.AgencySupervisor));
        var created = (await (await a.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://agency-a.test/protected", eventTypes = new[] { "*" } }, Ct))
            .Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var id = Guid.Parse((string)created["id"]!);
        var stored = await WithDbAsync(app.Services, db => db.WebhookSubscriptions.Where(s => s.Id == id).Select(s => s.ProtectedSecret).SingleAsync(Ct));
        Assert.DoesNotContain((string)created["secret"]!, stored);
        Assert.DoesNotContain(((string)created["secret"]!)["whsec_".Length..], stored);
    }

    [Fact]
    public async Task On_the_page_a_supervisor_adds_a_subscription_sees_its_secret_once_and_stops_it()
    {
        app.SkipIfUnavailable();
        var client = app.ClientWithKey(await AddKeyAsync(app.Services, app.World.AgencyBId, Roles.AgencySupervisor));
        var page = await client.GetStringAsync("/Webhooks", Ct);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
            ["ReceiverUrl"] = "https://agency-b.test/from-page",
            ["EventTypes"] = "detainer.lodged, hold.alert",
        };
        var answer = await (await client.PostAsync("/Webhooks?handler=Add", new FormUrlEncodedContent(form), Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Matches("<code id=\"webhook-secret\">whsec_[A-Za-z0-9_-]+</code>", answer);
        var listed = await client.GetFromJsonAsync<JsonArray>("/api/v1/webhooks", Ct);
        var entry = Assert.Single(listed!, s => (string?)s!["url"] == "https://agency-b.test/from-page")!;
        Assert.Equal(2, entry["eventTypes"]!.AsArray().Count);
        var again = await client.GetStringAsync("/Webhooks", Ct);
        Assert.DoesNotContain("whsec_", again);

        form["ReceiverUrl"] = "not a url";
        var refused = await (await client.PostAsync("/Webhooks?handler=Add", new FormUrlEncodedContent(form), Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("There is a problem", refused);

        var stop = await client.PostAsync($"/Webhooks?handler=Delete&id={entry["id"]}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token().Match(again).Groups[1].Value }), Ct);
        Assert.Contains("nothing more is sent", await stop.Content.ReadAsStringAsync(Ct));
        Assert.DoesNotContain((await client.GetFromJsonAsync<JsonArray>("/api/v1/webhooks", Ct))!, s => (string?)s!["id"] == (string?)entry["id"]);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed class SqliteWebhooksApiTests(SqliteDeliveryFactory app) : WebhooksApiTests(app), IClassFixture<SqliteDeliveryFactory>;
public sealed class PostgresWebhooksApiTests(PostgresDeliveryFactory app) : WebhooksApiTests(app), IClassFixture<PostgresDeliveryFactory>;
