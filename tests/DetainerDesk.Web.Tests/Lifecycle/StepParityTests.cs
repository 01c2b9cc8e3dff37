using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DetainerDesk.Data.Policies;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Tests.Lifecycle;

/// <summary>
/// A step taken on the detainer page and the same step sent by a jail system behave alike: the same law checks, the
/// same notices (kinds included) and the same jobs. Each case runs through both fronts.
/// </summary>
public abstract partial class StepParityTests(DeskFactory app) : JailApiSteps(app)
{
    public static TheoryData<string> Fronts => ["page", "api"];

    /// <summary>Takes one step through the page's form (as a browser without JavaScript posts it) or through the API.</summary>
    private async Task<HttpStatusCode> TakeAsync(string front, string key, string id, string step, string apiPath, JsonObject apiBody, params (string, string)[] form)
    {
        if (front == "api") return (await PostAsync(key, $"/api/v1/detainers/{id}/{apiPath}", apiBody)).Status;
        var (status, _) = await PostPageStepAsync(key, id, step, form);
        return status;
    }

    private async Task<(HttpStatusCode Status, string Html)> PostPageStepAsync(string key, string id, string step, params (string, string)[] fields)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var page = await client.GetStringAsync($"/Detainers/{id}", Ct);
        var form = fields.ToDictionary(f => f.Item1, f => f.Item2);
        form["step"] = step;
        form["__RequestVerificationToken"] = TokenPattern().Match(page).Groups[1].Value;
        var response = await client.PostAsync($"/Detainers/{id}?handler=Step", new FormUrlEncodedContent(form), Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    private static bool Done(HttpStatusCode status) => status is HttpStatusCode.OK or HttpStatusCode.Redirect;

    private static (string Date, string Time) FacilityDayAfterTomorrow(string zoneId)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zoneId)).Date.AddDays(2).AddHours(10);
        return (local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "10:00");
    }

    /// <summary>The same day and time as <see cref="FacilityDayAfterTomorrow"/>, as the API takes it (with the zone's offset).</summary>
    private static JsonObject ReleaseDateBody(string zoneId)
    {
        var (date, time) = FacilityDayAfterTomorrow(zoneId);
        var local = DateTime.Parse($"{date}T{time}:00", System.Globalization.CultureInfo.InvariantCulture);
        return ReleaseAt(new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById(zoneId).GetUtcOffset(local)));
    }

    private async Task<List<(string Kind, Guid Organisation)>> NoticesAsync(string id)
    {
        var rows = await InDatabaseAsync(db => db.Notifications.AsNoTracking().Where(n => n.EntityId == id).Select(n => new { n.Kind, n.OrganisationId }).ToListAsync(Ct));
        return [.. rows.Select(n => (n.Kind, n.OrganisationId))];
    }

    [Theory]
    [MemberData(nameof(Fronts))]
    public async Task Washington_keeps_the_release_date_from_ICE_whichever_front_records_it(string front)
    {
        Factory.SkipIfUnavailable();
        var (id, _) = await DeclinedInWashingtonAsync();
        var (date, time) = FacilityDayAfterTomorrow("America/Los_Angeles");
        var status = await TakeAsync(front, Factory.World.ClerkAKey, id, "RecordReleaseDate", "release-date", ReleaseDateBody("America/Los_Angeles"),
            ("version", "4"), ("date", date), ("time", time));
        Assert.True(Done(status), $"{front}: {status}");
        Assert.Equal("ReleaseDateKnown", await StatusOfAsync(Factory.World.ClerkAKey, id));

        await RunDueJobsAsync();
        var detainerId = Guid.Parse(id);
        Assert.DoesNotContain(await NoticesAsync(id), n => n.Organisation == Factory.World.OfficeId);
        Assert.False(await InDatabaseAsync(db => db.OutboxJobs.AnyAsync(j => j.Kind == "detainer.release-date" && j.Payload.Contains(id), Ct)));
        Assert.False(await InDatabaseAsync(db => db.OutgoingMails.AnyAsync(m => m.OrganisationId == Factory.World.OfficeId && m.Body.Contains(id), Ct)));
        var audit = await InDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id && a.Outcome == "success").Select(a => a.Action).ToListAsync(Ct));
        Assert.Contains("detainer.release-date", audit);
        Assert.Equal(1, await InDatabaseAsync(db => db.DetainerEvents.CountAsync(e => e.DetainerId == detainerId && e.Action == DetainerAction.RecordReleaseDate, Ct)));
    }

    [Theory]
    [MemberData(nameof(Fronts))]
    public async Task Texas_alerts_the_issuing_office_of_the_release_date_whichever_front_records_it(string front)
    {
        Factory.SkipIfUnavailable();
        var clerk = Factory.World.ClerkTexasKey;
        var id = await LodgeAndAcknowledgeAsync(Factory.World.FacilityTexasId, clerk);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(clerk, id, "decision", new { response = "HonourHold" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(clerk, id, "service")).Status);
        var (date, time) = FacilityDayAfterTomorrow("America/Chicago");
        var status = await TakeAsync(front, clerk, id, "RecordReleaseDate", "release-date", ReleaseDateBody("America/Chicago"),
            ("version", "4"), ("date", date), ("time", time));
        Assert.True(Done(status), $"{front}: {status}");

        // Only through the outbox: nothing reaches ICE before the job runs, so a rolled-back step tells nobody.
        Assert.DoesNotContain(await NoticesAsync(id), n => n.Kind == "detainer.release-date");
        await RunDueJobsAsync();
        var alert = Assert.Single(await InboxAsync(Factory.World.OfficerKey, id), n => (string?)n["kind"] == "detainer.release-date");
        Assert.Equal("Release date set", (string?)alert["title"]);
    }

    [Theory]
    [MemberData(nameof(Fronts))]
    public async Task Release_notices_have_one_kind_whichever_front_sends_them(string front)
    {
        Factory.SkipIfUnavailable();
        var clerk = Factory.World.ClerkTexasKey;
        var id = await LodgeAndAcknowledgeAsync(Factory.World.FacilityTexasId, clerk);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(clerk, id, "decision", new { response = "HonourHold" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(clerk, id, "service")).Status);
        Assert.True(Done(await TakeAsync(front, clerk, id, "SendNotification", "notification", [], ("version", "4"))));
        var notice = Assert.Single(await InboxAsync(Factory.World.OfficerKey, id), n => (string?)n["title"] == "Release notice from the holding agency");
        Assert.Equal("detainer.release-notice", (string?)notice["kind"]);
    }

    [Theory]
    [InlineData("page", "Lift", "lift", "detainer.lifted")]
    [InlineData("api", "Lift", "lift", "detainer.lifted")]
    [InlineData("page", "Void", "void", "detainer.voided")]
    [InlineData("api", "Void", "void", "detainer.voided")]
    public async Task Lift_and_void_tell_the_agency_with_one_kind_each_whichever_front_ends_it(string front, string step, string path, string kind)
    {
        Factory.SkipIfUnavailable();
        var id = await HoldInTexasAsync();
        var reason = "Fingerprints belong to another person";
        var status = await TakeAsync(front, Factory.World.OfficerKey, id, step, path, new JsonObject { ["reason"] = reason }, ("version", "6"), ("reason", reason));
        Assert.True(Done(status), $"{front}: {status}");

        var notice = Assert.Single(await InboxAsync(Factory.World.ClerkTexasKey, id),
            n => (string?)n["kind"] is "detainer.lifted" or "detainer.voided" or "detainer.ended");
        Assert.Equal(kind, (string?)notice["kind"]);
        Assert.Equal($"Detainer {(step == "Lift" ? "lifted" : "voided")}: end the hold now", (string?)notice["title"]);
        Assert.Contains(reason, (string?)notice["body"]);
        Assert.DoesNotContain(await NoticesAsync(id), n => n.Kind == "detainer.ended");
    }

    [Fact]
    public async Task The_API_refuses_a_transfer_Washington_law_forbids_with_422_and_the_citation()
    {
        Factory.SkipIfUnavailable();
        var (id, _) = await DeclinedInWashingtonAsync();
        var refused = await PostAsync(Factory.World.ClerkAKey, $"/api/v1/detainers/{id}/transfer", new JsonObject { ["reference"] = "ICE officer at the sally port" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("application/problem+json", refused.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("transfer-forbidden-by-law", (string?)refused.Body["code"]);
        Assert.Contains("RCW 10.93.160", (string?)refused.Body["detail"]);
        Assert.Contains("wa-10.93.160-no-transfer", (string?)refused.Body["detail"]);
        Assert.Equal("ServedOnSubject", await StatusOfAsync(Factory.World.ClerkAKey, id));
        var audit = await InDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id && a.Action == "detainer.transfer").Select(a => a.Outcome).ToListAsync(Ct));
        Assert.Equal(["refused"], audit);
    }

    [Fact]
    public async Task The_page_refuses_a_transfer_Washington_law_forbids_with_the_citation_beside_the_legal_basis()
    {
        Factory.SkipIfUnavailable();
        var (id, _) = await DeclinedInWashingtonAsync();
        var (status, html) = await PostPageStepAsync(Factory.World.ClerkAKey, id, "TransferToIce", ("version", "4"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Matches("id=\"step-transfertoice-legalBasis-error\">[^<]*RCW 10.93.160", html);
        Assert.Contains("href=\"#step-transfertoice-legalBasis\"", html, StringComparison.Ordinal);
        Assert.Equal("ServedOnSubject", await StatusOfAsync(Factory.World.ClerkAKey, id));
    }

    [Theory]
    [MemberData(nameof(Fronts))]
    public async Task A_judicial_warrant_on_file_lets_the_transfer_go_ahead_in_Washington_and_is_on_the_timeline(string front)
    {
        Factory.SkipIfUnavailable();
        var (id, _) = await DeclinedInWashingtonAsync();
        const string basis = "judicial warrant received";
        const string document = "US District Court W.D. Wash. warrant 26-mj-0042";

        var withoutDocument = await TakeAsync(front, Factory.World.ClerkAKey, id, "TransferToIce", "transfer", new JsonObject { ["legalBasis"] = basis },
            ("version", "4"), ("legalBasis", basis));
        Assert.Equal(HttpStatusCode.Conflict, withoutDocument);
        Assert.Equal("ServedOnSubject", await StatusOfAsync(Factory.World.ClerkAKey, id));

        var status = await TakeAsync(front, Factory.World.ClerkAKey, id, "TransferToIce", "transfer", new JsonObject { ["legalBasis"] = basis, ["source"] = document },
            ("version", "4"), ("legalBasis", basis), ("source", document));
        Assert.True(Done(status), $"{front}: {status}");
        Assert.Equal("TransferredToIce", await StatusOfAsync(Factory.World.ClerkAKey, id));
        var detainerId = Guid.Parse(id);
        var step = await InDatabaseAsync(db => db.DetainerEvents.Where(e => e.DetainerId == detainerId && e.Action == DetainerAction.TransferToIce).SingleAsync(Ct));
        Assert.Contains("overridden on legal basis: judicial warrant received", step.Reason);
        Assert.Contains("RCW 10.93.160", step.Reason);
        Assert.Equal(document, step.EvidenceSource);
        Assert.Equal("Legal basis: judicial warrant received", step.EvidenceNote);
    }

    [Theory]
    [MemberData(nameof(Fronts))]
    public async Task Texas_law_requires_the_transfer_so_no_legal_basis_is_asked_for(string front)
    {
        Factory.SkipIfUnavailable();
        var id = await HoldInTexasAsync();
        var status = await TakeAsync(front, Factory.World.ClerkTexasKey, id, "TransferToIce", "transfer", new JsonObject { ["reference"] = "I-203 order to detain" }, ("version", "6"));
        Assert.True(Done(status), $"{front}: {status}");
        Assert.Equal("TransferredToIce", await StatusOfAsync(Factory.World.ClerkTexasKey, id));
    }

    /// <summary>
    /// Stores a re-evaluation whose transfer answer is "only if" a condition holds, as a rule set with such an answer
    /// would produce (none of the shipped ones has one for transfers), a second after the latest stored one.
    /// </summary>
    private Task StoreTransferOnlyIfAsync(string id, string condition) => InDatabaseAsync(async db =>
    {
        var detainerId = Guid.Parse(id);
        var latest = await db.PolicyEvaluations.AsNoTracking().Where(e => e.DetainerId == detainerId).OrderByDescending(e => e.EvaluatedAtUtc).FirstAsync(Ct);
        var decision = PolicyDecisionJson.Deserialize(latest.DecisionJson);
        decision = decision with
        {
            TransferToIce = decision.TransferToIce with { Verdict = PolicyVerdict.AllowedOnlyIf, Condition = condition, RuleId = "test-transfer-only-if", Citation = "Test Code 7.1" },
        };
        db.PolicyEvaluations.Add(new StoredPolicyEvaluation
        {
            Id = Guid.NewGuid(), DetainerId = detainerId, Occasion = PolicyEvaluationOccasion.ReEvaluated, EvaluatedAtUtc = latest.EvaluatedAtUtc.AddSeconds(1),
            EvaluatedBy = "test", EvaluationDate = latest.EvaluationDate, HoldOnDetainer = latest.HoldOnDetainer, NotifyReleaseDate = latest.NotifyReleaseDate,
            TransferToIce = PolicyVerdict.AllowedOnlyIf, ShareInformation = latest.ShareInformation, IceInterview = latest.IceInterview,
            RuleSetVersions = latest.RuleSetVersions, DecisionJson = PolicyDecisionJson.Serialize(decision), Reason = "test: transfer only if",
        });
        return await db.SaveChangesAsync(Ct);
    });

    [Theory]
    [MemberData(nameof(Fronts))]
    public async Task Where_the_law_allows_a_transfer_only_if_a_condition_holds_the_refusal_names_the_condition(string front)
    {
        Factory.SkipIfUnavailable();
        const string condition = "the person has a conviction for a serious or violent felony on file";
        var id = await HoldInTexasAsync();
        await StoreTransferOnlyIfAsync(id, condition);

        HttpStatusCode status;
        string message;
        if (front == "api")
        {
            var refused = await PostAsync(Factory.World.ClerkTexasKey, $"/api/v1/detainers/{id}/transfer", new JsonObject());
            (status, message) = (refused.Status, (string)refused.Body["detail"]!);
            Assert.Equal("transfer-condition-not-shown", (string?)refused.Body["code"]);
        }
        else
        {
            var (pageStatus, html) = await PostPageStepAsync(Factory.World.ClerkTexasKey, id, "TransferToIce", ("version", "6"));
            (status, message) = (pageStatus, System.Net.WebUtility.HtmlDecode(html));
        }
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains($"only if {condition}", message, StringComparison.Ordinal);
        Assert.Contains("Test Code 7.1", message, StringComparison.Ordinal);
        Assert.Equal("HoldActive", await StatusOfAsync(Factory.World.ClerkTexasKey, id));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class SqliteStepParityTests(SqliteDeskFactory app) : StepParityTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresStepParityTests(PostgresDeskFactory app) : StepParityTests(app), IClassFixture<PostgresDeskFactory>;
