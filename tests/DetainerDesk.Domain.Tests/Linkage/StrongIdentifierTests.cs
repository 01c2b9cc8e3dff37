using DetainerDesk.Domain.Linkage;

namespace DetainerDesk.Domain.Tests.Linkage;

public sealed class StrongIdentifierTests
{
    [Theory]
    [InlineData("A012345678", "012345678")]
    [InlineData("A12345678", "012345678")] // eight digits: the nine-digit form with a leading zero
    [InlineData("012-345-678", "012345678")]
    [InlineData("000000000", null)]        // placeholder
    [InlineData("A1234", null)]
    public void A_numbers_are_validated_and_normalised(string raw, string? expected) =>
        Assert.Equal(expected, StrongIdentifiers.Normalise(StrongIdentifierKind.ANumber, raw));

    private static IReadOnlyList<PersonRecord> Records(params (string Id, string Given, string Surname, string Dob, string? ANumber)[] rows) =>
        [.. rows.Select(r => new PersonRecord { Id = r.Id, Given = r.Given, Surname = r.Surname, BirthDate = r.Dob, ANumber = r.ANumber })];

    [Fact]
    public void The_same_A_number_links_whatever_the_names_say()
    {
        var people = Linker.Prepare(Records(("1", "Ana", "Ruiz", "19900101", "A012345678"), ("2", "Pedro", "Soto", "19700505", "012345678")));
        var c = PairComparison.Compare(people[0], people[1]);
        Assert.Equal(StrongVerdict.SameIdentifier, c.Strong);
    }

    [Fact]
    public void Two_different_A_numbers_are_never_a_match_even_with_identical_names()
    {
        var people = Linker.Prepare(Records(("1", "Ana", "Ruiz", "19900101", "A012345678"), ("2", "Ana", "Ruiz", "19900101", "A087654321")));
        var c = PairComparison.Compare(people[0], people[1]);
        Assert.Equal(StrongVerdict.DifferentIdentifier, c.Strong);
        var model = new FellegiSunterModel(
            [.. LinkFieldLevels.All.Select(f => Enumerable.Repeat(1.0 / LinkFieldLevels.Count(f), LinkFieldLevels.Count(f)).ToArray())],
            [.. LinkFieldLevels.All.Select(f => Enumerable.Repeat(1.0 / LinkFieldLevels.Count(f), LinkFieldLevels.Count(f)).ToArray())], 0.5);
        Assert.Equal(0, FellegiSunterModel.Probability(model.Bits(c)));
    }

    [Fact]
    public void Clustering_does_not_chain_two_people_with_different_A_numbers_through_a_record_without_one()
    {
        // B (no A-number) looks like both A and C; A and C carry different A-numbers: they must stay apart.
        var records = Records(
            ("A", "Ana", "Ruiz", "19900101", "A012345678"),
            ("B", "Ana", "Ruiz", "19900101", null),
            ("C", "Ana", "Ruiz", "19900101", "A087654321"));
        var linker = Linker.Train(records, new LinkageOptions { RandomPairsForU = 100 });
        var model = linker.Model;
        var links = new[] { new ScoredPair(0, 1, 20), new ScoredPair(1, 2, 19) };
        var clusters = Clustering.Cluster(linker.People, links, model, 0, ClusteringGuard.Default);
        Assert.NotEqual(clusters[0], clusters[2]);
    }
}
