using System.Net;
using System.Text.Json.Nodes;
using DetainerDesk.Data.Idempotency;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Infrastructure;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.Lifecycle;

/// <summary>A jail system retries with its own event id (Idempotency-Key): the retry gets the first answer and creates nothing.</summary>
public abstract class IdempotencyTests(DeskFactory app) : JailApiSteps(app)
{
    private Task<int> BookingsNumberedAsync(string number) => InDatabaseAsync(db => db.Bookings.CountAsync(b => b.BookingNumber == number, Ct));

    [Fact]
    public async Task A_retried_booking_gets_the_same_answer_and_only_one_booking_exists()
    {
        Factory.SkipIfUnavailable();
        var number = $"IK{UniqueDigits(9)}";
        var body = Booking(Factory.World.FacilityAId, number, Person());
        var first = await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", body, idempotencyKey: $"jms-event-{number}");
        var retry = await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", body, idempotencyKey: $"jms-event-{number}");

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.Created, retry.Status);
        Assert.Equal(first.Raw, retry.Raw);
        Assert.Equal(first.Response.Headers.Location, retry.Response.Headers.Location);
        Assert.True(retry.Response.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await BookingsNumberedAsync(number));

        body["person"]!["givenName"] = "Other";
        var reused = await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", body, idempotencyKey: $"jms-event-{number}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.Status);
        Assert.Equal("idempotency-key-reused", (string?)reused.Body["code"]);
        Assert.Equal(1, await BookingsNumberedAsync(number));

        // Event ids are the caller's own: another agency's system may use the same one.
        var theirs = await PostAsync(Factory.World.ClerkBKey, "/api/v1/bookings", Booking(Factory.World.FacilityBId, number, Person()), idempotencyKey: $"jms-event-{number}");
        Assert.Equal(HttpStatusCode.Created, theirs.Status);
    }

    [Fact]
    public async Task Two_simultaneous_retries_create_one_booking()
    {
        Factory.SkipIfUnavailable();
        var number = $"IC{UniqueDigits(9)}";
        var body = Booking(Factory.World.FacilityAId, number, Person());
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", body, idempotencyKey: $"jms-{number}")));

        Assert.Contains(answers, a => a.Status == HttpStatusCode.Created);
        Assert.All(answers, a => Assert.True(a.Status is HttpStatusCode.Created or HttpStatusCode.Conflict, $"{a.Status}: {a.Raw}"));
        Assert.All(answers.Where(a => a.Status == HttpStatusCode.Conflict), a => Assert.Equal("idempotency-key-in-progress", (string?)a.Body["code"]));
        Assert.Equal(1, await BookingsNumberedAsync(number));
        var later = await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", body, idempotencyKey: $"jms-{number}");
        Assert.Equal(answers.First(a => a.Status == HttpStatusCode.Created).Raw, later.Raw);
    }

    [Fact]
    public async Task A_retried_step_is_answered_as_before_instead_of_being_refused_as_a_repeat()
    {
        Factory.SkipIfUnavailable();
        var id = await LodgeAndAcknowledgeAsync(Factory.World.FacilityTexasId, Factory.World.ClerkTexasKey);
        var decision = new JsonObject { ["response"] = "HonourHold" };
        var first = await PostAsync(Factory.World.ClerkTexasKey, $"/api/v1/detainers/{id}/decision", decision, idempotencyKey: $"decision-{id}");
        var retry = await PostAsync(Factory.World.ClerkTexasKey, $"/api/v1/detainers/{id}/decision", decision, idempotencyKey: $"decision-{id}");
        Assert.Equal(HttpStatusCode.OK, retry.Status);
        Assert.Equal(first.Raw, retry.Raw);
        Assert.Equal(first.Response.Headers.ETag, retry.Response.Headers.ETag);

        // A refused request keeps nothing, so the corrected request may use the same event id.
        var unknown = await PostAsync(Factory.World.ClerkTexasKey, $"/api/v1/detainers/{id}/release-declined", new JsonObject { ["source"] = "unknown" }, idempotencyKey: $"release-{id}");
        Assert.Equal(HttpStatusCode.Conflict, unknown.Status);
        var corrected = await PostAsync(Factory.World.ClerkTexasKey, $"/api/v1/detainers/{id}/release-declined", new JsonObject { ["source"] = "jail release log" }, idempotencyKey: $"release-{id}");
        Assert.Equal(HttpStatusCode.OK, corrected.Status);

        var detainerId = Guid.Parse(id);
        var actions = await InDatabaseAsync(db => db.DetainerEvents.Where(e => e.DetainerId == detainerId).Select(e => e.Action).ToListAsync(Ct));
        Assert.Equal([DetainerAction.Acknowledge, DetainerAction.RecordDecision, DetainerAction.ReleaseDeclined], actions.Order());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_new_steps_and_the_Idempotency_Key_header()
    {
        Factory.SkipIfUnavailable();
        var document = (await GetAsync(Factory.World.ClerkAKey, "/openapi/v1.json")).Body!;
        var paths = document["paths"]!.AsObject();
        foreach (var step in new[] { "release-date", "notification", "void", "close", "transfer-agency" })
            Assert.True(paths.ContainsKey($"/api/v1/detainers/{{id}}/{step}"), step);
        var parameters = paths["/api/v1/bookings"]!["post"]!["parameters"]!.AsArray();
        Assert.Contains(parameters, p => (string?)p!["name"] == "Idempotency-Key" && (string?)p["in"] == "header");
    }

    [Fact]
    public async Task Answers_older_than_the_retention_and_abandoned_reservations_are_swept()
    {
        Factory.SkipIfUnavailable();
        var now = Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var prefix = $"sweep-{UniqueDigits(6)}-";
        IdempotencyRecord Record(string key, DateTime created, bool completed) => new()
        {
            OrganisationId = Factory.World.AgencyAId, Key = prefix + key, RequestHash = new string('0', 64), CreatedAtUtc = created,
            StatusCode = completed ? 201 : null, CompletedAtUtc = completed ? created : null,
        };
        await InDatabaseAsync(async db =>
        {
            db.IdempotencyRecords.AddRange(Record("old", now.AddDays(-31), true), Record("recent", now.AddDays(-29), true),
                Record("dead-reservation", now.AddDays(-2), false), Record("running", now.AddSeconds(-30), false));
            return await db.SaveChangesAsync(Ct);
        });

        var removed = await InDatabaseAsync(db => Factory.Services.GetRequiredService<IdempotencySweep>().RunAsync(db, Ct));

        Assert.True(removed >= 2);
        var left = await InDatabaseAsync(db => db.IdempotencyRecords.AsNoTracking().Where(r => r.Key.StartsWith(prefix)).Select(r => r.Key).ToListAsync(Ct));
        Assert.Equal([prefix + "recent", prefix + "running"], left.Order(StringComparer.Ordinal));
        Assert.True(await InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "idempotency.sweep", Ct)));
    }
}

public sealed class SqliteIdempotencyTests(SqliteDeskFactory app) : IdempotencyTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresIdempotencyTests(PostgresDeskFactory app) : IdempotencyTests(app), IClassFixture<PostgresDeskFactory>;
