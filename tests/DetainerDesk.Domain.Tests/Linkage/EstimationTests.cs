using DetainerDesk.Domain.Linkage;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DetainerDesk.Domain.Tests.Linkage;

/// <summary>Estimation from labelled pairs and pass by pass: whatever the labels, the estimates stay distributions and
/// scoring stays symmetric.</summary>
public sealed class EstimationTests
{
    // One comparison vector: a level per field, or missing (one field in five), drawn from a generated seed.
    private static readonly Gen<ulong> Vectors = Gen.Choose(0, int.MaxValue).Select(seed =>
    {
        var random = new Random(seed);
        return PairComparison.Pack([.. LinkFieldLevels.All.Select(f =>
            random.Next(5) == 0 ? LinkFieldLevels.Missing : random.Next(LinkFieldLevels.Count(f)))]);
    });

    private static readonly Gen<(ulong Vector, bool Same)[]> LabelSets =
        Gen.ArrayOf(Gen.Zip(Vectors, Gen.Elements(true, false)));

    private static readonly double[][] UniformU =
        [.. LinkFieldLevels.All.Select(f => Enumerable.Repeat(1.0 / LinkFieldLevels.Count(f), LinkFieldLevels.Count(f)).ToArray())];

    private static LabelledPairs Labels((ulong Vector, bool Same)[] set, bool random = true)
    {
        var labels = new LabelledPairs { RandomSample = random };
        foreach (var (v, same) in set) labels.Add(v, same);
        return labels;
    }

    private static bool Distributions(double[][] table) =>
        table.All(row => Math.Abs(row.Sum() - 1) < 1e-9 && row.All(x => x > 0 && x < 1));

    [Property(MaxTest = 300)]
    public Property Estimated_m_and_u_of_every_field_sum_to_one_whatever_the_labels() =>
        Prop.ForAll(Arb.From(LabelSets), set =>
        {
            var fromLabels = ModelTraining.FromLabelledPairs(Labels(set));
            var em = new FellegiSunterModel(UniformU, UniformU, 0.2);
            var combined = ModelTraining.WithLabels(em, Labels(set), UniformU, 10_000, 1e8);
            return Distributions(fromLabels.M) && Distributions(fromLabels.U) && Distributions(combined.M)
                && combined.Lambda is > 0 and < 1 && fromLabels.Lambda is > 0 and < 1;
        });

