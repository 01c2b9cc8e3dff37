namespace DetainerDesk.Domain.People;

public enum Sex { Unknown = 0, Male = 1, Female = 2 }

/// <summary>A person as known from a booking or a detainer. Identifiers are optional: real records often lack them.</summary>
public sealed class Person
{
    public Guid Id { get; init; }
    public required string FamilyName { get; set; }
    public required string GivenName { get; set; }
    public string? MiddleName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public Sex Sex { get; set; }
    /// <summary>Country of citizenship as stated on the detainer (free text until a country table exists).</summary>
    public required string CountryOfCitizenship { get; set; }
    /// <summary>Alien registration number, normalised to "A" + 9 digits.</summary>
    public string? ANumber { get; set; }
    public string? FbiNumber { get; set; }
    /// <summary>State identification number (SID) from the state's criminal-history repository, normalised like the FBI number.</summary>
    public string? StateId { get; set; }

    public string DisplayName => MiddleName is null ? $"{FamilyName}, {GivenName}" : $"{FamilyName}, {GivenName} {MiddleName}";
}
