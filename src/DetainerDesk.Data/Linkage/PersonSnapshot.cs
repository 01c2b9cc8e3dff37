using System.Text.Json;
using DetainerDesk.Domain.People;

namespace DetainerDesk.Data.Linkage;

/// <summary>Every stored value of a person, for the merge record: what an unmerge writes back.</summary>
public sealed record PersonSnapshot(
    Guid Id, string FamilyName, string GivenName, string? MiddleName, DateOnly DateOfBirth, Sex Sex,
    string CountryOfCitizenship, string? ANumber, string? FbiNumber, string? StateId)
{
    public static PersonSnapshot Of(Person p) =>
        new(p.Id, p.FamilyName, p.GivenName, p.MiddleName, p.DateOfBirth, p.Sex, p.CountryOfCitizenship, p.ANumber, p.FbiNumber, p.StateId);

    public Person ToPerson() => new()
    {
        Id = Id, FamilyName = FamilyName, GivenName = GivenName, MiddleName = MiddleName, DateOfBirth = DateOfBirth, Sex = Sex,
        CountryOfCitizenship = CountryOfCitizenship, ANumber = ANumber, FbiNumber = FbiNumber, StateId = StateId,
    };

    public void WriteTo(Person p)
    {
        p.FamilyName = FamilyName;
        p.GivenName = GivenName;
        p.MiddleName = MiddleName;
        p.DateOfBirth = DateOfBirth;
        p.Sex = Sex;
        p.CountryOfCitizenship = CountryOfCitizenship;
        p.ANumber = ANumber;
        p.FbiNumber = FbiNumber;
        p.StateId = StateId;
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    public static PersonSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<PersonSnapshot>(json) ?? throw new InvalidOperationException("A merge record holds an empty person.");
}
