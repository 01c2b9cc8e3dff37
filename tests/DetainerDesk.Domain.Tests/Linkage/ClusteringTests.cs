using DetainerDesk.Domain.Linkage;

namespace DetainerDesk.Domain.Tests.Linkage;

public sealed class ClusteringTests
{
    // A hand-set model: agreement is strong evidence, disagreement strong counter-evidence.
    private static readonly FellegiSunterModel Model = new(
        [.. LinkFieldLevels.All.Select(f => Spread(LinkFieldLevels.Count(f), at: 0))],
        [.. LinkFieldLevels.All.Select(f => Spread(LinkFieldLevels.Count(f), at: LinkFieldLevels.Count(f) - 1))], 0.5);

    // 0.9 on one level, the rest shared by the others.
    private static double[] Spread(int n, int at) =>
        [.. Enumerable.Range(0, n).Select(l => l == at ? 0.9 : 0.1 / (n - 1))];

    private static PersonRecord R(string id, string given, string surname, string dob, string postcode) =>
        new() { Id = id, Given = given, Surname = surname, BirthDate = dob, Postcode = postcode };

    [Fact]
    public void One_freak_link_does_not_chain_two_established_persons()
    {
        var people = Linker.Prepare(
        [
            R("0", "Ana", "Ruiz", "19900101", "78520"), R("1", "Ana", "Ruiz", "19900101", "78520"), R("2", "Ana", "Ruíz", "19900101", "78521"),
            R("3", "Pedro", "Soto", "19700505", "10001"), R("4", "Pedro", "Soto", "19700505", "10001"), R("5", "Pedro", "Sotto", "19700505", "10001"),
        ]);
        ScoredPair Link(int i, int j, double? bits = null) => new(i, j, bits ?? Model.Bits(PairComparison.Compare(people[i], people[j])));
        var links = new[] { Link(0, 1), Link(1, 2), Link(0, 2), Link(3, 4), Link(4, 5), Link(3, 5), Link(2, 3, bits: 5) };
        var clusters = Clustering.Cluster(people, links, Model, thresholdBits: 0, ClusteringGuard.Default);
        Assert.Equal([0, 0, 0, 3, 3, 3], clusters);
    }

    [Fact]
    public void Records_that_agree_end_up_in_one_cluster_named_by_its_first_record()
    {
        var people = Linker.Prepare([R("a", "Ana", "Ruiz", "19900101", "78520"), R("b", "Ana", "Ruiz", "19900110", "78520"), R("c", "Ana", "Ruiz", "19900101", "78520")]);
        var links = new[] { new ScoredPair(1, 2, 30), new ScoredPair(0, 2, 31) };
        Assert.Equal([0, 0, 0], Clustering.Cluster(people, links, Model, 0, ClusteringGuard.Default));
    }
}
