using System.Net;
using DetainerDesk.Web.Tests.Infrastructure;
using DetainerDesk.Web.Tests.Lifecycle;

namespace DetainerDesk.Web.Tests.Jurisdictions;

/// <summary>The cooperation record and the county map over HTTP, with outcomes recorded through the API as a jail system would.</summary>
public abstract class JurisdictionPagesTests(DeskFactory app) : LifecycleSteps(app)
{
    private async Task<string> PageAsync(string key, string path)
    {
        var response = await Factory.ClientWithKey(key).GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Fact]
    public async Task The_map_draws_King_County_by_FIPS_as_a_link_with_its_figures_and_a_table_row()
    {
        Factory.SkipIfUnavailable();
        await LodgeAndAcknowledgeAsync(Factory.World.FacilityAId, Factory.World.ClerkAKey);

        var html = await PageAsync(Factory.World.AnalystKey, "/Jurisdictions/Map");

        Assert.Matches("""<a href="/Jurisdictions/Counties/53033\?fy=\d{4}" class="dd-map__county" data-fips="53033"><title>King County, WA\. No holds or notification without a judicial warrant\. FY\d{4}: \d+ received""", html);
        Assert.Matches("""data-fips="53033"><title>[^<]*</title><path d="M[-0-9. lZM]+" fill="#1a4480" />""", html);
        Assert.Contains("""<tr data-fips="53033">""", html);
        // Texas law mandates holds; the map says so for Harris County even where no detainer was lodged.
        Assert.Matches("""data-fips="48201"><title>Harris County, TX\. Holds required by state law\.""", html);

        var byRate = await PageAsync(Factory.World.AnalystKey, "/Jurisdictions/Map?colour=decline");
        Assert.Contains("Declined 80 % or more", byRate);
    }

    [Fact]
    public async Task The_county_record_counts_outcomes_and_lists_answers_that_contradict_the_law()
    {
        Factory.SkipIfUnavailable();
        var key = Factory.World.ClerkTexasKey;
        // Harris County, TX: one honoured through a hold, one declined although Texas law (SB 4) requires honouring.
        var honoured = await HoldInTexasAsync();
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, honoured, "transfer", new { reference = "ICE officer badge 123" })).Status);
        var declined = await LodgeAndAcknowledgeAsync(Factory.World.FacilityTexasId, key);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, declined, "decision", new { response = "Decline" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, declined, "release-declined", new { source = "jail release log", reference = "RL-1" })).Status);

        var html = await PageAsync(Factory.World.AnalystKey, "/Jurisdictions/Counties/48201");

        Assert.Contains("Harris County, Texas", html);
        Assert.Contains("Holds required by state law", html);
        Assert.Contains("Declined where state law requires honouring", html);
        Assert.Contains($"/Detainers/{declined}", html);
        Assert.DoesNotContain($"/Detainers/{honoured}", html);
        Assert.Matches("""<th scope="row">FY\d{4}</th>\s*<td>2</td>\s*<td>1</td>\s*<td>0</td>\s*<td>1</td>""", html);

        // One decline of two ended answers: 50 %, the middle colour of the decline-rate map, with the rate in the title.
        var map = await PageAsync(Factory.World.AnalystKey, "/Jurisdictions/Map?colour=decline");
        Assert.Matches("""data-fips="48201"><title>Harris County, TX\. [^<]*decline rate 50 %\.</title><path d="[^"]+" fill="#73b3e7" />""", map);
    }

    [Fact]
    public async Task A_transfer_Washington_law_forbids_needs_a_legal_basis_and_is_then_no_mismatch()
    {
        Factory.SkipIfUnavailable();
        var key = Factory.World.ClerkAKey;
        var id = await LodgeAndAcknowledgeAsync(Factory.World.FacilityAId, key);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "decision", new { response = "Decline" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "service", new { reference = "served in person" })).Status);
        // The transfer itself is refused without a legal basis (422); recorded on one (a judicial warrant), it is lawful,
        // so the cooperation record does not list it as contradicting the rule set.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await StepAsync(key, id, "transfer", new { reference = "ICE officer badge 9" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "transfer",
            new { reference = "ICE officer badge 9", legalBasis = "judicial warrant received", source = "US District Court warrant 26-mj-0007" })).Status);

        var html = await PageAsync(key, "/Jurisdictions/Agencies/WA0179900");

        Assert.Contains("RCW 10.93.160", html);
        Assert.DoesNotContain($"/Detainers/{id}", html);
    }

    [Fact]
    public async Task An_agency_sees_its_own_record_only()
    {
        Factory.SkipIfUnavailable();
        Assert.Equal(HttpStatusCode.OK, (await Factory.ClientWithKey(Factory.World.ClerkAKey).GetAsync("/Jurisdictions/Agencies/WA0179900", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.ClientWithKey(Factory.World.ClerkAKey).GetAsync("/Jurisdictions/Agencies/WA0539900", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Factory.ClientWithKey(Factory.World.TipReviewerKey).GetAsync("/Jurisdictions/Map", Ct)).StatusCode);

        var list = await PageAsync(Factory.World.ClerkAKey, "/Jurisdictions");
        Assert.Contains("/Jurisdictions/Counties/53033", list);
        Assert.DoesNotContain("/Jurisdictions/Counties/53053", list);
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.ClientWithKey(Factory.World.AnalystKey).GetAsync("/Jurisdictions/Counties/99999", Ct)).StatusCode);
    }
}

public sealed class SqliteJurisdictionPagesTests(SqliteDeskFactory app) : JurisdictionPagesTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresJurisdictionPagesTests(PostgresDeskFactory app) : JurisdictionPagesTests(app), IClassFixture<PostgresDeskFactory>;
