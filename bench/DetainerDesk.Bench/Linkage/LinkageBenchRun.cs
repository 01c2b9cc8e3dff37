using System.Diagnostics;
using DetainerDesk.Bench.Common;
using DetainerDesk.Domain.Linkage;

namespace DetainerDesk.Bench.Linkage;

/// <summary>
/// `linkage`: deduplicates N person records end to end with the default configuration — by default the demo
/// generator's people with injected errors (<see cref="DemoPeopleRecords"/>; `--data synthetic` for the older
/// small-list <see cref="SyntheticPeople"/>) — printing the time of each phase, the peak working set, blocking recall and
/// pair and cluster precision, recall and F1 against the known truth. Then it times compare-and-score over a sample of
/// the candidate pairs next to a baseline loop that only reads the same fields and tests them for equality, in
/// alternating rounds so background load hits both alike; medians reported. `--train-labels 0.01` lets a random
/// 1 % of the candidates' true answers correct EM, as a reviewer's labels would. `--keep-from 0` keeps (and fully
/// compares) every candidate, for comparison with the score bound.
/// </summary>
public static class LinkageBenchRun
{
    public static int Run(Options options)
    {
        var count = options.Int("records", 200_000);
        var rounds = options.Int("rounds", 3);
        var seed = options.Int("seed", 2026);
        var data = options.Text("data", "demo");
        var labelShare = options.Double("train-labels", 0);
        var sample = options.Int("rate-sample", 3_000_000);
        var blockSize = options.Int("max-block", new LinkageOptions().MaxBlockSize);
        var countOnly = options.Int("count-only", 0) == 1;
        var keepFrom = options.Double("keep-from", 0.01);
        options.RefuseUnknown();
        Console.WriteLine(Machine.Describe("none (in memory)"));

        var clock = Stopwatch.StartNew();
        var (records, truth) = data == "synthetic" ? SyntheticPeople.Generate(count, seed) : DemoPeopleRecords.Generate(count, seed);
        var generated = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{count:N0} records of {truth.Distinct().Count():N0} people generated ({data}) in {generated:0.0} s");

        if (countOnly)
        {
            var people = Linker.Prepare(records);
            var index = new CandidateIndex(people, Blocking.DefaultPasses, false, blockSize);
            foreach (var r in index.Report()) Console.WriteLine($"  pass '{r.Pass}': {r.PairsCompared:N0} pairs, {r.NewPairs:N0} new, {r.OversizedBlocksSkipped} oversized");
            Console.WriteLine($"counted in {clock.Elapsed.TotalSeconds:0.0} s");
            return 0;
        }
        clock.Restart();
        var phases = new List<(string Phase, double Seconds)>();
        var last = 0.0;
        var linkage = new LinkageOptions
        {
            // Clustering needs only the links; the rest of hundreds of millions of candidates is scored and dropped.
            KeepPairsFromProbability = keepFrom,
            MaxBlockSize = blockSize,
            LabelOf = labelShare > 0 ? LabelSample(truth, labelShare) : null,
            LabelsAreRandomSample = true,
            Log = line =>
            {
                var now = clock.Elapsed.TotalSeconds;
                phases.Add((line[..line.LastIndexOf(':')], now - last));
                last = now;
                Console.WriteLine($"  {line} (+{phases[^1].Seconds:0.00} s)");
            },
        };
        var linker = Linker.Train(records, linkage);
        var clusters = linker.Clusters();
        var total = clock.Elapsed.TotalSeconds;
        phases.Add(("clustered", total - last));
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024;

        var eval = new LinkageEvaluation(truth, [.. records.Select(r => r.Source)], false);
        var pairs = eval.Pairs(linker.Links);
        var clustered = eval.Clusters(clusters);
        var recall = eval.BlockingRecall(linker.IsCandidate);
        var scoreSeconds = phases.Where(p => p.Phase.StartsWith("scored", StringComparison.Ordinal)).Sum(p => p.Seconds);
        Console.WriteLine($"  prior {linker.Model.PriorBits:+0.0;-0.0} bits; level weights (bits):");
        foreach (var field in new[] { LinkField.GivenName, LinkField.Surname, LinkField.BirthDate, LinkField.Sex, LinkField.Country })
            Console.WriteLine($"    {field,-10} {string.Join(" | ", LinkFieldLevels.Of(field).Select((name, l) => $"{name} {linker.Model.LevelBits(field, l):+0.0;-0.0} (m {linker.Model.M[(int)field][l]:0.000})"))}");
        var only = OnlyFoundBy(linker, truth);
        foreach (var (pass, p) in linker.PassReports.Select((pass, p) => (pass, p)).Where(x => x.pass.PairsCompared > 0))
            Console.WriteLine($"  pass '{pass.Pass}': {pass.PairsCompared:N0} pairs, {pass.NewPairs:N0} new, {pass.OversizedBlocksSkipped} oversized blocks skipped; {only[p]:N0} true pairs found by no other pass");
        Console.WriteLine();
        Console.WriteLine("| | |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| records / people / candidate pairs | {count:N0} / {truth.Distinct().Count():N0} / {linker.CandidatePairCount:N0} ({linker.Options.Passes.Count} passes, blocks over {linker.Options.MaxBlockSize:N0} skipped) |");
        Console.WriteLine($"| phases | {string.Join(", ", phases.Select(p => $"{Short(p.Phase)} {p.Seconds:0.0} s"))} |");
        Console.WriteLine($"| end to end (prepare → cluster) | **{total:0.0} s** ({total / 60:0.0} min) |");
        Console.WriteLine($"| scoring phase: candidate pairs per second, both cores (bound first, full comparison only when the bound reaches p >= {keepFrom}) | {linker.CandidatePairCount / scoreSeconds:N0} |");
        Console.WriteLine($"| peak working set | **{peak:N0} MiB** |");
        Console.WriteLine($"| blocking recall | {recall:0.0000} |");
        Console.WriteLine($"| pairs P / R / F1 | {pairs.Precision:0.0000} / {pairs.Recall:0.0000} / {pairs.F1:0.0000} ({pairs.TruePositives:N0} of {pairs.Predicted:N0} links true; {pairs.Actual:N0} true pairs) |");
        Console.WriteLine($"| clusters P / R / F1 | {clustered.Precision:0.0000} / {clustered.Recall:0.0000} / {clustered.F1:0.0000} |");
        Console.WriteLine($"| labels | {(labelShare > 0 ? $"{labelShare:P1} of candidate pairs answered from the truth" : "none (EM and random pairs only)")} |");
        Console.WriteLine();

        var candidates = Sample(linker, sample);
        var baseline = new List<double>();
        var scoring = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            baseline.Add(Rate(candidates, (i, j) => Baseline(linker.People[i], linker.People[j])));
            scoring.Add(Rate(candidates, linker.Bits));
            Console.WriteLine($"  round {round}: baseline {baseline[^1]:N0} pairs/s, compare + score {scoring[^1]:N0} pairs/s (one core, {candidates.Length:N0} candidate pairs)");
        }
        var b = Median(baseline);
        var s = Median(scoring);
        Console.WriteLine();
        Console.WriteLine("| loop over candidate pairs, one core | pairs/s (median) |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| baseline: read the fields, test equality | {b:N0} |");
        Console.WriteLine($"| compare all fields (levels, Jaro-Winkler, NYSIIS, nicknames) + Fellegi-Sunter weight | {s:N0} |");
        Console.WriteLine($"| ratio | {s / b:0.00} of the baseline |");
        return 0;
    }

    /// <summary>Per pass, the true pairs no other pass puts up: what the pass is worth.</summary>
    private static long[] OnlyFoundBy(Linker linker, List<string> truth)
    {
        var only = new long[linker.PassReports.Count];
        foreach (var person in Enumerable.Range(0, truth.Count).GroupBy(i => truth[i]))
        {
            var m = person.ToArray();
            for (var x = 0; x < m.Length; x++)
                for (var y = x + 1; y < m.Length; y++)
                {
                    var mask = linker.Candidates.PassesCovering(m[x], m[y]);
                    if (mask != 0 && (mask & (mask - 1)) == 0) only[System.Numerics.BitOperations.TrailingZeroCount(mask)]++;
                }
        }
        return only;
    }

    private static string Short(string phase) => phase.Split(' ', 2)[0];

    /// <summary>The first candidate pairs in record order, for the single-core rate loops.</summary>
    private static (int I, int J)[] Sample(Linker linker, int max)
    {
        var list = new List<(int, int)>();
        var buffer = new List<int>();
        for (var i = 0; i < linker.People.Count && list.Count < max; i++)
        {
            linker.Candidates.CandidatesOf(i, buffer);
            foreach (var j in buffer) list.Add((i, j));
        }
        return [.. list];
    }

    private static Func<int, int, bool?> LabelSample(List<string> truth, double share)
    {
        var cut = (ulong)(share * ulong.MaxValue);
        return (i, j) => (ulong)Blocking.PairKey(i, j) * 0x9E3779B97F4A7C15UL <= cut ? truth[i] == truth[j] : null;
    }

    private static double Rate((int I, int J)[] candidates, Func<int, int, double> score)
    {
        var clock = Stopwatch.StartNew();
        double sink = 0;
        foreach (var (i, j) in candidates) sink += score(i, j);
        var seconds = clock.Elapsed.TotalSeconds;
        return sink == double.MaxValue ? 0 : candidates.Length / seconds;
    }

    private static double Baseline(PreparedPerson a, PreparedPerson b) =>
        (a.Given.Name.Core == b.Given.Name.Core ? 1 : 0) + (a.Surname.Name.Core == b.Surname.Name.Core ? 1 : 0)
        + (a.BirthDate?.Digits == b.BirthDate?.Digits ? 1 : 0) + (a.Sex == b.Sex ? 1 : 0) + (a.Postcode == b.Postcode ? 1 : 0);

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
