namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// The blocks of every pass, kept as a block number per record per pass instead of a set of candidate pairs: a million
/// records make hundreds of millions of pairs, which no set holds, while the block numbers take four bytes per record
/// and pass. Candidates are streamed record by record; a pair belongs to the first pass that puts it in one block
/// (checked against the earlier passes' numbers), so every pair comes out once without remembering the others.
/// </summary>
public sealed class CandidateIndex
{
    private readonly int[][] _blockOf;      // [pass][record] → block number, −1 when the key is empty or the block oversized
    private readonly int[][] _starts;       // [pass][block] → first position in _members[pass]; one extra entry at the end
    private readonly int[][] _members;      // [pass] → record indexes, block by block, ascending within a block
    private readonly int[] _sources;
    private readonly bool _acrossSourcesOnly;

    public int Count { get; }
    public IReadOnlyList<BlockingPass> Passes { get; }
    /// <summary>Blocks per pass skipped for holding more than the maximum block size.</summary>
    public IReadOnlyList<int> OversizedBlocksSkipped { get; }

    /// <summary>Sum over passes of the pairs each puts up (pairs met by several passes counted in each).</summary>
    public long PairsUpperBound { get; }

    public CandidateIndex(IReadOnlyList<PreparedPerson> people, IReadOnlyList<BlockingPass> passes, bool acrossSourcesOnly, int maxBlockSize)
        : this(people, passes, acrossSourcesOnly, maxBlockSize, long.MaxValue)
    {
    }

    /// <param name="maxPairsPerPass">When a pass's blocks would make more pairs than this, its largest blocks are
    /// skipped (and counted as oversized) until the rest fit: on a million records "given name + birth year" holds
    /// blocks of hundreds of records that tell nobody apart, while the small blocks of a pass are its useful ones.</param>
    public CandidateIndex(IReadOnlyList<PreparedPerson> people, IReadOnlyList<BlockingPass> passes, bool acrossSourcesOnly, int maxBlockSize, long maxPairsPerPass)
    {
        Count = people.Count;
        Passes = passes;
        _acrossSourcesOnly = acrossSourcesOnly;
        _sources = people.Select(p => p.Record.Source).ToArray();
        _blockOf = new int[passes.Count][];
        _starts = new int[passes.Count][];
        _members = new int[passes.Count][];
        var skipped = new int[passes.Count];
        var pairs = new long[passes.Count];
        Parallel.For(0, passes.Count, p => (skipped[p], pairs[p]) = Build(people, passes[p], maxBlockSize, maxPairsPerPass, p));
        OversizedBlocksSkipped = skipped;
        PairsUpperBound = pairs.Sum();
    }

