using DetainerDesk.Domain.Linkage;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DetainerDesk.Domain.Tests.Linkage;

public sealed class SymmetryTests
{
    private static readonly string[] Givens = ["José", "Pepe", "Jose", "María José", "Ana", "Hernández", "Guadalupe", "Lupe", "Beto", "Roberto", "", "Marisol"];
    private static readonly string[] Surnames = ["de la Cruz", "Delacruz", "García López", "Garcia", "Hernandez", "Marisol", "Ruiz", "Ruíz", "", "dos Santos", "Smyth", "Smith"];
    private static readonly string[] Dates = ["19710624", "1971-06-24", "19712406", "19710642", "19720624", "", "not a date", "06/24/1971"];
    private static readonly string[] Places = ["", "London", "Lonon", "Brownsville", "4223", "4232"];
    private static readonly string?[] ANumbers = [null, null, null, "A012345678", "A087654321"];

    private static readonly Gen<PersonRecord> Records =
        from given in Gen.Elements(Givens)
        from surname in Gen.Elements(Surnames)
        from middle in Gen.Elements(Surnames)
        from dob in Gen.Elements(Dates)
        from city in Gen.Elements(Places)
        from postcode in Gen.Elements(Places)
        from sex in Gen.Elements("M", "F", "", "male")
        from anumber in Gen.Elements(ANumbers)
        select new PersonRecord { Id = "r", Given = given, Surname = surname, Middle = middle, BirthDate = dob, City = city, Postcode = postcode, Sex = sex, ANumber = anumber };

    // One model trained on a sample, so that the property checks the scorer and not the training.
    private static readonly Linker Trained = Linker.Train(Records.Sample(300, 7), new LinkageOptions { RandomPairsForU = 2000 });

    [Property(MaxTest = 1000)]
    public Property Matching_is_symmetric() => Prop.ForAll(Arb.From(Records), Arb.From(Records), (x, y) =>
    {
        var people = Linker.Prepare([x, y]);
        var ab = Trained.Model.Bits(PairComparison.Compare(people[0], people[1]));
        var ba = Trained.Model.Bits(PairComparison.Compare(people[1], people[0]));
        return ab.Equals(ba);
    });

    [Property(MaxTest = 300)]
    public Property Explanations_are_symmetric_too() => Prop.ForAll(Arb.From(Records), Arb.From(Records), (x, y) =>
    {
        var people = Linker.Prepare([x, y]);
        var ab = MatchExplanation.For(people[0], people[1], Trained.Model);
        var ba = MatchExplanation.For(people[1], people[0], Trained.Model);
        return ab.Fields.Select(f => f.Level).SequenceEqual(ba.Fields.Select(f => f.Level)) && ab.TotalBits.Equals(ba.TotalBits);
    });
}
