using System.Globalization;
using DetainerDesk.Data.Seeding;
using DetainerDesk.Domain.Linkage;
using DetainerDesk.Domain.People;

namespace DetainerDesk.Bench.Linkage;

/// <summary>
/// Person records drawn from the demo generator's own people (<see cref="DemoPeople"/>, <see cref="PersonNameFactory"/>
/// and <see cref="NameVariants"/>: census surnames by group, our given names, two surnames, accents, particles,
/// nicknames, a surname moved to the middle-name field) — no database. As in the generator, an identity is booked one
/// to four times (60 / 25 / 10 / 5 %), the first record carries the name as the identity writes it and the A-number,
/// and three later records in four use a spelling variant. On top of the generator's variants, later records get the
/// clerical errors it does not make (typos, date-of-birth slips, given and surname swapped, missing sex or country),
/// from a stream of their own. Truth is the identity index.
/// </summary>
public static class DemoPeopleRecords
{
    public static (List<PersonRecord> Records, List<string> Truth) Generate(int records, int seed)
    {
        var random = new DemoRandom(seed);
        var errors = new Random(unchecked(seed * 41 + 7));
        var people = new DemoPeople(seed, new PersonNameFactory(CensusSurnames.Cached));
        // Ten fiscal years of first bookings, as the national demo scale.
        var lastDay = new DateOnly(2026, 9, 30);
        var list = new List<PersonRecord>(records);
        var truth = new List<string>(records);
        for (var index = 0; list.Count < records; index++)
        {
            var roll = random.NextDouble();
            var bookings = roll < 0.60 ? 1 : roll < 0.85 ? 2 : roll < 0.95 ? 3 : 4;
            var identity = people.NewIdentity(random, index, lastDay.AddDays(-random.Next(3650)));
            var key = index.ToString(CultureInfo.InvariantCulture);
            for (var b = 0; b < bookings && list.Count < records; b++)
            {
                var person = b == 0
                    ? DemoPeople.Record(random, identity, identity.Name, withANumber: true)
                    : DemoPeople.Record(random, identity, random.Chance(0.75) ? NameVariants.Vary(random, identity.Name, identity.GivenName) : identity.Name, withANumber: false);
                var record = ToRecord(person, list.Count);
                list.Add(b == 0 ? record : Corrupt(record, errors));
                truth.Add(key);
            }
        }
        return (list, truth);
    }

    private static PersonRecord ToRecord(Person p, int n) => new()
    {
        Id = n.ToString(CultureInfo.InvariantCulture),
        Given = p.GivenName,
        Middle = p.MiddleName,
        Surname = p.FamilyName,
        BirthDate = p.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Sex = p.Sex switch { Sex.Male => "M", Sex.Female => "F", _ => null },
        Country = p.CountryOfCitizenship,
        ANumber = p.ANumber,
    };

    /// <summary>Clerical errors of a later booking: each independent, most records keep none.</summary>
    private static PersonRecord Corrupt(PersonRecord r, Random random)
    {
        double Roll() => random.NextDouble();
        if (Roll() < 0.08) r = r with { Surname = Typo(r.Surname!, random) };
        if (Roll() < 0.06) r = r with { Given = Typo(r.Given!, random) };
        if (Roll() < 0.03) r = r with { Given = r.Surname, Surname = r.Given };
        var dob = Roll();
        if (dob < 0.03) r = r with { BirthDate = SwapDayMonth(r.BirthDate!) };
        else if (dob < 0.07) r = r with { BirthDate = Typo(r.BirthDate!, random, digits: true) };
        else if (dob < 0.09) r = r with { BirthDate = YearOff(r.BirthDate!, random) };
        else if (dob < 0.11) r = r with { BirthDate = null };
        if (Roll() < 0.10) r = r with { Sex = null };
        if (Roll() < 0.10) r = r with { Country = null };
        return r;
    }

    private static string SwapDayMonth(string iso) =>
        int.Parse(iso[8..], CultureInfo.InvariantCulture) <= 12 ? string.Concat(iso[..5], iso[8..], "-", iso[5..7]) : iso;

    private static string YearOff(string iso, Random random) =>
        (int.Parse(iso[..4], CultureInfo.InvariantCulture) + (random.Next(2) == 0 ? -1 : 1)).ToString(CultureInfo.InvariantCulture) + iso[4..];

    private static string Typo(string s, Random random, bool digits = false)
    {
        var chars = s.ToCharArray();
        var i = random.Next(chars.Length);
        if (!char.IsLetterOrDigit(chars[i])) return s;
        chars[i] = digits ? (char)('0' + random.Next(10)) : (char)('a' + random.Next(26));
        return new string(chars);
    }
}
