using DetainerDesk.Domain.Linkage;

namespace DetainerDesk.Cli.Commands;

/// <summary>`--train-labels`: a fixed random share of pairs answered from the truth column, as a reviewer would.</summary>
public static class LinkLabels
{
    /// <summary>The pair's answer when its hash falls in the sample; the same pairs are chosen on every run.</summary>
    public static Func<int, int, bool?> Sample(IReadOnlyList<string> truth, double share)
    {
        var cut = (ulong)(share * ulong.MaxValue);
        return (i, j) => Mix(Blocking.PairKey(i, j) ^ 0x5EED_1AB3L) <= cut ? truth[i] == truth[j] : null;
    }

    // SplitMix64's finaliser: pair keys in order become uniformly spread numbers.
    private static ulong Mix(long key)
    {
        var z = (ulong)key + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
