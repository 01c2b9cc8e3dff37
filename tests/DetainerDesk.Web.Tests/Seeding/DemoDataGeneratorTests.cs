using DetainerDesk.Data.Seeding;
using DetainerDesk.Domain.Calendar;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.People;

namespace DetainerDesk.Web.Tests.Seeding;

/// <summary>The generator on its own, without a database: names, forms over ten years, determinism of the stream.</summary>
public sealed class DemoDataGeneratorTests
{
    [Fact]
    public void The_census_file_is_embedded_with_its_thousand_surnames()
    {
        var names = CensusSurnames.Load();
        Assert.Equal(1000, names.Count);
        var garcia = Assert.Single(names, n => n.Name == "GARCIA");
        Assert.Equal(6, garcia.Rank);
        Assert.True(garcia.PercentHispanic > 90);
    }

    [Fact]
    public void Our_given_name_list_has_about_150_names_with_Spanish_and_English_forms_of_both_sexes()
    {
        Assert.InRange(GivenNames.All.Count, 140, 170);
        foreach (var sex in new[] { Sex.Male, Sex.Female })
            foreach (var culture in Enum.GetValues<NameCulture>())
                Assert.True(GivenNames.For(sex, culture).Count() >= 20);
        Assert.Equal(GivenNames.All.Count, GivenNames.All.Select(n => (n.Name, n.Sex)).Distinct().Count());
        Assert.Contains("Pepe", GivenNames.All.Single(n => n.Name == "José").OtherForms);
    }

    [Theory]
    [InlineData(NameVariation.AccentsDropped, "José", "Luis", "García López", "Jose", "Luis", "Garcia Lopez")]
    [InlineData(NameVariation.SecondSurnameDropped, "José", null, "García López", "José", null, "García")]
    [InlineData(NameVariation.HyphenSpaceSwapped, "José", null, "García López", "José", null, "García-López")]
    [InlineData(NameVariation.FirstSurnameRecordedAsMiddleName, "José", null, "García López", "José", "García", "López")]
    [InlineData(NameVariation.MiddleNameDropped, "José", "Luis", "García", "José", null, "García")]
    [InlineData(NameVariation.MiddleNameJoinedToGiven, "José", "Luis", "García", "José Luis", null, "García")]
    public void A_later_record_can_spell_the_same_name_the_ways_real_records_do(
        NameVariation variation, string given, string? middle, string family, string expectedGiven, string? expectedMiddle, string expectedFamily)
    {
        var parts = family.Split(' ');
        var name = new PersonName(given, middle, parts[0], parts.Length > 1 ? parts[1] : null);
        var entry = GivenNames.All.Single(n => n.Name == "José");

        var varied = NameVariants.Apply(new DemoRandom(1), name, entry, variation);

        Assert.Equal((expectedGiven, expectedMiddle, expectedFamily), (varied.Given, varied.Middle, varied.Family));
    }

    [Fact]
    public void Particles_are_split_as_Spanish_writes_them_and_joined_as_many_records_store_them()
    {
        Assert.Equal("de la Cruz", SurnameSpelling.Render("DELACRUZ", hispanicOrigin: true));
        Assert.Equal("Delacruz", SurnameSpelling.JoinParticle("de la Cruz"));
        Assert.Equal("Núñez", SurnameSpelling.Render("NUNEZ", hispanicOrigin: true));
        Assert.Equal("Nunez", SurnameSpelling.Render("NUNEZ", hispanicOrigin: false));
        Assert.Equal("McDonald", SurnameSpelling.Render("MCDONALD", hispanicOrigin: false));
        Assert.Equal("O'Brien", SurnameSpelling.Render("OBRIEN", hispanicOrigin: false));
    }

    [Fact]
    public void Enumerating_twice_gives_the_same_stream_and_another_seed_another()
    {
        static string Digest(int seed) => string.Join('\n', new DemoDataGenerator(seed, SeedScale.Small, FixedClock.LateNovember2026)
            .Appearances(300)
            .Select(a => $"{a.NewPerson?.Id}|{a.NewPerson?.FamilyName}|{a.Booking.BookingNumber}|{a.Detainer.Id}|{a.Detainer.LodgedAtUtc:O}|{a.Detainer.Status}"));

        Assert.Equal(Digest(7), Digest(7));
        Assert.NotEqual(Digest(7), Digest(8));
    }

    [Fact]
    public void National_scale_covers_ten_years_with_the_form_current_on_each_day_and_every_detainer_lodges()
    {
        var generator = new DemoDataGenerator(2026, SeedScale.National, FixedClock.LateNovember2026);
        Assert.Equal(1_600_000, generator.TargetDetainers);
        Assert.Equal(2017, generator.Calendar.FiscalYears[0].Year);

        var persons = new Dictionary<Guid, Person>();
        var forms = new HashSet<DetainerFormType>();
        foreach (var a in generator.Appearances(20_000))
        {
            if (a.NewPerson is { } p) persons[p.Id] = p;
            var person = persons[a.Detainer.PersonId];
            var day = DateOnly.FromDateTime(a.Detainer.LodgedAtUtc);
            Assert.True(DetainerForms.IssuableOn(a.Detainer.FormType, day), $"{a.Detainer.FormType} on {day}");
            var command = new LodgeDetainerCommand(a.Detainer.FormType, a.Detainer.Basis, a.Detainer.WarrantKind, a.Detainer.WarrantNumber,
                a.Detainer.WarrantDate, new SubjectDetails(person.FamilyName, person.GivenName, person.MiddleName, person.DateOfBirth,
                    person.Sex, person.CountryOfCitizenship, person.ANumber), a.Site.Facility.Id, a.Booking.BookingNumber);
            Assert.Empty(DetainerLodging.Validate(command, a.Detainer.LodgedAtUtc));
            forms.Add(a.Detainer.FormType);
        }
        // FY2017 began before the I-247A (2 April 2017): its first half uses the PEP forms.
        Assert.Contains(DetainerFormType.I247D, forms);
        Assert.Contains(DetainerFormType.I247A, forms);
    }

    [Fact]
    public void The_anchor_is_fixed_by_default_but_never_lies_in_the_clocks_future()
    {
        Assert.Equal(DemoCalendar.DefaultAnchor, DemoCalendar.ChooseAnchor(null, FixedClock.LateNovember2026));
        var spring = new FixedClock(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2025, 10, 1), DemoCalendar.ChooseAnchor(null, spring));
        var calendar = new DemoCalendar(new DateOnly(2026, 10, 1), 3);
        Assert.Equal([new FiscalYear(2024), new FiscalYear(2025), new FiscalYear(2026)], calendar.FiscalYears);
    }
}
