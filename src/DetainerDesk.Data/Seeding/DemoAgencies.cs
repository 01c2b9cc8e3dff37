namespace DetainerDesk.Data.Seeding;

public sealed record DemoFacilityPlan(string Name, string City);

/// <summary>
/// A local agency of the demo world. <see cref="Weight"/> is its relative share of detainers (Harris County's jail
/// receives the most in ICE's data; the demo clerk's King County jail gets more than real life so the inbox is busy).
/// </summary>
public sealed record DemoAgencyPlan(
    string Code, string Name, string StateCode, string CountyFips, string AorCode, string TimeZone, double Weight,
    IReadOnlyList<DemoFacilityPlan> Facilities)
{
    /// <summary>
    /// A synthetic 287(g) agreement, so the agency-layer rules show in the demo (not a statement about the real
    /// county's agreements): Gwinnett with the Jail Enforcement model, Davidson with the Warrant Service Officer model.
    /// </summary>
    public (DetainerDesk.Domain.Policies.Agreement287g Model, DateOnly From)? Agreement287g => Code switch
    {
        "GA1350000" => (DetainerDesk.Domain.Policies.Agreement287g.JailEnforcement, new DateOnly(2017, 1, 1)),
        "TN0370000" => (DetainerDesk.Domain.Policies.Agreement287g.WarrantServiceOfficer, new DateOnly(2020, 1, 1)),
        _ => null,
    };

    /// <summary>State prisons (code suffix 0300) hold sentenced people: detainers there often come months after intake.</summary>
    public bool IsStatePrison => Code.EndsWith("0300", StringComparison.Ordinal);
}

/// <summary>
/// The demo world's field offices and local agencies. Agencies are real counties and cities; their codes are
/// ORI-shaped but synthetic: state + the county's 3-digit FIPS code + 4 digits (0000 sheriff, 0100 county
/// corrections, 0200 police, 0300 state agency). Real ORIs number counties alphabetically, not by FIPS, so these
/// do not collide with real ones by design. County FIPS, AOR (as in the UWCHR county map) and IANA zone are carried
/// here so the generator does not depend on the reference-data tables.
/// </summary>
public static class DemoAgencies
{
    public const string HeadquartersCode = "HQ";
    public const string DemoAor = "SEA";
    /// <summary>The demo clerk's agency: a King County, WA jail in the Seattle AOR.</summary>
    public const string DemoClerkAgency = "WA0330100";
    /// <summary>A second agency in the same AOR, for showing that one agency never sees another's detainers.</summary>
    public const string SecondClerkAgency = "WA0530000";

    /// <summary>The field offices by AOR code and city (24 offices of 2019, Harlingen since FY2022).</summary>
    public static readonly IReadOnlyList<(string Code, string City)> FieldOffices =
    [
        ("ATL", "Atlanta"), ("BAL", "Baltimore"), ("BOS", "Boston"), ("BUF", "Buffalo"), ("CHI", "Chicago"),
        ("DAL", "Dallas"), ("DEN", "Denver"), ("DET", "Detroit"), ("ELP", "El Paso"), ("HAL", "Harlingen"),
        ("HOU", "Houston"), ("LOS", "Los Angeles"), ("MIA", "Miami"), ("NEW", "Newark"), ("NOL", "New Orleans"),
        ("NYC", "New York City"), ("PHI", "Philadelphia"), ("PHO", "Phoenix"), ("SEA", "Seattle"),
        ("SFR", "San Francisco"), ("SLC", "Salt Lake City"), ("SNA", "San Antonio"), ("SND", "San Diego"),
        ("SPM", "St. Paul"), ("WAS", "Washington"),
    ];

    private const string Pacific = "America/Los_Angeles", Mountain = "America/Denver", Arizona = "America/Phoenix",
        Central = "America/Chicago", Eastern = "America/New_York", Michigan = "America/Detroit",
        Indiana = "America/Indiana/Indianapolis";

