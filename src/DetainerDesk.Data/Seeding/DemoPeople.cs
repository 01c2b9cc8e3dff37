using System.Globalization;
using DetainerDesk.Domain.People;

namespace DetainerDesk.Data.Seeding;

/// <summary>
/// One synthetic human being, as opposed to a <see cref="Person"/> row: the same identity can appear in several
/// records (re-bookings), not always spelled the same. The identity is the ground truth the records drift from.
/// </summary>
public sealed record SyntheticIdentity(int Index, PersonName Name, GivenName GivenName, Sex Sex, DateOnly DateOfBirth, Country Country, string? ANumber);

/// <summary>Makes synthetic identities and the person records that bookings of them produce.</summary>
public sealed class DemoPeople(int seed, PersonNameFactory names)
{
    private readonly WeightedPicker<Country> _countries = new(Countries.All.Select(c => (c, c.Weight)));
    // A-numbers: "A9" + 8 digits, a range not yet issued (real ones are below A3xxxxxxxx), from a bijection of the
    // identity's index, so every identity's number is distinct and no synthetic record carries a real person's number.
    private readonly long _aNumberOffset = (uint)seed % 100_000_000L;

    public SyntheticIdentity NewIdentity(DemoRandom random, int index, DateOnly firstSeen)
    {
        var country = _countries.Pick(random);
        var sex = random.Chance(0.88) ? Sex.Male : Sex.Female;
        var (name, given) = names.Create(random, sex, country);
        // Ages 18–65 at the first booking, most in their twenties and thirties.
        var u = random.NextDouble();
        var age = 18 + (int)(47 * u * u);
        var dateOfBirth = firstSeen.AddYears(-age).AddDays(-random.Next(365));
        var aNumber = random.Chance(0.65) ? ANumberFor(index) : null;
        return new SyntheticIdentity(index, name, given, sex, dateOfBirth, country, aNumber);
    }

    private string ANumberFor(int index)
    {
        var scrambled = ((long)index * 7_919_317L + _aNumberOffset) % 100_000_000L; // 7,919,317 is coprime with 10^8
        return string.Create(CultureInfo.InvariantCulture, $"A9{scrambled:D8}");
    }

    /// <summary>
    /// The person record a booking creates. Only the first record of an identity carries its A-number: the web app
    /// finds people by A-number and expects at most one record per number; later records are the unresolved
    /// duplicates that identity resolution has to merge.
    /// </summary>
    public static Person Record(DemoRandom random, SyntheticIdentity identity, PersonName spelling, bool withANumber) => new()
    {
        Id = random.NextGuid(),
        FamilyName = spelling.Family,
        GivenName = spelling.Given,
        MiddleName = spelling.Middle,
        DateOfBirth = identity.DateOfBirth,
        Sex = identity.Sex,
        CountryOfCitizenship = identity.Country.Name,
        ANumber = withANumber ? identity.ANumber : null,
    };
}

/// <summary>Bookings and their charges: booking numbers unique per facility, NCIC-coded charges.</summary>
public sealed class DemoBookings
{
    private readonly WeightedPicker<NcicOffence> _offences = new(NcicOffences.All.Select(o => (o, o.Weight)));
    private readonly Dictionary<string, NcicOffence> _byCode = NcicOffences.All.ToDictionary(o => o.Code, StringComparer.Ordinal);
    // One counter per facility and year is all the state needed for unique numbers: memory stays bounded at any scale.
    private readonly Dictionary<(Guid Facility, int Year), int> _lastNumber = [];

    public Booking Book(DemoRandom random, DemoSite site, Person person, DateTime bookedAtUtc)
    {
        var bookingId = random.NextGuid();
        return new Booking
        {
            Id = bookingId,
            PersonId = person.Id,
            FacilityId = site.Facility.Id,
            BookingNumber = NextNumber(site, bookedAtUtc.Year),
            BookedAtUtc = bookedAtUtc,
            Charges = Charges(random, bookingId),
        };
    }

    /// <summary>Agencies number bookings in their own style; the style follows the agency's position in the plan.</summary>
    private string NextNumber(DemoSite site, int year)
    {
        var key = (site.Facility.Id, year);
        var number = _lastNumber[key] = _lastNumber.GetValueOrDefault(key) + 1;
        var style = site.Agency.Code.GetHashCodeOrdinal() % 3;
        return style switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"{year}{number:D6}"),
            1 => string.Create(CultureInfo.InvariantCulture, $"{year % 100:D2}-{number:D6}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"B{year % 100:D2}{site.Facility.Code[^1]}{number:D6}"),
        };
    }

    /// <summary>The most serious charge, and sometimes one or two companions (resisting, a warrant, a traffic count).</summary>
    private List<Charge> Charges(DemoRandom random, Guid bookingId)
    {
        var main = _offences.Pick(random);
        var charges = new List<Charge> { NewCharge(random, bookingId, main) };
        var companions = random.Chance(0.4) ? (random.Chance(0.25) ? 2 : 1) : 0;
        for (var i = 0; i < companions; i++)
        {
            var code = random.Pick(NcicOffences.CompanionCodes);
            if (charges.All(c => c.NcicCode != code)) charges.Add(NewCharge(random, bookingId, _byCode[code]));
        }
        return charges;
    }

    private static Charge NewCharge(DemoRandom random, Guid bookingId, NcicOffence offence) => new()
    {
        Id = random.NextGuid(),
        BookingId = bookingId,
        NcicCode = offence.Code,
        Description = offence.Description,
        Level = offence.Level,
    };
}

internal static class StableHash
{
    /// <summary>string.GetHashCode is randomised per process; this one is stable (FNV-1a), so styles never change between runs.</summary>
    public static int GetHashCodeOrdinal(this string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return (int)(hash & 0x7FFFFFFF);
    }
}
