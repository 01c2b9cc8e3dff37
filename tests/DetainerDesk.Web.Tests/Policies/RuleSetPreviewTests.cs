using System.Net;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DetainerDesk.Web.Tests.Policies.PolicyAdminClient;

namespace DetainerDesk.Web.Tests.Policies;

/// <summary>The editor's preview on a small known set: two King County detainers this year, one from last year, one elsewhere in Washington, one in Texas.</summary>
public abstract class RuleSetPreviewTests(DeskFactory app)
{
    [Fact]
    public async Task The_preview_counts_the_last_years_detainers_of_the_jurisdiction_and_lists_those_whose_answer_changes()
    {
        app.SkipIfUnavailable();
        var king1 = await LodgeAsync(app, app.World.FacilityAId);
        var king2 = await LodgeAsync(app, app.World.FacilityAId);
        var kingLastYear = await LodgeAsync(app, app.World.FacilityAId);
        var pierce = await LodgeAsync(app, app.World.FacilityBId);
        var texas = await LodgeAsync(app, app.World.FacilityTexasId);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var longAgo = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-400);
            await db.Detainers.Where(d => d.Id == kingLastYear).ExecuteUpdateAsync(s => s.SetProperty(d => d.LodgedAtUtc, longAgo), Ct);
        }
        var versionsBefore = await CountVersionsAsync();

        var admin = Client(app, await AdminKeyAsync(app));
        var response = await PostFormAsync(admin, "/Policies/wa-king-county", "/Policies/wa-king-county?handler=Preview",
            new() { ["Json"] = await KingCountyWithInterviewsForbiddenAsync(app) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("2 detainers lodged in this jurisdiction", page, StringComparison.Ordinal);
        Assert.Contains("data-count=\"IceInterview:AllowedOnlyIf:2:0\"", page, StringComparison.Ordinal);
        Assert.Contains("data-count=\"IceInterview:Forbidden:0:2\"", page, StringComparison.Ordinal);
        Assert.Contains("data-count=\"HoldOnDetainer:Forbidden:2:2\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-change=\"{king1}:IceInterview\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-change=\"{king2}:IceInterview\"", page, StringComparison.Ordinal);
        foreach (var untouched in new[] { kingLastYear, pierce, texas })
            Assert.DoesNotContain(untouched.ToString(), page, StringComparison.Ordinal);
        Assert.Equal(2, page.Split("data-change=").Length - 1);

        // A preview saves nothing but is audited.
        Assert.Equal(versionsBefore, await CountVersionsAsync());
        using var check = app.Services.CreateScope();
        Assert.True(await check.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries
            .AnyAsync(a => a.Action == "policy.ruleset.preview" && a.EntityId == "wa-king-county" && a.Details == "detainers=2;changed=2", Ct));
    }

    private async Task<int> CountVersionsAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().RuleSetVersions.CountAsync(Ct);
    }
}

public sealed class SqliteRuleSetPreviewTests(SqliteDeskFactory app) : RuleSetPreviewTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresRuleSetPreviewTests(PostgresDeskFactory app) : RuleSetPreviewTests(app), IClassFixture<PostgresDeskFactory>;
