namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// Deduplicates (or links two sources of) person records: prepare → block → estimate u from random pairs and m, λ by
/// EM on the candidates (pass by pass, corrected by labelled pairs when there are any) → score → cluster. Candidates
/// are streamed from a <see cref="CandidateIndex"/>, never stored, and compared on every core, so a million records
/// fit. The trained model and the prepared records stay available, so that a new record can later be scored against
/// an existing index and every score explained.
/// </summary>
public sealed class Linker
{
    public LinkageOptions Options { get; }
    public IReadOnlyList<PreparedPerson> People { get; }
    public FellegiSunterModel Model { get; }
    /// <summary>The blocks of every pass; candidates are streamed from it rather than stored.</summary>
    public CandidateIndex Candidates { get; }
    /// <summary>How many pairs the blocking passes put up for comparison.</summary>
    public long CandidatePairCount { get; }
    /// <summary>The candidate pairs as a set, with each pass's yield: built on first use, for files small enough to hold
    /// every pair (the benchmark sets); a million records use <see cref="IsCandidate"/> instead.</summary>
    public BlockingResult Blocks => _blocks ??= new BlockingResult(new HashSet<long>(Candidates.PairKeys(), PairKeyComparer.Instance), _passes);
    /// <summary>Each pass's yield, counted while comparing (no set of pairs needed).</summary>
    public IReadOnlyList<BlockingPassReport> PassReports => _passes;
    /// <summary>Compared pairs in (I, J) order with their weights; only those at or above
    /// <see cref="LinkageOptions.KeepPairsFromProbability"/> when that is set.</summary>
    public IReadOnlyList<ScoredPair> Scored { get; }
    public double ThresholdBits => FellegiSunterModel.BitsFor(Options.MatchProbability);

    /// <summary>The labelled candidates that corrected EM (<see cref="LinkageOptions.LabelOf"/>); empty without labels.</summary>
    public LabelledPairs Labels { get; private init; } = new();

    private readonly IReadOnlyList<BlockingPassReport> _passes;
    private BlockingResult? _blocks;

    private Linker(LinkageOptions options, IReadOnlyList<PreparedPerson> people, FellegiSunterModel model, CandidateIndex candidates,
        long candidatePairs, IReadOnlyList<BlockingPassReport> passes, IReadOnlyList<ScoredPair> scored)
    {
        Options = options;
        People = people;
        Model = model;
        Candidates = candidates;
        CandidatePairCount = candidatePairs;
        _passes = passes;
        Scored = scored;
    }

    public static IReadOnlyList<PreparedPerson> Prepare(IEnumerable<PersonRecord> records)
    {
        var list = records as IReadOnlyList<PersonRecord> ?? records.ToArray();
        var people = new PreparedPerson[list.Count];
        Parallel.For(0, list.Count, i => people[i] = new PreparedPerson(list[i], Nicknames.Default));
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
        var perPass = Math.Max(options.MinPairsPerPass, (long)(options.MaxPairsPerRecordPerPass * people.Count));
        var candidates = new CandidateIndex(people, options.Passes, options.LinkAcrossSourcesOnly, options.MaxBlockSize, perPass);
        Stage("blocked");
        var (vectorCounts, passVectors, passes, pairCount, labels) = CompareCandidates(people, candidates, options);
        Stage($"compared ({pairCount:N0} pairs, {vectorCounts.Values.Sum():N0} of them for EM, {vectorCounts.Count:N0} distinct vectors)");
        var u = ModelTraining.EstimateU(people, options.LinkAcrossSourcesOnly, options.RandomPairsForU, options.Seed);
        Stage("u from random pairs");
        var overall = ModelTraining.Estimate(vectorCounts, u);
        var fitted = options.EmPerPass
            ? ModelTraining.Estimate(vectorCounts, u, ModelTraining.MFromPasses(options.Passes, passVectors, u, overall.M))
            : overall;
        var model = ModelTraining.ForAllPairs(fitted, u, pairCount, PossiblePairs(people, options.LinkAcrossSourcesOnly));
        if (labels.Matches + labels.NonMatches > 0)
        {
            model = ModelTraining.WithLabels(fitted, labels, u, pairCount, PossiblePairs(people, options.LinkAcrossSourcesOnly));
            Stage($"EM, corrected by {labels.Matches:N0} labelled matches and {labels.NonMatches:N0} labelled non-matches");
        }
        else Stage("EM");
        var floor = options.KeepPairsFromProbability > 0 ? FellegiSunterModel.BitsFor(options.KeepPairsFromProbability) : double.NegativeInfinity;
        var scored = ScoreCandidates(people, candidates, model, floor);
        Stage($"scored ({scored.Length:N0} pairs kept)");
        return new Linker(options, people, model, candidates, pairCount, passes, scored) { Labels = labels };
    }

    // Records are handed out in chunks; the results of each chunk are kept apart and joined in chunk order, so the
    // output does not depend on which core did what.
    private const int ChunkSize = 1024;

