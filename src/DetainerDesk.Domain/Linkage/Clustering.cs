namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// Links → persons. Links are taken strongest first and joined by union–find, but a join of two groups is refused
/// when the groups carry different strong identifiers of one kind, when any pair across them scores below
/// <see cref="ClusteringGuard.VetoBits"/> of evidence, prior aside (clear evidence of two people), or — when both groups already hold several
/// records — when the pairs across them do not on average reach the match threshold. So one weak or freak link
/// cannot chain two well-established persons together, which is how a detainer lands on the wrong man.
/// </summary>
public sealed record ClusteringGuard(double VetoBits, int MaxCrossPairsChecked)
{
    public static readonly ClusteringGuard Default = new(VetoBits: -10, MaxCrossPairsChecked: 4096);
}

public static class Clustering
{
    /// <summary>Cluster id per record (the smallest record index in the cluster).</summary>
    public static int[] Cluster(IReadOnlyList<PreparedPerson> people, IEnumerable<ScoredPair> links, FellegiSunterModel model, double thresholdBits, ClusteringGuard guard)
    {
        var parent = Enumerable.Range(0, people.Count).ToArray();
        var members = new List<int>?[people.Count];
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        List<int> MembersOf(int root) => members[root] ??= [root];

        foreach (var link in links.Where(l => l.Bits >= thresholdBits).OrderByDescending(l => l.Bits).ThenBy(l => l.I).ThenBy(l => l.J))
        {
            int a = Find(link.I), b = Find(link.J);
            if (a == b) continue;
            var ma = MembersOf(a);
            var mb = MembersOf(b);
            if (!MayJoin(people, ma, mb, model, thresholdBits, guard)) continue;
            var (keep, gone) = ma.Count >= mb.Count ? (a, b) : (b, a);
            parent[gone] = keep;
            MembersOf(keep).AddRange(MembersOf(gone));
            members[gone] = null;
        }
        var cluster = new int[people.Count];
        for (var i = 0; i < people.Count; i++) cluster[i] = Find(i);
        // Name each cluster by its smallest member, so that output does not depend on join order.
        var smallest = new Dictionary<int, int>();
        for (var i = 0; i < people.Count; i++) if (!smallest.ContainsKey(cluster[i])) smallest[cluster[i]] = i;
        for (var i = 0; i < people.Count; i++) cluster[i] = smallest[cluster[i]];
        return cluster;
    }

    private static bool MayJoin(IReadOnlyList<PreparedPerson> people, List<int> a, List<int> b, FellegiSunterModel model, double thresholdBits, ClusteringGuard guard)
    {
        if (a.Count == 1 && b.Count == 1) return true; // the link itself is the only pair
        if ((long)a.Count * b.Count > guard.MaxCrossPairsChecked) return false; // too large to vouch for: leave to review
        double sum = 0;
        foreach (var i in a)
            foreach (var j in b)
            {
                var bits = model.Bits(PairComparison.Compare(people[i], people[j]));
                // The veto weighs the evidence alone: the prior (about −12 bits on a file of thousands) is no
                // evidence against a pair. −∞ (different strong identifiers) always vetoes.
                if (bits - model.PriorBits < guard.VetoBits) return false;
                sum += bits;
            }
        return a.Count == 1 || b.Count == 1 || sum / (a.Count * b.Count) >= thresholdBits;
    }
}
