using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.Policies;
using DetainerDesk.Domain.Policies;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DetainerDesk.Web.Tests.Policies.PolicyAdminClient;

namespace DetainerDesk.Web.Tests.Policies;

/// <summary>
/// An agency's 287(g) agreement is an input of the law: a detainer lodged after the agreement was signed carries its
/// duties and conditions in the stored decision, and the agency's page names the agreement (own factory: it changes an agency).
/// </summary>
public abstract class Agreement287gTests(DeskFactory app)
{
    [Fact]
    public async Task A_detainer_lodged_with_a_jail_enforcement_agency_stores_the_287g_duty_and_interview_condition()
    {
        app.SkipIfUnavailable();
        var before = await LodgeAsync(app, app.World.FacilityTexasId);

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var agency = await db.Organisations.SingleAsync(o => o.Code == "TX2019900", Ct);
            agency.Agreement287g = Agreement287g.JailEnforcement;
            agency.Agreement287gFrom = new DateOnly(2020, 1, 1);
            await db.SaveChangesAsync(Ct);
        }
        var after = await LodgeAsync(app, app.World.FacilityTexasId);

        var stored = await StoredAsync(before);
        Assert.DoesNotContain(stored.Duties, d => d.RuleId == "287g-jail-serve-warrant");
        Assert.Equal(Agreement287g.None, stored.Inputs.Agreement287g);

        var withAgreement = await StoredAsync(after);
        Assert.Equal(Agreement287g.JailEnforcement, withAgreement.Inputs.Agreement287g);
        Assert.Contains(withAgreement.Duties, d => d.RuleId == "287g-jail-serve-warrant" && d.Kind == DutyKind.ServeSubjectCopy);

        var page = await app.ClientWithKey(app.World.AnalystKey).GetStringAsync("/Jurisdictions/Agencies/TX2019900", Ct);
        Assert.Contains("287(g) Jail Enforcement", page, StringComparison.Ordinal);
    }

    private async Task<PolicyDecision> StoredAsync(Guid detainerId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await PolicyEvaluations.LatestAsync(db, detainerId, Ct))!;
    }
}

public sealed class SqliteAgreement287gTests(SqliteDeskFactory app) : Agreement287gTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresAgreement287gTests(PostgresDeskFactory app) : Agreement287gTests(app), IClassFixture<PostgresDeskFactory>;
