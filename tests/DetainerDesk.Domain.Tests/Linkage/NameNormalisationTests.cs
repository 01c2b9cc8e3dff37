using DetainerDesk.Domain.Linkage;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DetainerDesk.Domain.Tests.Linkage;

public sealed class NameNormalisationTests
{
    private static PreparedPerson Person(string? given, string? surname, string? middle = null, string? full = null) =>
        Linker.Prepare([new PersonRecord { Id = "x", Given = given, Surname = surname, Middle = middle, FullName = full }])[0];

    private static (int Given, int Surname, bool Swapped) Names(PreparedPerson a, PreparedPerson b) => NameComparator.Compare(a, b);

    [Theory]
    [InlineData("García-López", "GARCIA LOPEZ")]
    [InlineData("  garcia   lopez ", "GARCIA LOPEZ")]
    [InlineData("Peña", "PENA")]
    [InlineData("O'Neil", "ONEIL")]
    [InlineData("João da Conceição", "JOAO DA CONCEICAO")]
    public void Folding_removes_accents_case_hyphens_and_apostrophes(string raw, string folded) =>
        Assert.Equal(folded, NameText.Fold(raw));

    [Theory]
    [InlineData("de la Cruz", "Delacruz")]
    [InlineData("De La Cruz", "de la cruz")]
    [InlineData("García-López", "Garcia Lopez")]
    [InlineData("dos Santos", "Dos-Santos")]
    [InlineData("del Río", "Delrio")]
    public void Spellings_of_one_surname_are_the_same_surname(string a, string b)
    {
        Assert.True(PersonName.From(a).SameAs(PersonName.From(b)));
        Assert.Equal(0, Names(Person("Ana", a), Person("Ana", b)).Surname);
    }

    [Fact]
    public void Particles_are_not_name_parts() =>
        Assert.Equal(["CRUZ"], PersonName.From("de la Cruz").Parts);

    [Fact]
    public void One_of_two_surnames_shares_a_part()
    {
        Assert.Equal(1, Names(Person("Luis", "García López"), Person("Luis", "García")).Surname);
        Assert.Equal(1, Names(Person("Luis", "Hernández de la Cruz"), Person("Luis", "Cruz")).Surname);
    }

    [Fact]
    public void A_surname_written_in_the_middle_name_field_is_found()
    {
        var a = Person("Rosa", "Morales", middle: "Quispe");
        var b = Person("Rosa", "Quispe Morales");
        Assert.Equal(1, Names(a, Person("Rosa", "Quispe")).Surname);
        Assert.Equal(1, Names(a, b).Surname);
    }

    [Fact]
    public void Swapped_given_and_family_names_are_recognised()
    {
        var result = Names(Person("Hernández", "Marisol"), Person("Marisol", "Hernandez"));
        Assert.True(result.Swapped);
        Assert.Equal((0, 0), (result.Given, result.Surname));
    }

    [Theory]
    [InlineData("José", "Pepe")]
    [InlineData("Francisco", "Paco")]
    [InlineData("Francisco", "Pancho")]
    [InlineData("Guadalupe", "Lupe")]
    [InlineData("Jesús", "Chuy")]
    [InlineData("Ignacio", "Nacho")]
    [InlineData("Alberto", "Beto")]
    [InlineData("Roberto", "Beto")]
    [InlineData("Antonio", "Toño")]
    [InlineData("Concepción", "Conchita")]
    [InlineData("William", "Bill")]
    [InlineData("José María", "Chema")]
    public void A_pet_name_meets_its_formal_name(string formal, string pet) =>
        Assert.Equal(1, Names(Person(formal, "Ramírez"), Person(pet, "Ramírez")).Given);

    [Fact]
    public void Pet_names_of_different_formal_names_do_not_meet() =>
        Assert.NotEqual(1, Names(Person("Paco", "Ramírez"), Person("Pepe", "Ramírez")).Given);

    [Fact]
    public void A_full_name_with_a_comma_is_read_surname_first()
    {
        var p = Person(null, null, full: "de la Cruz, María");
        Assert.Equal("CRUZ", p.Surname.Name.Core);
        Assert.Equal("MARIA", p.Given.Name.Core);
    }

    private static readonly string[] Pieces = ["José", "de", "la", "Cruz", "García-López", " ", "  ", "ñ", "O'Neil", "Ça", "-", "dos", "X", "María", "é", "Æ", "ß"];

    [Property(MaxTest = 500)]
    public Property Folding_is_idempotent() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p))), text =>
            NameText.Fold(NameText.Fold(text)) == NameText.Fold(text)
            && PersonName.From(NameText.Fold(text)) is var folded && folded.Core == PersonName.From(text).Core);
}
