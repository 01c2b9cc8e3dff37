using System.Globalization;
using DetainerDesk.Domain.Linkage;
using DetainerDesk.Domain.People;

namespace DetainerDesk.Data.Linkage;

/// <summary>A stored person as the matcher reads it. Placeholders ("Not stated") are left out: they say nothing.</summary>
public static class PersonRecords
{
    public static PersonRecord From(Person p) => new()
    {
        Id = p.Id.ToString(),
        Given = p.GivenName,
        Middle = p.MiddleName,
        Surname = p.FamilyName,
        BirthDate = p.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Sex = p.Sex switch { Sex.Male => "M", Sex.Female => "F", _ => null },
        Country = string.Equals(p.CountryOfCitizenship, "Not stated", StringComparison.OrdinalIgnoreCase) ? null : p.CountryOfCitizenship,
        ANumber = p.ANumber,
        Fbi = p.FbiNumber,
        StateSid = p.StateId,
    };
}
