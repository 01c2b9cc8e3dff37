using DetainerDesk.Domain.People;

namespace DetainerDesk.Data.Seeding;

/// <summary>
/// A name as one record writes it. Hispanic names may carry two surnames (paternal, maternal), joined by a space or
/// a hyphen; keeping them apart lets a later record drop or move one of them.
/// </summary>
public sealed record PersonName(string Given, string? Middle, string FirstSurname, string? SecondSurname = null, char Joiner = ' ')
{
    public string Family => SecondSurname is null ? FirstSurname : string.Concat(FirstSurname, Joiner.ToString(), SecondSurname);
}

/// <summary>Makes synthetic names: census surnames weighted by frequency within a group, our own given names.</summary>
public sealed class PersonNameFactory
{
    private readonly Dictionary<SurnameGroup, WeightedPicker<CensusSurname>> _surnames;
    private readonly Dictionary<(Sex, NameCulture), WeightedPicker<GivenName>> _givenNames = [];

    public PersonNameFactory(IReadOnlyList<CensusSurname> census)
    {
        _surnames = new()
        {
            [SurnameGroup.Hispanic] = new(census.Select(s => (s, s.Count * s.PercentHispanic))),
            [SurnameGroup.Asian] = new(census.Select(s => (s, s.Count * s.PercentAsian))),
            [SurnameGroup.Other] = new(census.Select(s => (s, s.Count * Math.Max(0, 100 - s.PercentHispanic - s.PercentAsian)))),
        };
        foreach (var sex in new[] { Sex.Male, Sex.Female })
            foreach (var culture in Enum.GetValues<NameCulture>())
                // Earlier names in each list are the commoner ones: a Zipf-like fall-off, not a uniform draw.
                _givenNames[(sex, culture)] = new(GivenNames.For(sex, culture).Select((n, i) => (n, 1.0 / (i + 3))));
    }

    public (PersonName Name, GivenName Given) Create(DemoRandom random, Sex sex, Country country)
    {
        var givenPicker = _givenNames[(sex == Sex.Female ? Sex.Female : Sex.Male, country.GivenNames)];
        var given = givenPicker.Pick(random);
        string? middle = null;
        if (random.Chance(country.GivenNames == NameCulture.Hispanic ? 0.45 : 0.4))
        {
            var second = givenPicker.Pick(random);
            if (second.Name != given.Name) middle = second.Name;
        }

        var first = Surname(random, country);
        string? secondSurname = null;
        if (random.Chance(country.TwoSurnamesShare))
        {
            var maternal = Surname(random, country);
            if (maternal != first) secondSurname = maternal;
        }
        // Most two-surname records use a space; a hyphen is the US workaround for systems with one surname field.
        var joiner = random.Chance(0.15) ? '-' : ' ';
        return (new PersonName(given.Name, middle, first, secondSurname, joiner), given);
    }

    private string Surname(DemoRandom random, Country country) =>
        SurnameSpelling.Render(_surnames[country.Surnames].Pick(random).Name, country.SpanishSpelling);
}

/// <summary>The ways a later record of the same person spells the name differently, as real booking records do.</summary>
public enum NameVariation
{
    AccentsDropped,
    SecondSurnameDropped,
    HyphenSpaceSwapped,
    FirstSurnameRecordedAsMiddleName,
    ParticleJoined,
    NicknameUsed,
    MiddleNameDropped,
    MiddleNameJoinedToGiven,
}

public static class NameVariants
{
    /// <summary>The variations that would change this name; empty when none applies.</summary>
    public static IReadOnlyList<NameVariation> Applicable(PersonName name, GivenName given)
    {
        var list = new List<NameVariation>();
        if (SurnameSpelling.HasAccents(name.Given + name.Middle + name.Family)) list.Add(NameVariation.AccentsDropped);
        if (name.SecondSurname is not null)
        {
            list.Add(NameVariation.SecondSurnameDropped);
            list.Add(NameVariation.HyphenSpaceSwapped);
            if (name.Middle is null) list.Add(NameVariation.FirstSurnameRecordedAsMiddleName);
        }
        if (SurnameSpelling.HasParticle(name.FirstSurname)) list.Add(NameVariation.ParticleJoined);
        if (given.OtherForms.Count > 0 && name.Given == given.Name) list.Add(NameVariation.NicknameUsed);
        if (name.Middle is not null)
        {
            list.Add(NameVariation.MiddleNameDropped);
            list.Add(NameVariation.MiddleNameJoinedToGiven);
        }
        return list;
    }

    /// <summary>One or two variations, chosen at random among those that apply; the same name when none applies.</summary>
    public static PersonName Vary(DemoRandom random, PersonName name, GivenName given)
    {
        var options = Applicable(name, given).ToList();
        var count = options.Count > 1 && random.Chance(0.3) ? 2 : 1;
        for (var i = 0; i < count && options.Count > 0; i++)
        {
            var variation = options[random.Next(options.Count)];
            options.Remove(variation);
            name = Apply(random, name, given, variation);
        }
        return name;
    }

    public static PersonName Apply(DemoRandom random, PersonName name, GivenName given, NameVariation variation) => variation switch
    {
        NameVariation.AccentsDropped => new PersonName(SurnameSpelling.WithoutAccents(name.Given),
            name.Middle is null ? null : SurnameSpelling.WithoutAccents(name.Middle),
            SurnameSpelling.WithoutAccents(name.FirstSurname),
            name.SecondSurname is null ? null : SurnameSpelling.WithoutAccents(name.SecondSurname), name.Joiner),
        NameVariation.SecondSurnameDropped => name with { SecondSurname = null },
        NameVariation.HyphenSpaceSwapped => name with { Joiner = name.Joiner == '-' ? ' ' : '-' },
        NameVariation.FirstSurnameRecordedAsMiddleName => name.SecondSurname is null ? name
            : new PersonName(name.Given, name.FirstSurname, name.SecondSurname),
        NameVariation.ParticleJoined => name with { FirstSurname = SurnameSpelling.JoinParticle(name.FirstSurname) },
        NameVariation.NicknameUsed => name with { Given = random.Pick(given.OtherForms) },
        NameVariation.MiddleNameDropped => name with { Middle = null },
        NameVariation.MiddleNameJoinedToGiven => name.Middle is null ? name
            : name with { Given = name.Given + " " + name.Middle, Middle = null },
    };
}
