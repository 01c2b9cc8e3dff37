using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DetainerDesk.Data.ApiKeys;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Tests.Detainers;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.Dashboard;

/// <summary>
/// The officer's dashboard shows the whole field office by default and, under "My detainers" (?scope=mine), only the
/// detainers the signed-in officer lodged, by status: a colleague's are in the office view, never in mine.
/// </summary>
public abstract partial class OfficerDashboardScopeTests(DeskFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A second and third officer of the test world's field office, each with a key of their own.</summary>
    private async Task<(string A, string B)> TwoOfficersAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        string Key(string name)
        {
            var (key, prefix, hash) = ApiKeyFormat.Generate();
            db.ApiKeys.Add(new ApiKey { Id = Guid.NewGuid(), OrganisationId = app.World.OfficeId, Name = name, Prefix = prefix, Hash = hash, Role = Roles.IceOfficer });
            return key;
        }
        var keys = (Key($"officer A {Guid.NewGuid():N}"), Key($"officer B {Guid.NewGuid():N}"));
        await db.SaveChangesAsync(Ct);
        return keys;
    }

    private async Task LodgeAsync(string key, string familyName)
    {
        var body = LodgeRequests.Valid(app.World.FacilityAId);
        body["subject"]!["familyName"] = familyName;
        var lodged = await app.ClientWithKey(key).PostAsJsonAsync("/api/v1/detainers", body, Ct);
        Assert.Equal(HttpStatusCode.Created, lodged.StatusCode);
    }

    /// <summary>The number on a status card of the dashboard's counts ("All detainers" included).</summary>
    private static int CardCount(string html, string heading)
    {
        var match = Regex.Match(html, $"<h3 class=\"usa-card__heading\">{Regex.Escape(heading)}</h3></div>\\s*<div class=\"usa-card__body\"><p class=\"dd-stat\">([0-9,]+)</p>");
        Assert.True(match.Success, $"No card '{heading}' on the dashboard.");
        return int.Parse(match.Groups[1].Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Under_mine_officer_A_sees_only_the_detainers_A_lodged_and_the_office_view_still_has_both()
    {
        app.SkipIfUnavailable();
        var (a, b) = await TwoOfficersAsync();
        await LodgeAsync(a, "Alderwick");
        await LodgeAsync(a, "Alderwick");
        await LodgeAsync(b, "Birchmont");

        var mine = await app.ClientWithKey(a).GetStringAsync("/?scope=mine", Ct);
        Assert.Contains("My detainers by status", mine, StringComparison.Ordinal);
        Assert.Contains("Alderwick", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Birchmont", mine, StringComparison.Ordinal);
        Assert.Equal(2, CardCount(mine, "All detainers"));
        Assert.Equal(2, CardCount(mine, "Lodged"));
        Assert.Matches("<a [^>]*aria-current=\"page\"[^>]*>My detainers</a>", mine);
        Assert.Matches("<a [^>]*href=\"/\\?scope=office\"[^>]*>Whole office</a>", mine);

        var theirs = await app.ClientWithKey(b).GetStringAsync("/?scope=mine", Ct);
        Assert.Equal(1, CardCount(theirs, "All detainers"));
        Assert.DoesNotContain("Alderwick", theirs, StringComparison.Ordinal);

        var office = await app.ClientWithKey(a).GetStringAsync("/?scope=office", Ct);
        Assert.Contains("Alderwick", office, StringComparison.Ordinal);
        Assert.Contains("Birchmont", office, StringComparison.Ordinal);
        Assert.True(CardCount(office, "All detainers") >= 3);
        Assert.Equal(CardCount(office, "All detainers"), CardCount(await app.ClientWithKey(a).GetStringAsync("/", Ct), "All detainers"));
    }

    [Fact]
    public async Task The_list_behind_my_counts_holds_only_my_detainers()
    {
        app.SkipIfUnavailable();
        var (a, b) = await TwoOfficersAsync();
        await LodgeAsync(a, "Cedarholm");
        await LodgeAsync(b, "Dunmorrow");

        var mine = await app.ClientWithKey(a).GetStringAsync("/Detainers?status=Lodged&scope=mine", Ct);
        Assert.Contains("Cedarholm", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Dunmorrow", mine, StringComparison.Ordinal);
        Assert.Contains("name=\"scope\" value=\"mine\"", mine, StringComparison.Ordinal);
        var all = await app.ClientWithKey(a).GetStringAsync("/Detainers?status=Lodged", Ct);
        Assert.Contains("Dunmorrow", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mine_means_nothing_to_an_agency_whose_dashboard_is_unchanged()
    {
        app.SkipIfUnavailable();
        var clerk = app.ClientWithKey(app.World.ClerkAKey);
        var html = await clerk.GetStringAsync("/?scope=mine", Ct);
        Assert.DoesNotContain("My detainers", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/Detainers?scope=mine", Ct)).StatusCode);
    }
}

public sealed class SqliteOfficerDashboardScopeTests(SqliteDeskFactory app) : OfficerDashboardScopeTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresOfficerDashboardScopeTests(PostgresDeskFactory app) : OfficerDashboardScopeTests(app), IClassFixture<PostgresDeskFactory>;
