using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Tests.Detainers;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.Lifecycle;

/// <summary>What a jail or ICE system sends beyond the shared lifecycle steps: its own headers, bookings, and reads.</summary>
public abstract class JailApiSteps(DeskFactory app) : LifecycleSteps(app)
{
    public sealed record Answer(HttpStatusCode Status, JsonObject Body, HttpResponseMessage Response, string Raw);

    protected async Task<Answer> PostAsync(string apiKey, string path, JsonNode? body, string? idempotencyKey = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new JsonObject()) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        var response = await Factory.ClientWithKey(apiKey).SendAsync(request, Ct);
        var raw = await response.Content.ReadAsStringAsync(Ct);
        return new Answer(response.StatusCode, raw.Length == 0 ? [] : JsonNode.Parse(raw)!.AsObject(), response, raw);
    }

    protected async Task<(HttpStatusCode Status, JsonObject? Body)> GetAsync(string apiKey, string path)
    {
        var response = await Factory.ClientWithKey(apiKey).GetAsync(path, Ct);
        return (response.StatusCode, response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>(Ct) : null);
    }

    protected async Task<string> StatusOfAsync(string apiKey, string id) => (string)(await GetAsync(apiKey, $"/api/v1/detainers/{id}")).Body!["status"]!;

    protected async Task<List<string>> InboxTitlesAsync(string apiKey, string detainerId) =>
        [.. (await InboxAsync(apiKey, detainerId)).Select(n => (string)n["title"]!)];

    /// <summary>Runs the outbox as a processor would a minute from now: alerts, lodged notices and release-date alerts due by then.</summary>
    protected Task RunDueJobsAsync() => RunJobsAtAsync(DateTime.UtcNow.AddMinutes(1));

    protected async Task<T> InDatabaseAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        using var scope = Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected async Task<string> LodgeAsync(Guid facility, Action<JsonObject>? change = null)
    {
        var body = LodgeRequests.Valid(facility);
        change?.Invoke(body);
        var lodged = await PostAsync(Factory.World.OfficerKey, "/api/v1/detainers", body);
        Assert.Equal(HttpStatusCode.Created, lodged.Status);
        return (string)lodged.Body["id"]!;
    }

    /// <summary>A Washington detainer declined under state law and served: the agency may neither hold nor tell ICE.</summary>
    protected async Task<(string Id, string Citation)> DeclinedInWashingtonAsync()
    {
        var id = await LodgeAndAcknowledgeAsync(Factory.World.FacilityAId, Factory.World.ClerkAKey);
        var (status, decision) = await StepAsync(Factory.World.ClerkAKey, id, "decision", new { response = "Decline" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(Factory.World.ClerkAKey, id, "service", new { reference = "served at booking" })).Status);
        return (id, (string)decision["decisionCitation"]!);
    }

    private static int _serial;

    /// <summary>Digits that differ between tests and runs, for A-numbers, SIDs and booking numbers that must not collide.</summary>

    protected static string UniqueDigits(int length) =>
        (DateTime.UtcNow.Ticks % 100_000_000 * 10 + Interlocked.Increment(ref _serial) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(length, '7')[^length..];

    protected JsonObject Booking(Guid facility, string number, JsonObject person) => new()
    {
        ["bookingNumber"] = number,
        ["facilityId"] = facility.ToString(),
        ["bookedAt"] = DateTimeOffset.UtcNow.AddHours(-1).ToOffset(TimeSpan.FromHours(-8)).ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        ["person"] = person,
        ["charges"] = new JsonArray(
            new JsonObject { ["ncicCode"] = "5404", ["description"] = "Driving under the influence", ["level"] = "Misdemeanor" },
            new JsonObject { ["ncicCode"] = "1313", ["description"] = "Simple assault" }),
    };

    protected static JsonObject Person(string? aNumber = null, string? fbi = null, string? sid = null) => new()
    {
        ["familyName"] = "Quintero Salas",
        ["givenName"] = "Test",
        ["dateOfBirth"] = "1990-04-17",
        ["sex"] = "Male",
        ["aNumber"] = aNumber,
        ["fbiNumber"] = fbi,
        ["stateId"] = sid,
    };

    protected static JsonObject ReleaseAt(DateTimeOffset at) => new() { ["releaseAt"] = at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture) };
}
