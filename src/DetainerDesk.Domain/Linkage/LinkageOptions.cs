namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// One configuration for every data set: thresholds are not tuned per file (a matcher tuned on its test data
/// says nothing about the next jail's records).
/// </summary>
public sealed record LinkageOptions
{
    /// <summary>Pairs at or above this match probability are links.</summary>
    public double MatchProbability { get; init; } = 0.5;
    /// <summary>Compare only records of different sources (linking file A to file B).</summary>
    public bool LinkAcrossSourcesOnly { get; init; }
    public int MaxBlockSize { get; init; } = 1000;
    /// <summary>Each pass may put up at most this many pairs per record (and at least <see cref="MinPairsPerPass"/>);
    /// beyond it the pass's largest blocks are skipped. The benchmark files stay below one pair per record per pass;
    /// a million demo records would otherwise make over 300 million candidates, most from "name + birth year".</summary>
    public double MaxPairsPerRecordPerPass { get; init; } = 20;
    public long MinPairsPerPass { get; init; } = 1_000_000;
    /// <summary>EM counts the comparison vectors of at most about this many candidate pairs, a fixed random sample when
    /// there are more (shares of vectors are what EM needs; every candidate is still scored).</summary>
    public long MaxPairsForEm { get; init; } = 5_000_000;
    public int RandomPairsForU { get; init; } = 200_000;
    public int Seed { get; init; } = 20_261_129;
    public IReadOnlyList<BlockingPass> Passes { get; init; } = Blocking.DefaultPasses;
    public ClusteringGuard Guard { get; init; } = ClusteringGuard.Default;
    /// <summary>Estimate m pass by pass (<see cref="ModelTraining.MFromPasses"/>) rather than by one EM over all candidates.</summary>
    public bool EmPerPass { get; init; } = true;
    /// <summary>Pairs below this match probability are scored but not kept in <see cref="Linker.Scored"/> (0: keep every
    /// candidate). A million records make hundreds of millions of candidates; clustering needs only the links.</summary>
    public double KeepPairsFromProbability { get; init; }
    /// <summary>The known answer for a pair of record indexes (true: same person), or null when unknown; candidates with
    /// an answer correct EM's m (<see cref="ModelTraining.WithLabels"/>). Called from several threads.</summary>
    public Func<int, int, bool?>? LabelOf { get; init; }
    /// <summary>Whether <see cref="LabelOf"/> answers for a random sample of pairs (so the share of matches among them
    /// estimates the prior too).</summary>
    public bool LabelsAreRandomSample { get; init; }
    /// <summary>Receives one line per finished stage with its elapsed time, for progress and benchmarks.</summary>
    public Action<string>? Log { get; init; }
}

/// <summary>A compared pair (record indexes, I &lt; J) and its weight in bits.</summary>
public readonly record struct ScoredPair(int I, int J, double Bits)
{
    public double Probability => FellegiSunterModel.Probability(Bits);
}
