using DetainerDesk.Domain.Organisations;

namespace DetainerDesk.Data.Seeding;

/// <summary>A facility with everything a booking there needs: its agency, the field office covering it, and its plan.</summary>
public sealed record DemoSite(Facility Facility, Organisation Agency, Organisation Office, DemoAgencyPlan Plan, int FacilityIndex);

/// <summary>The organisations and facilities of the demo: headquarters, every field office, the local agencies and their jails.</summary>
public sealed class DemoWorld
{
    private readonly Dictionary<string, Organisation> _byCode;

    private DemoWorld(Organisation headquarters, IReadOnlyList<Organisation> offices, IReadOnlyList<Organisation> agencies, IReadOnlyList<DemoSite> sites)
    {
        Headquarters = headquarters;
        FieldOffices = offices;
        Agencies = agencies;
        Sites = sites;
        _byCode = Organisations.ToDictionary(o => o.Code, StringComparer.Ordinal);
    }

    public Organisation Headquarters { get; }
    public IReadOnlyList<Organisation> FieldOffices { get; }
    public IReadOnlyList<Organisation> Agencies { get; }
    public IReadOnlyList<DemoSite> Sites { get; }
    public IEnumerable<Organisation> Organisations => [Headquarters, .. FieldOffices, .. Agencies];
    public IEnumerable<Facility> Facilities => Sites.Select(s => s.Facility);

    public Organisation ByCode(string code) => _byCode.TryGetValue(code, out var org) ? org
        : throw new KeyNotFoundException($"The demo world has no organisation with code '{code}'.");

    /// <summary>Builds the world; ids come from <paramref name="random"/>, in a fixed order, so a seed always gives the same ids.</summary>
    public static DemoWorld Create(DemoRandom random)
    {
        var headquarters = new Organisation
        {
            Id = random.NextGuid(),
            Code = DemoAgencies.HeadquartersCode,
            Name = "ICE Headquarters",
            Kind = OrganisationKind.Headquarters,
        };
        var offices = DemoAgencies.FieldOffices.Select(o => new Organisation
        {
            Id = random.NextGuid(),
            Code = o.Code,
            Name = $"{o.City} Field Office",
            Kind = OrganisationKind.FieldOffice,
            AorCode = o.Code,
        }).ToList();
        var officeByAor = offices.ToDictionary(o => o.Code, StringComparer.Ordinal);

        var agencies = new List<Organisation>();
        var sites = new List<DemoSite>();
        foreach (var plan in DemoAgencies.All)
        {
            var agency = new Organisation
            {
                Id = random.NextGuid(),
                Code = plan.Code,
                Name = plan.Name,
                Kind = OrganisationKind.LocalAgency,
                StateCode = plan.StateCode,
                CountyFips = plan.CountyFips,
                AorCode = plan.AorCode,
                Agreement287g = plan.Agreement287g?.Model ?? DetainerDesk.Domain.Policies.Agreement287g.None,
                Agreement287gFrom = plan.Agreement287g?.From,
            };
            agencies.Add(agency);
            for (var i = 0; i < plan.Facilities.Count; i++)
            {
                var facility = new Facility
                {
                    Id = random.NextGuid(),
                    Code = $"{plan.Code}-{(char)('A' + i)}",
                    Name = plan.Facilities[i].Name,
                    AgencyId = agency.Id,
                    City = plan.Facilities[i].City,
                    StateCode = plan.StateCode,
                    CountyFips = plan.CountyFips,
                    AorCode = plan.AorCode,
                    TimeZone = plan.TimeZone,
                };
                sites.Add(new DemoSite(facility, agency, officeByAor[plan.AorCode], plan, i));
            }
        }
        return new DemoWorld(headquarters, offices, agencies, sites);
    }

    /// <summary>Where bookings happen: by the agency's weight, the first (main) facility taking most of an agency's share.</summary>
    public WeightedPicker<DemoSite> SitePicker() => new(Sites.Select(s =>
    {
        var facilities = s.Plan.Facilities.Count;
        var share = facilities == 1 ? 1.0 : s.FacilityIndex == 0 ? 0.7 : 0.3 / (facilities - 1);
        return (s, s.Plan.Weight * share);
    }));
}