    [Property(MaxTest = 100)]
    public Property M_from_passes_sums_to_one_per_field() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Vectors)), vectors =>
        {
            var passes = Blocking.DefaultPasses;
            var perPass = passes.Select((pass, p) => (IReadOnlyDictionary<ulong, long>)vectors
                .Where((_, k) => k % passes.Length == p || k % 3 == 0)
                .GroupBy(v => ModelTraining.WithoutKeyFields(v, pass)).ToDictionary(g => g.Key, g => g.LongCount())).ToArray();
            return Distributions(ModelTraining.MFromPasses(passes, perPass, UniformU, UniformU));
        });

    [Fact]
    public void Many_labels_decide_m_and_few_only_nudge_em()
    {
        var em = new FellegiSunterModel(UniformU, UniformU, 0.1);
        var exactDob = PairComparison.Pack([.. LinkFieldLevels.All.Select(f => f == LinkField.BirthDate ? 0 : LinkFieldLevels.Missing)]);
        var slippedDob = PairComparison.Pack([.. LinkFieldLevels.All.Select(f => f == LinkField.BirthDate ? 2 : LinkFieldLevels.Missing)]);
        var many = new LabelledPairs();
        for (var k = 0; k < 10_000; k++) many.Add(k % 10 == 0 ? slippedDob : exactDob, samePerson: true);
        var few = new LabelledPairs();
        for (var k = 0; k < 5; k++) few.Add(exactDob, samePerson: true);

        var decided = ModelTraining.WithLabels(em, many, UniformU, 1000, 1e6).M[(int)LinkField.BirthDate];
        Assert.InRange(decided[0], 0.88, 0.90);
        Assert.InRange(decided[2], 0.09, 0.11);
        var nudged = ModelTraining.WithLabels(em, few, UniformU, 1000, 1e6).M[(int)LinkField.BirthDate];
        Assert.InRange(nudged[0], 0.2, 0.3); // EM's 0.2, moved by five labels against a hundred pseudo-pairs
    }

    private static readonly string[] Givens = ["José", "Pepe", "Jose", "María José", "Ana", "Guadalupe", "Lupe", "Roberto", ""];
    private static readonly string[] Surnames = ["de la Cruz", "Delacruz", "García López", "Garcia", "Hernandez", "Ruiz", ""];
    private static readonly string[] Dates = ["19710624", "19712406", "19710642", "19720624", ""];

    private static readonly Gen<PersonRecord> Records =
        from given in Gen.Elements(Givens)
        from surname in Gen.Elements(Surnames)
        from dob in Gen.Elements(Dates)
        from sex in Gen.Elements("M", "F", "")
        select new PersonRecord { Id = "r", Given = given, Surname = surname, BirthDate = dob, Sex = sex };

    // Labels that are no truth at all (same given name means same person) must still give a symmetric scorer.
    private static readonly Linker TrainedWithLabels = Linker.Train(Records.Sample(300, 11), new LinkageOptions
    {
        RandomPairsForU = 2000,
        LabelOf = (i, j) => (i + j) % 3 == 0 ? i % 2 == j % 2 : null,
        LabelsAreRandomSample = true,
    });

    [Property(MaxTest = 500)]
    public Property Scoring_with_a_label_trained_model_is_symmetric() => Prop.ForAll(Arb.From(Records), Arb.From(Records), (x, y) =>
    {
        var people = Linker.Prepare([x, y]);
        var model = TrainedWithLabels.Model;
        return model.Bits(PairComparison.Compare(people[0], people[1])).Equals(model.Bits(PairComparison.Compare(people[1], people[0])));
    });

    [Fact]
    public void Labels_reach_the_model_through_the_linker()
    {
        var records = Records.Sample(200, 5).ToList();
        var plain = Linker.Train(records, new LinkageOptions { RandomPairsForU = 2000 });
        var labelled = Linker.Train(records, new LinkageOptions { RandomPairsForU = 2000, LabelOf = (_, _) => true, LabelsAreRandomSample = true });
        Assert.NotEqual(plain.Model.Lambda, labelled.Model.Lambda);
        Assert.True(Distributions(labelled.Model.M));
    }
}

public sealed class LargeFileTests
{
    [Fact]
    public void Keeping_only_pairs_above_a_floor_keeps_exactly_the_pairs_a_full_scoring_would()
    {
        var (records, _) = BenchmarkData.Fake1000();
        var all = Linker.Train(records);
        var floored = Linker.Train(records, new LinkageOptions { KeepPairsFromProbability = 0.01 });
        Assert.Equal(all.Scored.Where(s => s.Probability >= 0.01), floored.Scored);
        Assert.Equal(all.Clusters(), floored.Clusters());
        Assert.Equal(all.CandidatePairCount, all.Scored.Count);
    }

    [Fact]
    public void A_pass_over_its_pair_budget_drops_its_largest_blocks_first()
    {
        // 30 records share one birth date, 4 share another: a budget of 10 pairs keeps the small block only.
        var records = Enumerable.Range(0, 34).Select(i => new PersonRecord
            { Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Surname = "S" + i, BirthDate = i < 30 ? "19800101" : "19900202" }).ToList();
        var people = Linker.Prepare(records);
        var index = new CandidateIndex(people, [Blocking.DefaultPasses[1]], false, 1000, maxPairsPerPass: 10);
        Assert.Equal(6, index.PairKeys().Count());
        Assert.Equal(1, index.OversizedBlocksSkipped[0]);
        Assert.True(index.IsCandidate(30, 33));
        Assert.False(index.IsCandidate(0, 1));
    }
}
