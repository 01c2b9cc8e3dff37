using System.Net;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Web.Features.Fugitive;
using DetainerDesk.Web.Tests.Infrastructure;
using DetainerDesk.Web.Tests.Lifecycle;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.AtLarge;

/// <summary>The team board: a field office sees its own open cases, unassigned ones and team workload; another office none of it; headquarters picks an office.</summary>
public abstract class BoardPageTests(DeskFactory app) : LifecycleSteps(app)
{
    private HttpClient PageClient(string apiKey)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    private async Task<(Guid Case, Guid Team)> AssignedCaseAsync()
    {
        var key = Factory.World.ClerkAKey;
        var id = await LodgeAndAcknowledgeAsync(Factory.World.FacilityAId, key);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "decision", new { response = "Decline" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "release-declined", new { source = "jail release log" })).Status);
        var team = Guid.NewGuid();
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.FugitiveTeams.Add(new FugitiveTeam { Id = team, FieldOfficeId = Factory.World.OfficeId, Code = $"B-{team:N}"[..20], Name = $"Board Team {team:N}"[..20] });
        await db.SaveChangesAsync(Ct);
        return (await db.AtLargeCases.Where(c => c.DetainerId == Guid.Parse(id)).Select(c => c.Id).SingleAsync(Ct), team);
    }

    /// <summary>The "not yet assigned" panel only (other tests of the class may leave cases of their own there).</summary>
    private static string UnassignedSection(string html)
    {
        var start = html.IndexOf("id=\"unassigned-heading\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("id=\"open-heading\"", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task The_office_sees_its_open_cases_unassigned_and_then_in_its_team_workload_and_another_office_sees_none()
    {
        Factory.SkipIfUnavailable();
        var (caseId, team) = await AssignedCaseAsync();
        var officer = PageClient(Factory.World.OfficerKey);

        var before = await officer.GetAsync("/Fugitive/Board", Ct);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var html = await before.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"/Fugitive/Cases/{caseId}", UnassignedSection(html), StringComparison.Ordinal);
        Assert.Contains("Quintero Salas", html, StringComparison.Ordinal);
        Assert.Contains("At-large board", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await Factory.ClientWithKey(Factory.World.OfficerKey)
            .PostAsync($"/api/v1/at-large-cases/{caseId}/assign", System.Net.Http.Json.JsonContent.Create(new { teamId = team }), Ct)).StatusCode);
        var after = await officer.GetStringAsync("/Fugitive/Board", Ct);
        Assert.DoesNotContain($"/Fugitive/Cases/{caseId}", UnassignedSection(after), StringComparison.Ordinal);
        Assert.Contains($"/Fugitive/Cases/{caseId}", after, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\">{$"Board Team {team:N}"[..20]}</th><td>1</td><td>0</td>", after, StringComparison.Ordinal);

        var other = await PageClient(Factory.World.OtherOfficeOfficerKey).GetStringAsync("/Fugitive/Board", Ct);
        Assert.DoesNotContain(caseId.ToString(), other, StringComparison.Ordinal);
        Assert.DoesNotContain("Board Team", other, StringComparison.Ordinal);

        await using var scope = Factory.Services.CreateAsyncScope();
        var audits = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == BoardModel.ReadAuditAction).CountAsync(Ct);
        Assert.True(audits >= 3);
    }

    [Fact]
    public async Task Headquarters_sees_every_office_or_picks_one_and_an_agency_is_forbidden()
    {
        Factory.SkipIfUnavailable();
        var (caseId, _) = await AssignedCaseAsync();
        var hq = PageClient(Factory.World.AnalystKey);
        Assert.Contains($"/Fugitive/Cases/{caseId}", await hq.GetStringAsync("/Fugitive/Board", Ct), StringComparison.Ordinal);
        Assert.Contains($"/Fugitive/Cases/{caseId}", await hq.GetStringAsync($"/Fugitive/Board?office={Factory.World.OfficeId}", Ct), StringComparison.Ordinal);
        Assert.DoesNotContain($"/Fugitive/Cases/{caseId}", await hq.GetStringAsync($"/Fugitive/Board?office={Factory.World.OtherOfficeId}", Ct), StringComparison.Ordinal);
        // A field office cannot widen its board by naming another office.
        Assert.Contains($"/Fugitive/Cases/{caseId}", await PageClient(Factory.World.OfficerKey).GetStringAsync($"/Fugitive/Board?office={Factory.World.OtherOfficeId}", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await PageClient(Factory.World.ClerkAKey).GetAsync("/Fugitive/Board", Ct)).StatusCode);
    }
}

public sealed class SqliteBoardPageTests(SqliteDeskFactory app) : BoardPageTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresBoardPageTests(PostgresDeskFactory app) : BoardPageTests(app), IClassFixture<PostgresDeskFactory>;
