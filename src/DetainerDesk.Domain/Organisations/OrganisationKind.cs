namespace DetainerDesk.Domain.Organisations;

public enum OrganisationKind
{
    /// <summary>ICE headquarters: analysts, auditors and administrators see across organisations.</summary>
    Headquarters = 0,
    /// <summary>An ERO field office (area of responsibility); lodges detainers.</summary>
    FieldOffice = 1,
    /// <summary>A jail, prison or police agency that receives detainers.</summary>
    LocalAgency = 2,
}
