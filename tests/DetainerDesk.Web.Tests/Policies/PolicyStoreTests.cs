using System.Net;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.Policies;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Domain.Policies;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DetainerDesk.Web.Tests.Policies.PolicyAdminClient;

namespace DetainerDesk.Web.Tests.Policies;

/// <summary>Rule sets in the database, decisions stored with detainers, and the administrator's editor.</summary>
public abstract class PolicyStoreTests(DeskFactory app)
{
    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Fact]
    public async Task The_shipped_files_are_imported_once_and_a_changed_file_becomes_the_next_version()
    {
        app.SkipIfUnavailable();
        var files = RuleBook.EmbeddedFiles();
        var rows = await WithDbAsync(db => db.RuleSetVersions.AsNoTracking().ToListAsync(Ct));
        Assert.All(files, f => Assert.Contains(rows, r => r.SourceFile == f.Name && r.Version == 1 && r.ContentHash == f.ContentHash));

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        Assert.Equal(0, await RuleSetImporter.ImportAsync(db, audit, Now(), files, Ct));

        var nyc = files.Single(f => f.Name.EndsWith("new-york-city.json", StringComparison.Ordinal));
        var changed = files.Select(f => f == nyc ? f with { Json = f.Json.Replace("\"name\":", "\"name\" :", StringComparison.Ordinal) } : f).ToList();
        Assert.Equal(1, await RuleSetImporter.ImportAsync(db, audit, Now(), changed, Ct));
        Assert.Equal(0, await RuleSetImporter.ImportAsync(db, audit, Now(), changed, Ct));

        var versions = await WithDbAsync(d => d.RuleSetVersions.AsNoTracking().Where(r => r.RuleSetId == "ny-new-york-city").OrderBy(r => r.Version).ToListAsync(Ct));
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal([RuleSetStatus.Superseded, RuleSetStatus.Active], versions.Select(v => v.Status));
        Assert.Contains(await WithDbAsync(d => d.AuditEntries.AsNoTracking().Where(a => a.Action == "policy.ruleset.import" && a.EntityId == "ny-new-york-city").ToListAsync(Ct)),
            a => a.Details!.Contains("version=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_edit_changes_later_evaluations_but_not_stored_ones_until_someone_re_evaluates()
    {
        app.SkipIfUnavailable();
        var before = await LodgeAsync(app, app.World.FacilityAId);
        var stored = await WithDbAsync(db => db.PolicyEvaluations.AsNoTracking().SingleAsync(e => e.DetainerId == before, Ct));
        Assert.Equal(PolicyEvaluationOccasion.Lodged, stored.Occasion);
        Assert.Equal(PolicyVerdict.Forbidden, stored.HoldOnDetainer);
        Assert.Equal(PolicyVerdict.AllowedOnlyIf, stored.IceInterview);
        Assert.Contains("wa-king-county@king-ord-18665 v", stored.RuleSetVersions, StringComparison.Ordinal);

        var admin = Client(app, await AdminKeyAsync(app));
        var saved = await PostFormAsync(admin, "/Policies/wa-king-county", "/Policies/wa-king-county?handler=Save", new()
        {
            ["Json"] = await KingCountyWithInterviewsForbiddenAsync(app),
            ["ChangeNote"] = "Ord. 18665 read by counsel: no ICE interviews in county jails.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var newVersion = await WithDbAsync(db => db.RuleSetVersions.AsNoTracking()
            .SingleAsync(r => r.RuleSetId == "wa-king-county" && r.Status == RuleSetStatus.Active, Ct));
        Assert.Null(newVersion.SourceFile);
        Assert.Contains(await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "policy.ruleset.save" && a.EntityId == "wa-king-county").ToListAsync(Ct)),
            a => a.Outcome == AuditOutcomes.Success && a.Details!.Contains($"version={newVersion.Version}", StringComparison.Ordinal));

        var after = await LodgeAsync(app, app.World.FacilityAId);
        var later = await WithDbAsync(db => db.PolicyEvaluations.AsNoTracking().SingleAsync(e => e.DetainerId == after, Ct));
        Assert.Equal(PolicyVerdict.Forbidden, later.IceInterview);
        Assert.Contains($"king-ord-18665 v{newVersion.Version}", later.RuleSetVersions, StringComparison.Ordinal);

        // The first detainer keeps its stored answer, and its page says when it was evaluated and with which versions.
        var officer = Client(app, app.World.OfficerKey);
        var page = await officer.GetStringAsync($"/Detainers/{before}", Ct);
        Assert.Contains(stored.Id.ToString(), page, StringComparison.Ordinal);
        Assert.Contains("when the detainer was lodged", page, StringComparison.Ordinal);
        Assert.Equal(PolicyVerdict.AllowedOnlyIf, (await WithDbAsync(db => db.PolicyEvaluations.AsNoTracking().SingleAsync(e => e.DetainerId == before, Ct))).IceInterview);

        var again = await PostFormAsync(officer, $"/Detainers/{before}", $"/Detainers/{before}/policy/re-evaluate", new() { ["reason"] = "King County rules edited" });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var rows = await WithDbAsync(db => db.PolicyEvaluations.AsNoTracking().Where(e => e.DetainerId == before).OrderBy(e => e.EvaluatedAtUtc).ToListAsync(Ct));
        Assert.Equal([PolicyEvaluationOccasion.Lodged, PolicyEvaluationOccasion.ReEvaluated], rows.Select(r => r.Occasion));
        Assert.Equal([PolicyVerdict.AllowedOnlyIf, PolicyVerdict.Forbidden], rows.Select(r => r.IceInterview));
        Assert.Contains(rows[1].Id.ToString(), await officer.GetStringAsync($"/Detainers/{before}", Ct), StringComparison.Ordinal);
        Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "detainer.policy.reevaluate" && a.EntityId == before.ToString() && a.Outcome == AuditOutcomes.Success, Ct)));
    }

    [Fact]
    public async Task The_agency_decision_stores_the_evaluation_it_was_checked_against()
    {
        app.SkipIfUnavailable();
        var id = await LodgeAsync(app, app.World.FacilityTexasId);
        var clerk = app.ClientWithKey(app.World.ClerkTexasKey);
        (await clerk.PostAsync($"/api/v1/detainers/{id}/acknowledge", null, Ct)).EnsureSuccessStatusCode();
        (await clerk.PostAsync($"/api/v1/detainers/{id}/decision", System.Net.Http.Json.JsonContent.Create(new { response = "HonourHold" }), Ct)).EnsureSuccessStatusCode();
        var rows = await WithDbAsync(db => db.PolicyEvaluations.AsNoTracking().Where(e => e.DetainerId == id).OrderBy(e => e.EvaluatedAtUtc).ToListAsync(Ct));
        Assert.Equal([PolicyEvaluationOccasion.Lodged, PolicyEvaluationOccasion.AgencyDecision], rows.Select(r => r.Occasion));
        Assert.Contains("tx-sb4@", rows[1].RuleSetVersions, StringComparison.Ordinal);
        Assert.Contains("\"ruleId\"", rows[1].DecisionJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_administrators_reach_the_editor_and_only_those_who_see_a_detainer_re_evaluate_it()
    {
        app.SkipIfUnavailable();
        foreach (var key in new[] { app.World.ClerkAKey, app.World.OfficerKey, app.World.AnalystKey })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await Client(app, key).GetAsync("/Policies", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await Client(app, key).GetAsync("/Policies/wa-king-county", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await Client(app, key).GetAsync("/Policies/wa-king-county/versions/1", Ct)).StatusCode);
        }
        var admin = Client(app, await AdminKeyAsync(app));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Policies/no-such-set", Ct)).StatusCode);
        var list = await admin.GetStringAsync("/Policies", Ct);
        Assert.Contains("wa-king-county", list, StringComparison.Ordinal);
        Assert.Contains("id=\"ruleset-json\"", await admin.GetStringAsync("/Policies/wa-king-county", Ct), StringComparison.Ordinal);
        Assert.Contains("King County", await admin.GetStringAsync("/Policies/wa-king-county/versions/1", Ct), StringComparison.Ordinal);

        // Another agency's clerk cannot see this detainer, so cannot re-evaluate it either.
        var id = await LodgeAsync(app, app.World.FacilityAId);
        var otherClerk = Client(app, app.World.ClerkBKey);
        var refused = await PostFormAsync(otherClerk, "/Notifications/Index", $"/Detainers/{id}/policy/re-evaluate", new() { ["reason"] = "x" });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Single(await WithDbAsync(db => db.PolicyEvaluations.AsNoTracking().Where(e => e.DetainerId == id).ToListAsync(Ct)));
    }

    [Fact]
    public async Task Invalid_JSON_is_refused_with_the_line_and_field_and_the_refusal_is_audited()
    {
        app.SkipIfUnavailable();
        var admin = Client(app, await AdminKeyAsync(app));
        var broken = await KingCountyWithInterviewVerdictAsync(app, "Nope");
        var line = broken.Split('\n').Select((text, i) => (text, i)).First(l => l.text.Contains("\"Nope\"", StringComparison.Ordinal)).i + 1;
        var countBefore = await WithDbAsync(db => db.RuleSetVersions.CountAsync(Ct));

        var response = await PostFormAsync(admin, "/Policies/wa-king-county", "/Policies/wa-king-county?handler=Save", new() { ["Json"] = broken, ["ChangeNote"] = "typo" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"Line {line}", page, StringComparison.Ordinal);
        Assert.Contains("$.versions[2].answers[2].verdict", page, StringComparison.Ordinal);
        Assert.Contains("unknown value &#x27;Nope&#x27;", page, StringComparison.Ordinal);

        var syntax = await PostFormAsync(admin, "/Policies/wa-king-county", "/Policies/wa-king-county?handler=Preview", new() { ["Json"] = "{\n  \"id\": \"wa-king-county\",\n  oops\n}" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, syntax.StatusCode);
        Assert.Contains("Line 3", await syntax.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        Assert.Equal(countBefore, await WithDbAsync(db => db.RuleSetVersions.CountAsync(Ct)));
        Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "policy.ruleset.save" && a.Outcome == AuditOutcomes.Refused, Ct)));
    }

    private static DateTime Now() => TimeProvider.System.GetUtcNow().UtcDateTime;
}

public sealed class SqlitePolicyStoreTests(SqliteDeskFactory app) : PolicyStoreTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresPolicyStoreTests(PostgresDeskFactory app) : PolicyStoreTests(app), IClassFixture<PostgresDeskFactory>;