    private (int Skipped, long Pairs) Build(IReadOnlyList<PreparedPerson> people, BlockingPass pass, int maxBlockSize, long maxPairs, int p)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var blockOf = new int[people.Count];
        var sizes = new List<int>();
        for (var i = 0; i < people.Count; i++)
        {
            if (pass.Key(people[i]) is not { Length: > 0 } key) { blockOf[i] = -1; continue; }
            if (!ids.TryGetValue(key, out var b)) { ids[key] = b = sizes.Count; sizes.Add(0); }
            blockOf[i] = b;
            sizes[b]++;
        }
        maxBlockSize = Math.Min(maxBlockSize, LargestBlockWithin(sizes, maxBlockSize, maxPairs));
        // Singletons and oversized blocks produce no pairs: renumber the rest densely.
        var renumber = new int[sizes.Count];
        long pairs = 0;
        int kept = 0, skipped = 0;
        for (var b = 0; b < sizes.Count; b++)
        {
            if (sizes[b] > maxBlockSize) skipped++;
            renumber[b] = sizes[b] >= 2 && sizes[b] <= maxBlockSize ? kept++ : -1;
            if (renumber[b] >= 0) pairs += (long)sizes[b] * (sizes[b] - 1) / 2;
        }
        var starts = new int[kept + 1];
        for (var i = 0; i < blockOf.Length; i++)
        {
            if (blockOf[i] < 0) continue;
            blockOf[i] = renumber[blockOf[i]];
            if (blockOf[i] >= 0) starts[blockOf[i] + 1]++;
        }
        for (var b = 0; b < kept; b++) starts[b + 1] += starts[b];
        var members = new int[starts[kept]];
        var fill = starts[..kept];
        for (var i = 0; i < blockOf.Length; i++) // ascending i: members ascending within each block
            if (blockOf[i] >= 0) members[fill[blockOf[i]]++] = i;
        _blockOf[p] = blockOf;
        _starts[p] = starts;
        _members[p] = members;
        return (skipped, pairs);
    }

    /// <summary>The largest block size s such that the blocks of size ≤ s make at most <paramref name="maxPairs"/> pairs.</summary>
    private static int LargestBlockWithin(List<int> sizes, int maxBlockSize, long maxPairs)
    {
        var histogram = new long[maxBlockSize + 1];
        foreach (var size in sizes) if (size <= maxBlockSize) histogram[size]++;
        long total = 0;
        for (var s = 2; s <= maxBlockSize; s++)
        {
            total += histogram[s] * s * (s - 1L) / 2;
            if (total > maxPairs) return s - 1;
        }
        return maxBlockSize;
    }

    /// <summary>Whether some pass compares records <paramref name="i"/> and <paramref name="j"/>.</summary>
    public bool IsCandidate(int i, int j) => i != j && FirstPass(i, j) >= 0 && Allowed(i, j);

    private bool Allowed(int i, int j) => !_acrossSourcesOnly || _sources[i] != _sources[j];

    /// <summary>Bit p set when pass p puts both records in one block (the first 64 passes).</summary>
    public ulong PassesCovering(int i, int j)
    {
        ulong mask = 0;
        for (var p = 0; p < Math.Min(64, _blockOf.Length); p++)
        {
            var b = _blockOf[p][i];
            if (b >= 0 && b == _blockOf[p][j]) mask |= 1UL << p;
        }
        return mask;
    }

    /// <summary>The first pass that puts both records in one block, or −1.</summary>
    public int FirstPass(int i, int j)
    {
        for (var p = 0; p < _blockOf.Length; p++)
        {
            var b = _blockOf[p][i];
            if (b >= 0 && b == _blockOf[p][j]) return p;
        }
        return -1;
    }

    /// <summary>
    /// The candidates j &gt; i of record i, ascending, into <paramref name="into"/> (cleared first); each pair's
    /// first pass is counted in <paramref name="newPairsPerPass"/> and every pass that puts it in one block in
    /// <paramref name="pairsPerPass"/>, when given.
    /// </summary>
    public void CandidatesOf(int i, List<int> into, long[]? pairsPerPass = null, long[]? newPairsPerPass = null)
    {
        into.Clear();
        for (var p = 0; p < _blockOf.Length; p++)
        {
            var b = _blockOf[p][i];
            if (b < 0) continue;
            var members = _members[p];
            var end = _starts[p][b + 1];
            // Members ascend: start after i.
            var k = Array.BinarySearch(members, _starts[p][b], end - _starts[p][b], i) + 1;
            for (; k < end; k++)
            {
                var j = members[k];
                if (!Allowed(i, j)) continue;
                if (pairsPerPass is not null) pairsPerPass[p]++;
                if (SeenEarlier(i, j, p)) continue;
                if (newPairsPerPass is not null) newPairsPerPass[p]++;
                into.Add(j);
            }
        }
        into.Sort();
    }

    private bool SeenEarlier(int i, int j, int pass)
    {
        for (var q = 0; q < pass; q++)
        {
            var b = _blockOf[q][i];
            if (b >= 0 && b == _blockOf[q][j]) return true;
        }
        return false;
    }

    /// <summary>Every candidate pair as a <see cref="Blocking.PairKey"/>, in ascending order (small files only).</summary>
    public IEnumerable<long> PairKeys()
    {
        var buffer = new List<int>();
        for (var i = 0; i < Count; i++)
        {
            CandidatesOf(i, buffer);
            foreach (var j in buffer) yield return Blocking.PairKey(i, j);
        }
    }

    /// <summary>Pairs per pass (every pair a pass puts in one block) and new pairs per pass (not met by an earlier pass).</summary>
    public IReadOnlyList<BlockingPassReport> Report()
    {
        var all = new long[Passes.Count];
        var fresh = new long[Passes.Count];
        var buffer = new List<int>();
        for (var i = 0; i < Count; i++) CandidatesOf(i, buffer, all, fresh);
        return [.. Passes.Select((pass, p) => new BlockingPassReport(pass.Name, all[p], (int)Math.Min(fresh[p], int.MaxValue), OversizedBlocksSkipped[p]))];
    }
}
