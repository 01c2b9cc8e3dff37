namespace DetainerDesk.Domain.Linkage;

/// <summary>Precision, recall and F1 over pairs.</summary>
public readonly record struct PairMetrics(long TruePositives, long Predicted, long Actual)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;
    public double Recall => Actual == 0 ? 0 : (double)TruePositives / Actual;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Scores a linkage against known truth (an entity key per record). Pairs are unordered; when linking two sources only
/// pairs across them count, as in the FEBRL 4 benchmark.
/// </summary>
public sealed class LinkageEvaluation(IReadOnlyList<string> truth, IReadOnlyList<int> sources, bool acrossSourcesOnly)
{
    public bool SamePerson(int i, int j) => truth[i] == truth[j];

    private bool Counts(int i, int j) => !acrossSourcesOnly || sources[i] != sources[j];

    /// <summary>How many true pairs exist.</summary>
    public long TruePairs() => CountPairs(Enumerable.Range(0, truth.Count).GroupBy(i => truth[i]));

    /// <summary>Share of true pairs that the blocking passes put up for comparison.</summary>
    public double BlockingRecall(IEnumerable<long> candidates)
    {
        long found = 0;
        foreach (var key in candidates)
        {
            var (i, j) = Blocking.Unpack(key);
            if (SamePerson(i, j) && Counts(i, j)) found++;
        }
        var all = TruePairs();
        return all == 0 ? 1 : (double)found / all;
    }

    /// <summary>The same, asking the blocking index about each true pair instead of listing every candidate: for files
    /// whose candidates are too many to hold.</summary>
    public double BlockingRecall(Func<int, int, bool> isCandidate)
    {
        long found = 0, all = 0;
        foreach (var person in Enumerable.Range(0, truth.Count).GroupBy(i => truth[i]))
        {
            var members = person.ToArray();
            for (var x = 0; x < members.Length; x++)
                for (var y = x + 1; y < members.Length; y++)
                {
                    if (!Counts(members[x], members[y])) continue;
                    all++;
                    if (isCandidate(members[x], members[y])) found++;
                }
        }
        return all == 0 ? 1 : (double)found / all;
    }

    public PairMetrics Pairs(IEnumerable<ScoredPair> links)
    {
        long tp = 0, predicted = 0;
        foreach (var l in links)
        {
            if (!Counts(l.I, l.J)) continue;
            predicted++;
            if (SamePerson(l.I, l.J)) tp++;
        }
        return new PairMetrics(tp, predicted, TruePairs());
    }

    /// <summary>Pairwise metrics of the clustering: every two records in one predicted cluster form a predicted pair.</summary>
    public PairMetrics Clusters(IReadOnlyList<int> clusterOf)
    {
        var groups = Enumerable.Range(0, truth.Count).GroupBy(i => clusterOf[i]).ToArray();
        var predicted = CountPairs(groups);
        long tp = 0;
        foreach (var g in groups) tp += CountPairs(g.GroupBy(i => truth[i]));
        return new PairMetrics(tp, predicted, TruePairs());
    }

    private long CountPairs(IEnumerable<IEnumerable<int>> groups)
    {
        long n = 0;
        foreach (var g in groups)
        {
            if (!acrossSourcesOnly) { long k = g.LongCount(); n += k * (k - 1) / 2; continue; }
            long first = 0, second = 0;
            foreach (var i in g) { if (sources[i] == 0) first++; else second++; }
            n += first * second;
        }
        return n;
    }
}
