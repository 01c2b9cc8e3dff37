using System.Net;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Features.Fugitive;
using DetainerDesk.Web.Tests.Infrastructure;
using DetainerDesk.Web.Tests.Lifecycle;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.AtLarge;

/// <summary>The case page: the owning field office and headquarters see it; another office's officer gets a 404, an agency a 403; every read is audited.</summary>
public abstract class CasePageTests(DeskFactory app) : LifecycleSteps(app)
{
    private HttpClient PageClient(string apiKey)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    private async Task<Guid> DeclinedCaseAsync()
    {
        var key = Factory.World.ClerkAKey;
        var id = await LodgeAndAcknowledgeAsync(Factory.World.FacilityAId, key);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "decision", new { response = "Decline" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "release-declined", new { source = "jail release log", reference = "RL-12" })).Status);
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AtLargeCases.Where(c => c.DetainerId == Guid.Parse(id)).Select(c => c.Id).SingleAsync(Ct);
    }

    private async Task<List<string>> ReadAuditsAsync(Guid caseId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == CaseModel.ReadAuditAction && a.EntityId == caseId.ToString())
            .OrderBy(a => a.Sequence).Select(a => a.Outcome).ToListAsync(Ct);
    }

    [Fact]
    public async Task The_owning_office_sees_the_case_with_its_priority_and_another_office_does_not()
    {
        Factory.SkipIfUnavailable();
        var caseId = await DeclinedCaseAsync();

        var own = await PageClient(Factory.World.OfficerKey).GetAsync($"/Fugitive/Cases/{caseId}", Ct);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var html = await own.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Quintero Salas", html, StringComparison.Ordinal);
        Assert.Contains("id=\"case-priority\"", html, StringComparison.Ordinal);
        Assert.Contains("Released without transfer despite a detainer", html, StringComparison.Ordinal);
        Assert.Contains("no-store", own.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);

        var other = await PageClient(Factory.World.OtherOfficeOfficerKey).GetAsync($"/Fugitive/Cases/{caseId}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("Quintero Salas", await other.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await PageClient(Factory.World.AnalystKey).GetAsync($"/Fugitive/Cases/{caseId}", Ct)).StatusCode);
        Assert.Equal(["success", "denied", "success"], await ReadAuditsAsync(caseId));
    }

    [Fact]
    public async Task An_agency_never_sees_at_large_cases()
    {
        Factory.SkipIfUnavailable();
        var caseId = await DeclinedCaseAsync();
        var response = await PageClient(Factory.World.ClerkAKey).GetAsync($"/Fugitive/Cases/{caseId}", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await ReadAuditsAsync(caseId));
    }
}

public sealed class SqliteCasePageTests(SqliteDeskFactory app) : CasePageTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresCasePageTests(PostgresDeskFactory app) : CasePageTests(app), IClassFixture<PostgresDeskFactory>;