    private static (Dictionary<ulong, long> Vectors, Dictionary<ulong, long>[] PerPass, IReadOnlyList<BlockingPassReport> Passes, long Pairs, LabelledPairs Labels) CompareCandidates(
        IReadOnlyList<PreparedPerson> people, CandidateIndex index, LinkageOptions options)
    {
        var labels = new LabelledPairs { RandomSample = options.LabelsAreRandomSample };
        var labelOf = options.LabelOf;
        // A fixed sample for EM when the candidates are many: a pair is in it when its mixed key falls under the cut.
        var share = Math.Min(1.0, (double)options.MaxPairsForEm / Math.Max(1, index.PairsUpperBound));
        var cut = share >= 1 ? ulong.MaxValue : (ulong)(share * ulong.MaxValue);
        var vectors = new Dictionary<ulong, long>();
        var perPass = index.Passes.Select(_ => new Dictionary<ulong, long>()).ToArray();
        var all = new long[index.Passes.Count];
        var fresh = new long[index.Passes.Count];
        var gate = new object();
        Parallel.For(0, Chunks(people.Count),
            () => (Vectors: new Dictionary<ulong, long>(), All: new long[all.Length], Fresh: new long[all.Length], Buffer: new List<int>(), Labels: new LabelledPairs(),
                PerPass: index.Passes.Select(_ => new Dictionary<ulong, long>()).ToArray()),
            (chunk, _, local) =>
            {
                for (var i = chunk * ChunkSize; i < Math.Min(people.Count, (chunk + 1) * ChunkSize); i++)
                {
                    index.CandidatesOf(i, local.Buffer, local.All, local.Fresh);
                    foreach (var j in local.Buffer)
                    {
                        var label = labelOf?.Invoke(i, j);
                        var sampled = cut == ulong.MaxValue || Mix(Blocking.PairKey(i, j)) <= cut;
                        if (!sampled && label is null) continue;
                        var v = PairComparison.Compare(people[i], people[j]).Vector;
                        if (sampled)
                        {
                            local.Vectors[v] = local.Vectors.GetValueOrDefault(v) + 1;
                            if (options.EmPerPass)
                                for (var mask = index.PassesCovering(i, j); mask != 0; mask &= mask - 1)
                                {
                                    var p = System.Numerics.BitOperations.TrailingZeroCount(mask);
                                    var masked = ModelTraining.WithoutKeyFields(v, index.Passes[p]);
                                    local.PerPass[p][masked] = local.PerPass[p].GetValueOrDefault(masked) + 1;
                                }
                        }
                        if (label is { } same) local.Labels.Add(v, same);
                    }
                }
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    foreach (var (v, n) in local.Vectors) vectors[v] = vectors.GetValueOrDefault(v) + n;
                    for (var p = 0; p < all.Length; p++) { all[p] += local.All[p]; fresh[p] += local.Fresh[p]; }
                    labels.Add(local.Labels);
                    for (var p = 0; p < perPass.Length; p++)
                        foreach (var (v, n) in local.PerPass[p]) perPass[p][v] = perPass[p].GetValueOrDefault(v) + n;
                }
            });
        var reports = index.Passes.Select((pass, p) => new BlockingPassReport(pass.Name, all[p], (int)Math.Min(fresh[p], int.MaxValue), index.OversizedBlocksSkipped[p])).ToArray();
        return (vectors, perPass, reports, fresh.Sum(), labels);
    }

    private static ScoredPair[] ScoreCandidates(IReadOnlyList<PreparedPerson> people, CandidateIndex index, FellegiSunterModel model, double floorBits)
    {
        var perChunk = new List<ScoredPair>[Chunks(people.Count)];
        Parallel.For(0, perChunk.Length, () => new List<int>(), (chunk, _, buffer) =>
        {
            var kept = new List<ScoredPair>();
            for (var i = chunk * ChunkSize; i < Math.Min(people.Count, (chunk + 1) * ChunkSize); i++)
            {
                index.CandidatesOf(i, buffer);
                foreach (var j in buffer)
                {
                    if (floorBits > double.NegativeInfinity && ScoreBound.Bits(people[i], people[j], model) < floorBits) continue;
                    var bits = model.Bits(PairComparison.Compare(people[i], people[j]));
                    if (bits >= floorBits) kept.Add(new ScoredPair(i, j, bits));
                }
            }
            perChunk[chunk] = kept;
            return buffer;
        }, _ => { });
        var scored = new ScoredPair[perChunk.Sum(c => (long)c.Count)];
        var at = 0;
        foreach (var chunk in perChunk) { chunk.CopyTo(scored, at); at += chunk.Count; }
        return scored;
    }

    // SplitMix64's finaliser: consecutive pair keys become evenly spread numbers.
    private static ulong Mix(long key)
    {
        var z = (ulong)key + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static int Chunks(int count) => (count + ChunkSize - 1) / ChunkSize;

    private static double PossiblePairs(IReadOnlyList<PreparedPerson> people, bool acrossSourcesOnly)
    {
        double first = people.Count(p => p.Record.Source == 0);
        return acrossSourcesOnly ? first * (people.Count - first) : people.Count * (people.Count - 1.0) / 2;
    }

    /// <summary>Pairs at or above the match threshold.</summary>
    public IEnumerable<ScoredPair> Links => Scored.Where(s => s.Bits >= ThresholdBits);

    /// <summary>Whether the blocking passes put records i and j up for comparison.</summary>
    public bool IsCandidate(int i, int j) => Candidates.IsCandidate(i, j);

    /// <summary>Cluster id (smallest member index) per record.</summary>
    public int[] Clusters() => Clustering.Cluster(People, Scored, Model, ThresholdBits, Options.Guard);

    public double Bits(int i, int j) => Model.Bits(PairComparison.Compare(People[i], People[j]));

    public MatchExplanation Explain(int i, int j) => MatchExplanation.For(People[i], People[j], Model);
}
