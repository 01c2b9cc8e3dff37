using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DetainerDesk.Cli;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Tests.Detainers;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.Audit;

/// <summary>Every write and every read of personal data leaves an audit entry; `detainerdesk verify-audit` notices tampering.</summary>
public abstract class AuditChainTests(DeskFactory app)
{
    [Fact]
    public async Task Lodging_and_reading_are_audited_with_actor_and_outcome()
    {
        app.SkipIfUnavailable();
        var id = await AuditSteps.LodgeAndReadAsync(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entries = await db.AuditEntries.Where(a => a.EntityId == id).OrderBy(a => a.Sequence).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(entries, e => e.Action == "detainer.lodge" && e.Outcome == "success" && e.OrganisationId == app.World.OfficeId);
        Assert.Contains(entries, e => e.Action == "detainer.read" && e.Outcome == "success");
        Assert.Contains(entries, e => e.Action == "detainer.read" && e.Outcome == "denied" && e.OrganisationId == app.World.AgencyBId);
    }

    [Fact]
    public async Task Verify_audit_passes_on_an_untouched_log_and_fails_after_a_row_is_changed_by_hand()
    {
        app.SkipIfUnavailable();
        await AuditSteps.LodgeAndReadAsync(app);
        var output = new StringWriter();
        Assert.Equal(0, await AuditSteps.VerifyAuditAsync(app, output));
        Assert.Contains("Audit chain verified", output.ToString());

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var victim = await db.AuditEntries.Where(a => a.Action == "detainer.read" && a.Outcome == "success").Select(a => a.Sequence).FirstAsync(TestContext.Current.CancellationToken);
        // A hand edit, as someone with database access would make it: no hash is recomputed.
        await db.AuditEntries.Where(a => a.Sequence == victim).ExecuteUpdateAsync(s => s.SetProperty(a => a.Outcome, "denied"), TestContext.Current.CancellationToken);
        output = new StringWriter();
        Assert.Equal(1, await AuditSteps.VerifyAuditAsync(app, output));
        Assert.Contains($"entry {victim} was altered", output.ToString());

        // Undo the edit so the other tests of this class share an intact chain.
        await db.AuditEntries.Where(a => a.Sequence == victim).ExecuteUpdateAsync(s => s.SetProperty(a => a.Outcome, "success"), TestContext.Current.CancellationToken);
        Assert.Equal(0, await AuditSteps.VerifyAuditAsync(app, new StringWriter()));
    }
}

/// <summary>Deleting an entry cannot be undone, so this test has a database of its own.</summary>
public abstract class AuditDeletionTests(DeskFactory app)
{
    [Fact]
    public async Task Verify_audit_fails_when_an_entry_is_deleted()
    {
        app.SkipIfUnavailable();
        await AuditSteps.LodgeAndReadAsync(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var second = await db.AuditEntries.OrderBy(a => a.Sequence).Skip(1).Select(a => a.Sequence).FirstAsync(TestContext.Current.CancellationToken);
        await db.AuditEntries.Where(a => a.Sequence == second).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        var output = new StringWriter();
        Assert.Equal(1, await AuditSteps.VerifyAuditAsync(app, output));
        Assert.Contains($"entry {second} is missing", output.ToString());
    }
}

internal static class AuditSteps
{
    public static Task<int> VerifyAuditAsync(DeskFactory app, StringWriter output) => CliApp.RunAsync(["verify-audit"], new Dictionary<string, string?>
    {
        ["Database:Provider"] = app.Provider.ToString(),
        ["ConnectionStrings:Default"] = app.ConnectionString,
    }, output);

    /// <summary>Officer lodges and reads a detainer; another agency tries to read it.</summary>
    public static async Task<string> LodgeAndReadAsync(DeskFactory app)
    {
        var officer = app.ClientWithKey(app.World.OfficerKey);
        var lodged = await officer.PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(app.World.FacilityAId), TestContext.Current.CancellationToken);
        var id = (string)(await lodged.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["id"]!;
        await officer.GetAsync($"/api/v1/detainers/{id}", TestContext.Current.CancellationToken);
        await app.ClientWithKey(app.World.ClerkBKey).GetAsync($"/api/v1/detainers/{id}", TestContext.Current.CancellationToken);
        return id;
    }
}

public sealed class SqliteAuditChainTests(SqliteDeskFactory app) : AuditChainTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresAuditChainTests(PostgresDeskFactory app) : AuditChainTests(app), IClassFixture<PostgresDeskFactory>;
public sealed class SqliteAuditDeletionTests(SqliteDeskFactory app) : AuditDeletionTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresAuditDeletionTests(PostgresDeskFactory app) : AuditDeletionTests(app), IClassFixture<PostgresDeskFactory>;
