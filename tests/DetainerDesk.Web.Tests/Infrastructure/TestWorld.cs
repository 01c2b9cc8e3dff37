using DetainerDesk.Data.ApiKeys;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Organisations;

namespace DetainerDesk.Web.Tests.Infrastructure;

/// <summary>
/// The smallest world the detainer journey needs: two field offices, two agencies with a jail each, and an API key
/// for each actor. Tests act through the API with these keys, exactly as systems do.
/// </summary>
public sealed record TestWorld(
    Guid OfficeId, Guid OtherOfficeId, Guid AgencyAId, Guid AgencyBId, Guid FacilityAId, Guid FacilityBId,
    string OfficerKey, string OtherOfficeOfficerKey, string ClerkAKey, string ClerkBKey, string AnalystKey, string TipReviewerKey,
    Guid FacilityTexasId, string ClerkTexasKey)
{
    public static async Task<TestWorld> CreateAsync(AppDbContext db)
    {
        var hq = Org("TESTHQ", "Test Headquarters", OrganisationKind.Headquarters, null);
        var office = Org("TSE", "Test Seattle Field Office", OrganisationKind.FieldOffice, "SEA");
        var otherOffice = Org("TMI", "Test Miami Field Office", OrganisationKind.FieldOffice, "MIA");
        var agencyA = Org("WA0179900", "Test King County Jail Agency", OrganisationKind.LocalAgency, "SEA");
        var agencyB = Org("WA0539900", "Test Pierce County Jail Agency", OrganisationKind.LocalAgency, "SEA");
        var agencyTexas = Org("TX2019900", "Test Harris County Sheriff", OrganisationKind.LocalAgency, "HOU");
        agencyTexas.StateCode = "TX";
        db.Organisations.AddRange(hq, office, otherOffice, agencyA, agencyB, agencyTexas);
        var facilityA = Jail("TKCJ", "Test King County Correctional Facility", agencyA.Id, "Seattle", "53033");
        var facilityB = Jail("TPCJ", "Test Pierce County Jail", agencyB.Id, "Tacoma", "53053");
        // Texas law (SB 4) requires honouring detainers, Washington's forbids holding on them: the two ends of the policy engine.
        var facilityTexas = Jail("THCJ", "Test Harris County Jail", agencyTexas.Id, "Houston", "48201");
        facilityTexas.StateCode = "TX";
        facilityTexas.AorCode = "HOU";
        facilityTexas.TimeZone = "America/Chicago";
        db.Facilities.AddRange(facilityA, facilityB, facilityTexas);

        var keys = new List<string>();
        string Key(Organisation org, string role)
        {
            var (key, prefix, hash) = ApiKeyFormat.Generate();
            db.ApiKeys.Add(new ApiKey { Id = Guid.NewGuid(), OrganisationId = org.Id, Name = $"test {role} {org.Code}", Prefix = prefix, Hash = hash, Role = role });
            return key;
        }

        var world = new TestWorld(office.Id, otherOffice.Id, agencyA.Id, agencyB.Id, facilityA.Id, facilityB.Id,
            Key(office, Roles.IceOfficer), Key(otherOffice, Roles.IceOfficer), Key(agencyA, Roles.AgencyClerk), Key(agencyB, Roles.AgencyClerk),
            Key(hq, Roles.Analyst), Key(hq, Roles.TipReviewer), facilityTexas.Id, Key(agencyTexas, Roles.AgencyClerk));
        await db.SaveChangesAsync();
        return world;
    }

    private static Organisation Org(string code, string name, OrganisationKind kind, string? aor) =>
        new() { Id = Guid.NewGuid(), Code = code, Name = name, Kind = kind, AorCode = aor, StateCode = kind == OrganisationKind.LocalAgency ? "WA" : null };

    private static Facility Jail(string code, string name, Guid agency, string city, string county) =>
        new() { Id = Guid.NewGuid(), Code = code, Name = name, AgencyId = agency, City = city, StateCode = "WA", CountyFips = county, AorCode = "SEA", TimeZone = "America/Los_Angeles" };
}
