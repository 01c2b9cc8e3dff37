using System.Net;
using DetainerDesk.Web.Tests.Infrastructure;
using static DetainerDesk.Web.Tests.Policies.PolicyAdminClient;

namespace DetainerDesk.Web.Tests.Jurisdictions;

/// <summary>
/// The jurisdiction pages answer with the law the database holds: an administrator's edit shows on the county page
/// at once, without a restart (its own factory, since it changes King County's law).
/// </summary>
public abstract class EditedLawTests(DeskFactory app)
{
    [Fact]
    public async Task An_edited_rule_set_changes_the_law_the_county_page_shows_at_once()
    {
        app.SkipIfUnavailable();
        var analyst = app.ClientWithKey(app.World.AnalystKey);
        var before = await analyst.GetStringAsync("/Jurisdictions/Counties/53033", Ct);
        Assert.Contains("king-18665-interview", before, StringComparison.Ordinal);
        var interviewRowBefore = InterviewRow(before);
        Assert.Contains("dd-policy-table__condition", interviewRowBefore, StringComparison.Ordinal);

        var admin = Client(app, await AdminKeyAsync(app));
        var saved = await PostFormAsync(admin, "/Policies/wa-king-county", "/Policies/wa-king-county?handler=Save", new()
        {
            ["Json"] = await KingCountyWithInterviewsForbiddenAsync(app),
            ["ChangeNote"] = "No ICE interviews in county jails.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = InterviewRow(await analyst.GetStringAsync("/Jurisdictions/Counties/53033", Ct));
        Assert.DoesNotContain("dd-policy-table__condition", after, StringComparison.Ordinal);
        Assert.Contains("Forbidden", after, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(interviewRowBefore, after);
    }

    /// <summary>The table row of the law-in-force table whose rule is King County's interview rule.</summary>
    private static string InterviewRow(string html)
    {
        var rule = html.IndexOf("king-18665-interview", StringComparison.Ordinal);
        Assert.True(rule > 0, "the county page shows King County's interview rule");
        var start = html.LastIndexOf("<tr>", rule, StringComparison.Ordinal);
        return html[start..rule];
    }
}

public sealed class SqliteEditedLawTests(SqliteDeskFactory app) : EditedLawTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresEditedLawTests(PostgresDeskFactory app) : EditedLawTests(app), IClassFixture<PostgresDeskFactory>;
