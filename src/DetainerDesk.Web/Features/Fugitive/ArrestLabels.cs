using DetainerDesk.Domain.AtLarge;

namespace DetainerDesk.Web.Features.Fugitive;

/// <summary>The arrest form's wording: ICE's own names for its arrest classes (domain brief §3.3) and plain words for places.</summary>
public static class ArrestLabels
{
    public static string Describe(ArrestMethod method) => method switch
    {
        ArrestMethod.CapLocalIncarceration => "CAP — local incarceration",
        ArrestMethod.CapStateIncarceration => "CAP — state incarceration",
        ArrestMethod.CapFederalIncarceration => "CAP — federal incarceration",
        ArrestMethod.Program287g => "287(g) program",
        ArrestMethod.AtLargeLocated => "Located (at large, non-custodial)",
        ArrestMethod.ProbationAndParole => "Probation and parole",
        _ => "Other",
    };

    public static string Describe(ArrestPlace place) => place switch
    {
        ArrestPlace.Residence => "Residence",
        ArrestPlace.PublicPlace => "Public place",
        ArrestPlace.Workplace => "Workplace",
        ArrestPlace.Vehicle => "Vehicle",
        ArrestPlace.Jail => "Jail",
        ArrestPlace.Prison => "Prison",
        ArrestPlace.Courthouse => "Courthouse",
        ArrestPlace.ProbationOrParoleOffice => "Probation or parole office",
        _ => "Other",
    };
}
