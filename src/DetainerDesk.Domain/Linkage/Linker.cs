namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// Deduplicates (or links two sources of) person records: prepare → block → estimate u from random pairs and m, λ by
/// EM on the candidates → score → cluster. The trained model and the prepared records stay available, so that a new
/// record can later be scored against an existing index and every score explained.
/// </summary>
public sealed class Linker
{
    public LinkageOptions Options { get; }
    public IReadOnlyList<PreparedPerson> People { get; }
    public FellegiSunterModel Model { get; }
    public BlockingResult Blocks { get; }
    public IReadOnlyList<ScoredPair> Scored { get; }
    public double ThresholdBits => FellegiSunterModel.BitsFor(Options.MatchProbability);

    private Linker(LinkageOptions options, IReadOnlyList<PreparedPerson> people, FellegiSunterModel model, BlockingResult blocks, IReadOnlyList<ScoredPair> scored)
    {
        Options = options;
        People = people;
        Model = model;
        Blocks = blocks;
        Scored = scored;
    }

    public static IReadOnlyList<PreparedPerson> Prepare(IEnumerable<PersonRecord> records)
    {
        var people = records.Select(r => new PreparedPerson(r, Nicknames.Default)).ToArray();
        var frequencies = new SurnameFrequencies(people.Select(p => p.Surname.Name.Core));
        foreach (var p in people)
        {
            p.SurnameShare = frequencies.Share(p.Surname.Name.Core);
            p.GivenShareAsSurname = frequencies.Share(p.Given.Name.Core);
        }
        return people;
    }

    public static Linker Train(IEnumerable<PersonRecord> records, LinkageOptions? options = null)
    {
        options ??= new LinkageOptions();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Stage(string what) => options.Log?.Invoke($"{what}: {clock.Elapsed.TotalSeconds:0.00} s");
        var people = Prepare(records);
        Stage("prepared");
        var blocks = Blocking.CandidatePairs(people, options.Passes, options.LinkAcrossSourcesOnly, options.MaxBlockSize);
        Stage($"blocked ({blocks.Pairs.Count:N0} pairs)");
        var pairs = blocks.Pairs.ToArray();
        Array.Sort(pairs); // a fixed order: results must not depend on hash-set iteration
        var comparisons = new PairComparison[pairs.Length];
        var vectorCounts = new Dictionary<ulong, int>();
        for (var k = 0; k < pairs.Length; k++)
        {
            var (i, j) = Blocking.Unpack(pairs[k]);
            comparisons[k] = PairComparison.Compare(people[i], people[j]);
            vectorCounts[comparisons[k].Vector] = vectorCounts.GetValueOrDefault(comparisons[k].Vector) + 1;
        }
        Stage($"compared ({vectorCounts.Count:N0} distinct vectors)");
        var u = ModelTraining.EstimateU(people, options.LinkAcrossSourcesOnly, options.RandomPairsForU, options.Seed);
        Stage("u from random pairs");
        var fitted = ModelTraining.Estimate(vectorCounts, u);
        var model = ModelTraining.ForAllPairs(fitted, u, pairs.Length, PossiblePairs(people, options.LinkAcrossSourcesOnly));
        Stage("EM");
        var scored = new ScoredPair[pairs.Length];
        for (var k = 0; k < pairs.Length; k++)
        {
            var (i, j) = Blocking.Unpack(pairs[k]);
            scored[k] = new ScoredPair(i, j, model.Bits(comparisons[k]));
        }
        Stage("scored");
        return new Linker(options, people, model, blocks, scored);
    }

    private static double PossiblePairs(IReadOnlyList<PreparedPerson> people, bool acrossSourcesOnly)
    {
        double first = people.Count(p => p.Record.Source == 0);
        return acrossSourcesOnly ? first * (people.Count - first) : people.Count * (people.Count - 1.0) / 2;
    }

    /// <summary>Pairs at or above the match threshold.</summary>
    public IEnumerable<ScoredPair> Links => Scored.Where(s => s.Bits >= ThresholdBits);

    /// <summary>Cluster id (smallest member index) per record.</summary>
    public int[] Clusters() => Clustering.Cluster(People, Scored, Model, ThresholdBits, Options.Guard);

    public double Bits(int i, int j) => Model.Bits(PairComparison.Compare(People[i], People[j]));

    public MatchExplanation Explain(int i, int j) => MatchExplanation.For(People[i], People[j], Model);
}
