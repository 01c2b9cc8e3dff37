using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Web.Tests.Infrastructure;
using DetainerDesk.Web.Tests.Lifecycle;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.AtLarge;

/// <summary>The owning office's steps on a case through the API: assign to its own team, locate, close with a reason.</summary>
public abstract class CaseStepsApiTests(DeskFactory app) : LifecycleSteps(app)
{
    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>A case opened by a declined release, and one team of each test office.</summary>
    private async Task<(Guid Case, Guid OwnTeam, Guid OtherTeam)> ArrangeAsync()
    {
        var key = Factory.World.ClerkAKey;
        var id = await LodgeAndAcknowledgeAsync(Factory.World.FacilityAId, key);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "decision", new { response = "Decline" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "release-declined", new { source = "jail release log" })).Status);
        var (own, other) = (Guid.NewGuid(), Guid.NewGuid());
        var caseId = await WithDbAsync(async db =>
        {
            db.FugitiveTeams.AddRange(
                new FugitiveTeam { Id = own, FieldOfficeId = Factory.World.OfficeId, Code = $"T-{own:N}"[..20], Name = "Test Seattle Team" },
                new FugitiveTeam { Id = other, FieldOfficeId = Factory.World.OtherOfficeId, Code = $"T-{other:N}"[..20], Name = "Test Miami Team" });
            await db.SaveChangesAsync(Ct);
            return await db.AtLargeCases.Where(c => c.DetainerId == Guid.Parse(id)).Select(c => c.Id).SingleAsync(Ct);
        });
        return (caseId, own, other);
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> CaseStepAsync(string key, Guid id, string step, object body, int? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/at-large-cases/{id}/{step}") { Content = JsonContent.Create(body) };
        if (ifMatch is { } v) request.Headers.TryAddWithoutValidation("If-Match", $"\"{v}\"");
        var response = await Factory.ClientWithKey(key).SendAsync(request, Ct);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!);
    }

    [Fact]
    public async Task The_office_assigns_its_own_team_locates_and_closes_with_a_reason()
    {
        Factory.SkipIfUnavailable();
        var (caseId, own, other) = await ArrangeAsync();
        var officer = Factory.World.OfficerKey;

        var read = await Factory.ClientWithKey(officer).GetFromJsonAsync<JsonObject>($"/api/v1/at-large-cases/{caseId}", Ct);
        Assert.Equal("Open", (string?)read!["status"]);
        Assert.NotNull((string?)read["framework"]);

        var (wrongTeam, problem) = await CaseStepAsync(officer, caseId, "assign", new { teamId = other });
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "team-other-office"), (wrongTeam, (string?)problem["code"]));
        var (early, notAssigned) = await CaseStepAsync(officer, caseId, "locate", new { source = "records check" });
        Assert.Equal((HttpStatusCode.Conflict, "not-assigned"), (early, (string?)notAssigned["code"]));

        var (assigned, body) = await CaseStepAsync(officer, caseId, "assign", new { teamId = own }, ifMatch: 1);
        Assert.Equal(HttpStatusCode.OK, assigned);
        Assert.Equal(("Assigned", own.ToString(), 2), ((string?)body["status"], (string?)body["teamId"], (int)body["version"]!));
        Assert.Equal(HttpStatusCode.Conflict, (await CaseStepAsync(officer, caseId, "locate", new { source = "records check" }, ifMatch: 1)).Status);
        Assert.Equal(HttpStatusCode.OK, (await CaseStepAsync(officer, caseId, "locate", new { source = "records check", reference = "DMV" }, ifMatch: 2)).Status);
        var (closed, done) = await CaseStepAsync(officer, caseId, "close", new { reason = "InCustodyElsewhere", note = "Booked in another county" });
        Assert.Equal(HttpStatusCode.OK, closed);
        Assert.Equal(("Closed", "InCustodyElsewhere"), ((string?)done["status"], (string?)done["closeReason"]));
        var (again, finished) = await CaseStepAsync(officer, caseId, "close", new { reason = "Departed" });
        Assert.Equal((HttpStatusCode.Conflict, "case-closed"), (again, (string?)finished["code"]));

        var events = await WithDbAsync(db => db.AtLargeCaseEvents.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Version).Select(e => e.Action).ToListAsync(Ct));
        Assert.Equal([CaseAction.Open, CaseAction.Assign, CaseAction.Locate, CaseAction.Close], events);
        var audits = await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == caseId.ToString()).OrderBy(a => a.Sequence)
            .Select(a => a.Action + ":" + a.Outcome).ToListAsync(Ct));
        Assert.Equal(["atlarge.case-open:success", "atlarge.case-read:success", "atlarge.assign:refused", "atlarge.locate:refused",
            "atlarge.assign:success", "atlarge.locate:success", "atlarge.close:success", "atlarge.close:refused"], audits);
    }

    [Fact]
    public async Task An_arrest_finishes_the_case_and_is_recorded_as_ICE_classifies_it()
    {
        Factory.SkipIfUnavailable();
        var (caseId, own, _) = await ArrangeAsync();
        var officer = Factory.World.OfficerKey;
        Assert.Equal(HttpStatusCode.OK, (await CaseStepAsync(officer, caseId, "assign", new { teamId = own })).Status);
        Assert.Equal(HttpStatusCode.OK, (await CaseStepAsync(officer, caseId, "locate", new { source = "records check" })).Status);
        var arrestedAt = Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var (noCause, problem) = await CaseStepAsync(officer, caseId, "arrest", new { arrestedAt, place = "Residence", method = "AtLargeLocated" });
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "probable-cause-required"), (noCause, (string?)problem["code"]));
        var (arrested, body) = await CaseStepAsync(officer, caseId, "arrest",
            new { arrestedAt, place = "Residence", method = "AtLargeLocated", probableCause = "I-200 warrant SEA-I200-000123" });
        Assert.Equal(HttpStatusCode.OK, arrested);
        Assert.Equal("Arrested", (string?)body["status"]);

        var arrest = await WithDbAsync(db => db.AtLargeArrests.AsNoTracking().SingleAsync(a => a.CaseId == caseId, Ct));
        Assert.Equal((ArrestMethod.AtLargeLocated, ArrestPlace.Residence, true, own, Factory.World.OfficeId),
            (arrest.Method, arrest.Place, arrest.ReleasedDespiteDetainer, arrest.TeamId, arrest.FieldOfficeId));
        Assert.Equal(ArrestCriminality.OtherImmigrationViolator, arrest.Criminality);
        Assert.Equal((HttpStatusCode.Conflict, "case-arrested"), await StatusAndCodeAsync(officer, caseId, "close", new { reason = "Departed" }));
    }

    [Fact]
    public async Task Only_a_supervisor_overrides_the_priority_with_a_written_reason_and_the_computed_one_stays()
    {
        Factory.SkipIfUnavailable();
        var (caseId, _, _) = await ArrangeAsync();
        var supervisor = await WithDbAsync(async db =>
        {
            var (key, prefix, hash) = DetainerDesk.Data.ApiKeys.ApiKeyFormat.Generate();
            db.ApiKeys.Add(new DetainerDesk.Data.ApiKeys.ApiKey { Id = Guid.NewGuid(), OrganisationId = Factory.World.OfficeId, Name = "test supervisor", Prefix = prefix, Hash = hash,
                Role = DetainerDesk.Domain.Organisations.Roles.IceSupervisor });
            await db.SaveChangesAsync(Ct);
            return key;
        });
        var computed = await Factory.ClientWithKey(supervisor).GetFromJsonAsync<JsonObject>($"/api/v1/at-large-cases/{caseId}", Ct);
        var lowest = await WithDbAsync(async db =>
        {
            var c = await db.PriorityClassifications.AsNoTracking().SingleAsync(x => x.CaseId == caseId, Ct);
            var framework = DetainerDesk.Domain.AtLarge.Priorities.FrameworkBook.Embedded.Find(c.FrameworkId, c.FrameworkVersion)!;
            return framework.Priorities[0].Code == c.Priority ? framework.Priorities[^1].Code : framework.Priorities[0].Code;
        });

        var officer = await Factory.ClientWithKey(Factory.World.OfficerKey).PostAsJsonAsync($"/api/v1/at-large-cases/{caseId}/priority-override",
            new { priority = lowest, reason = "Supervisor review of the file, memo 12" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "reason-required"), await StatusAndCodeAsync(supervisor, caseId, "priority-override", new { priority = lowest, reason = "ok" }));
        var (done, body) = await CaseStepAsync(supervisor, caseId, "priority-override", new { priority = lowest, reason = "Supervisor review of the file, memo 12" });
        Assert.Equal(HttpStatusCode.OK, done);
        Assert.Equal((lowest, (string?)computed!["framework"]), ((string?)body["priority"], (string?)body["framework"]));

        var history = await WithDbAsync(db => db.PriorityClassifications.AsNoTracking().Where(x => x.CaseId == caseId).OrderBy(x => x.Sequence).ToListAsync(Ct));
        Assert.Equal(2, history.Count);
        Assert.Equal((string?)computed["priority"], history[0].Priority);
        Assert.Equal((DetainerDesk.Domain.AtLarge.Priorities.ClassificationKind.SupervisorOverride, history[0].Id), (history[1].Kind, history[1].OverridesId));
    }

    private async Task<(HttpStatusCode, string?)> StatusAndCodeAsync(string key, Guid id, string step, object body)
    {
        var (status, problem) = await CaseStepAsync(key, id, step, body);
        return (status, (string?)problem["code"]);
    }

    [Fact]
    public async Task Another_office_cannot_read_or_step_the_case_and_an_agency_is_forbidden()
    {
        Factory.SkipIfUnavailable();
        var (caseId, own, _) = await ArrangeAsync();
        var otherOffice = Factory.World.OtherOfficeOfficerKey;
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.ClientWithKey(otherOffice).GetAsync($"/api/v1/at-large-cases/{caseId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await CaseStepAsync(otherOffice, caseId, "assign", new { teamId = own })).Status);
        var agency = await Factory.ClientWithKey(Factory.World.ClerkAKey).PostAsJsonAsync($"/api/v1/at-large-cases/{caseId}/close", new { reason = "Departed" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, agency.StatusCode);
        Assert.Equal(CaseStatus.Open, await WithDbAsync(db => db.AtLargeCases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync(Ct)));
    }
}

public sealed class SqliteCaseStepsApiTests(SqliteDeskFactory app) : CaseStepsApiTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresCaseStepsApiTests(PostgresDeskFactory app) : CaseStepsApiTests(app), IClassFixture<PostgresDeskFactory>;
