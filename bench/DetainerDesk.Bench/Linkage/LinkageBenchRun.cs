using System.Diagnostics;
using DetainerDesk.Bench.Common;
using DetainerDesk.Domain.Linkage;

namespace DetainerDesk.Bench.Linkage;

/// <summary>
/// `linkage`: deduplicates N synthetic person records (default 200,000; <see cref="SyntheticPeople"/>) with the default
/// configuration, then times compare-and-score over the candidate pairs next to a baseline loop that only reads the
/// same fields and tests them for equality — alternating rounds so background load hits both alike; medians reported.
/// </summary>
public static class LinkageBenchRun
{
    public static int Run(Options options)
    {
        var count = options.Int("records", 200_000);
        var rounds = options.Int("rounds", 3);
        var seed = options.Int("seed", 2026);
        options.RefuseUnknown();
        Console.WriteLine(Machine.Describe("none (in memory)"));

        var (records, truth) = SyntheticPeople.Generate(count, seed);
        var clock = Stopwatch.StartNew();
        var linker = Linker.Train(records, new LinkageOptions { Log = line => Console.WriteLine("  " + line) });
        var trainSeconds = clock.Elapsed.TotalSeconds;
        var clusters = linker.Clusters();
        var totalSeconds = clock.Elapsed.TotalSeconds;
        var eval = new LinkageEvaluation(truth, [.. records.Select(r => r.Source)], false);
        var pairs = eval.Pairs(linker.Links);
        var clustered = eval.Clusters(clusters);
        Console.WriteLine($"{count:N0} records, {linker.Scored.Count:N0} candidate pairs; train (prepare, block, u, EM, score) {trainSeconds:0.0} s, clustering {totalSeconds - trainSeconds:0.0} s; " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024:N0} MiB");
        Console.WriteLine($"blocking recall {eval.BlockingRecall(linker.Blocks.Pairs):0.0000}; pairs P/R/F1 {pairs.Precision:0.0000}/{pairs.Recall:0.0000}/{pairs.F1:0.0000}; clusters P/R/F1 {clustered.Precision:0.0000}/{clustered.Recall:0.0000}/{clustered.F1:0.0000}");

        var candidates = linker.Scored.ToArray();
        var baseline = new List<double>();
        var scoring = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            baseline.Add(Rate(candidates, (i, j) => Baseline(linker.People[i], linker.People[j])));
            scoring.Add(Rate(candidates, linker.Bits));
            Console.WriteLine($"  round {round}: baseline {baseline[^1]:N0} pairs/s, compare + score {scoring[^1]:N0} pairs/s");
        }
        var b = Median(baseline);
        var s = Median(scoring);
        Console.WriteLine();
        Console.WriteLine("| loop over the candidate pairs | pairs/s (median) |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| baseline: read the fields, test equality | {b:N0} |");
        Console.WriteLine($"| compare all fields (levels, Jaro-Winkler, NYSIIS, nicknames) + Fellegi-Sunter weight | {s:N0} |");
        Console.WriteLine($"| ratio | {s / b:0.00} of the baseline |");
        return 0;
    }

    private static double Rate(ScoredPair[] candidates, Func<int, int, double> score)
    {
        var clock = Stopwatch.StartNew();
        double sink = 0;
        foreach (var c in candidates) sink += score(c.I, c.J);
        var seconds = clock.Elapsed.TotalSeconds;
        return sink == double.MaxValue ? 0 : candidates.Length / seconds;
    }

    private static double Baseline(PreparedPerson a, PreparedPerson b) =>
        (a.Given.Name.Core == b.Given.Name.Core ? 1 : 0) + (a.Surname.Name.Core == b.Surname.Name.Core ? 1 : 0)
        + (a.BirthDate?.Digits == b.BirthDate?.Digits ? 1 : 0) + (a.Sex == b.Sex ? 1 : 0) + (a.Postcode == b.Postcode ? 1 : 0);

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