    public static readonly IReadOnlyList<DemoAgencyPlan> All =
    [
        new("WA0330100", "King County Department of Adult and Juvenile Detention", "WA", "53033", "SEA", Pacific, 6,
            [new("King County Correctional Facility", "Seattle"), new("Maleng Regional Justice Center", "Kent")]),
        new("WA0530000", "Pierce County Sheriff's Department", "WA", "53053", "SEA", Pacific, 2, [new("Pierce County Jail", "Tacoma")]),
        new("WA0330200", "Kent Police Department", "WA", "53033", "SEA", Pacific, 0.5, [new("Kent Corrections Facility", "Kent")]),
        new("OR0510000", "Multnomah County Sheriff's Office", "OR", "41051", "SEA", Pacific, 1.5,
            [new("Multnomah County Detention Center", "Portland"), new("Inverness Jail", "Portland")]),
        new("CA0370000", "Los Angeles County Sheriff's Department", "CA", "06037", "LOS", Pacific, 8,
            [new("Men's Central Jail", "Los Angeles"), new("Century Regional Detention Facility", "Lynwood")]),
        new("CA0850000", "Santa Clara County Office of the Sheriff", "CA", "06085", "SFR", Pacific, 1.5, [new("Santa Clara County Main Jail", "San Jose")]),
        new("CA0730000", "San Diego County Sheriff's Department", "CA", "06073", "SND", Pacific, 3,
            [new("San Diego Central Jail", "San Diego"), new("Las Colinas Detention and Reentry Facility", "Santee")]),
        new("AZ0130000", "Maricopa County Sheriff's Office", "AZ", "04013", "PHO", Arizona, 6,
            [new("Lower Buckeye Jail", "Phoenix"), new("4th Avenue Jail", "Phoenix")]),
        new("TX2010000", "Harris County Sheriff's Office", "TX", "48201", "HOU", Central, 10,
            [new("Harris County Joint Processing Center", "Houston"), new("1200 Baker Street Jail", "Houston")]),
        new("TX4710300", "Texas Department of Criminal Justice", "TX", "48471", "HOU", Central, 7,
            [new("Huntsville Unit", "Huntsville"), new("Holliday Unit", "Huntsville")]),
        new("TX1130000", "Dallas County Sheriff's Office", "TX", "48113", "DAL", Central, 5, [new("Lew Sterrett Justice Center", "Dallas")]),
        new("TX4390000", "Tarrant County Sheriff's Office", "TX", "48439", "DAL", Central, 3, [new("Tarrant County Corrections Center", "Fort Worth")]),
        new("TX0290000", "Bexar County Sheriff's Office", "TX", "48029", "SNA", Central, 4, [new("Bexar County Adult Detention Center", "San Antonio")]),
        // El Paso County keeps Mountain time, unlike the rest of Texas.
        new("TX1410000", "El Paso County Sheriff's Office", "TX", "48141", "ELP", Mountain, 2, [new("El Paso County Detention Facility", "El Paso")]),
        new("NM0010100", "Bernalillo County Metropolitan Detention Center", "NM", "35001", "ELP", Mountain, 1.5, [new("Metropolitan Detention Center", "Albuquerque")]),
        new("CO0310000", "Denver Sheriff Department", "CO", "08031", "DEN", Mountain, 1.5, [new("Downtown Detention Center", "Denver")]),
        new("UT0350000", "Salt Lake County Sheriff's Office", "UT", "49035", "SLC", Mountain, 2, [new("Salt Lake County Metro Jail", "Salt Lake City")]),
        new("NV0030200", "Las Vegas Metropolitan Police Department", "NV", "32003", "SLC", Pacific, 3, [new("Clark County Detention Center", "Las Vegas")]),
        new("IL0310000", "Cook County Sheriff's Office", "IL", "17031", "CHI", Central, 3, [new("Cook County Jail", "Chicago")]),
        new("IN0970000", "Marion County Sheriff's Office", "IN", "18097", "CHI", Indiana, 1.5, [new("Marion County Adult Detention Center", "Indianapolis")]),
        new("MI1630000", "Wayne County Sheriff's Office", "MI", "26163", "DET", Michigan, 1, [new("Wayne County Jail", "Detroit")]),
        new("GA1350000", "Gwinnett County Sheriff's Office", "GA", "13135", "ATL", Eastern, 3, [new("Gwinnett County Detention Center", "Lawrenceville")]),
        new("FL0860100", "Miami-Dade Corrections and Rehabilitation Department", "FL", "12086", "MIA", Eastern, 3,
            [new("Turner Guilford Knight Correctional Center", "Miami"), new("Metro West Detention Center", "Miami")]),
        new("TN0370000", "Davidson County Sheriff's Office", "TN", "47037", "NOL", Central, 2, [new("Downtown Detention Center", "Nashville")]),
        new("NY0050100", "New York City Department of Correction", "NY", "36005", "NYC", Eastern, 2,
            [new("Otis Bantum Correctional Center", "East Elmhurst"), new("Robert N. Davoren Complex", "East Elmhurst")]),
        new("NY0290000", "Erie County Sheriff's Office", "NY", "36029", "BUF", Eastern, 0.5, [new("Erie County Holding Center", "Buffalo")]),
        new("NJ0170100", "Hudson County Department of Corrections", "NJ", "34017", "NEW", Eastern, 1, [new("Hudson County Correctional Center", "Kearny")]),
        new("PA1010100", "Philadelphia Department of Prisons", "PA", "42101", "PHI", Eastern, 1, [new("Curran-Fromhold Correctional Facility", "Philadelphia")]),
        new("MD0310100", "Montgomery County Department of Correction and Rehabilitation", "MD", "24031", "BAL", Eastern, 1,
            [new("Montgomery County Correctional Facility", "Boyds")]),
        new("VA0590000", "Fairfax County Sheriff's Office", "VA", "51059", "WAS", Eastern, 1.5, [new("Fairfax County Adult Detention Center", "Fairfax")]),
        new("MA0250000", "Suffolk County Sheriff's Department", "MA", "25025", "BOS", Eastern, 1,
            [new("Nashua Street Jail", "Boston"), new("Suffolk County House of Correction", "Boston")]),
        new("MN0530000", "Hennepin County Sheriff's Office", "MN", "27053", "SPM", Central, 1, [new("Hennepin County Jail", "Minneapolis")]),
    ];
}
