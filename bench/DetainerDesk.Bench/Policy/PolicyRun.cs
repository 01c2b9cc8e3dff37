using System.Diagnostics;
using DetainerDesk.Bench.Common;
using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Bench.Policy;

/// <summary>
/// `policy`: evaluates the layered law for N detainers (default 1,000,000) with <see cref="PolicyEngine.Default"/>,
/// next to a baseline that builds exactly the same inputs and does nothing with them. Several rounds, alternating
/// baseline and evaluation so background load hits both alike; the median round of each is reported.
/// </summary>
public static class PolicyRun
{
    public static int Run(Options options)
    {
        var count = options.Int("detainers", 1_000_000);
        var rounds = options.Int("rounds", 3);
        var seed = options.Int("seed", 2026);
        options.RefuseUnknown();

        Console.WriteLine(Machine.Describe("none (in memory; rule sets embedded in DetainerDesk.Domain)"));
        var engine = PolicyEngine.Default;
        Console.WriteLine($"Rule book: {engine.GetType().Name} over {RuleBook.Embedded.RuleSets.Count} rule sets. {count:N0} detainers per round, {rounds} rounds, seed {seed}.");

        // Warm-up: JIT and the embedded rule book, outside any timing.
        Baseline(20_000, seed);
        Evaluate(engine, 20_000, seed, new long[PolicyInputsMix.Places.Length, 4]);

        var baseline = new List<Round>();
        var measured = new List<Round>();
        var verdicts = new long[PolicyInputsMix.Places.Length, 4];
        for (var round = 1; round <= rounds; round++)
        {
            baseline.Add(Time(() => Baseline(count, seed)));
            measured.Add(Time(() => Evaluate(engine, count, seed, round == 1 ? verdicts : new long[PolicyInputsMix.Places.Length, 4])));
            Console.WriteLine($"  round {round}: baseline {baseline[^1].Seconds:0.00} s wall ({baseline[^1].CpuSeconds:0.00} s CPU), evaluation {measured[^1].Seconds:0.00} s wall ({measured[^1].CpuSeconds:0.00} s CPU)");
        }

        var b = Median(baseline);
        var m = Median(measured);
        var enginePerEval = (m.Seconds - b.Seconds) / count;
        Console.WriteLine();
        Console.WriteLine($"Policy evaluation, {count:N0} detainers (12 jurisdictions), median of {rounds} rounds");
        Console.WriteLine();
        Console.WriteLine("| loop | wall time | rate (wall) | CPU time | rate (CPU) | allocated per detainer |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| baseline: build the inputs only | {b.Seconds:0.00} s | {count / b.Seconds:N0} /s | {b.CpuSeconds:0.00} s | {count / b.CpuSeconds:N0} /s | {b.Bytes / (double)count:N0} B |");
        Console.WriteLine($"| build the inputs + evaluate the policy | {m.Seconds:0.00} s | {count / m.Seconds:N0} /s | {m.CpuSeconds:0.00} s | {count / m.CpuSeconds:N0} /s | {m.Bytes / (double)count:N0} B |");
        Console.WriteLine($"| evaluation alone (difference) | {m.Seconds - b.Seconds:0.00} s | {1 / enginePerEval:N0} /s ({enginePerEval * 1e6:0.00} µs each) | {m.CpuSeconds - b.CpuSeconds:0.00} s | {count / (m.CpuSeconds - b.CpuSeconds):N0} /s | {(m.Bytes - b.Bytes) / (double)count:N0} B |");
        Console.WriteLine();
        Console.WriteLine("Hold answers in round 1, by place (share of that place's detainers):");
        Console.WriteLine();
        Console.WriteLine("| place | detainers | Forbidden | AllowedOnlyIf | Allowed | Required |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var p = 0; p < PolicyInputsMix.Places.Length; p++)
        {
            var total = Enumerable.Range(0, 4).Sum(v => verdicts[p, v]);
            string Share(PolicyVerdict v) => total == 0 ? "-" : $"{100.0 * verdicts[p, (int)v] / total:0.0}%";
            Console.WriteLine($"| {PolicyInputsMix.Places[p].Name} | {total:N0} | {Share(PolicyVerdict.Forbidden)} | {Share(PolicyVerdict.AllowedOnlyIf)} | {Share(PolicyVerdict.Allowed)} | {Share(PolicyVerdict.Required)} |");
        }
        return 0;
    }

    private sealed record Round(double Seconds, long Bytes, double CpuSeconds);

    private static Round Time(Func<long> loop)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var sink = loop();
        watch.Stop();
        // CPU time as well as wall time: on a shared machine the wall clock also counts the time other work had the cores.
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - bytes;
        // The sink keeps the work from being optimised away; it is printed nowhere else.
        if (sink == long.MinValue) Console.WriteLine(sink);
        return new Round(watch.Elapsed.TotalSeconds, allocated, cpuSeconds);
    }

    private static Round Median(List<Round> rounds) => rounds.OrderBy(r => r.Seconds).ElementAt(rounds.Count / 2);

    private static long Baseline(int count, int seed)
    {
        var mix = new PolicyInputsMix(seed);
        long sink = 0;
        for (var i = 0; i < count; i++)
        {
            var (place, inputs) = mix.Next();
            sink += place + (int)inputs.FormType + inputs.Convictions.Count;
        }
        return sink;
    }

    private static long Evaluate(PolicyEngine engine, int count, int seed, long[,] verdicts)
    {
        var mix = new PolicyInputsMix(seed);
        long sink = 0;
        for (var i = 0; i < count; i++)
        {
            var (place, inputs) = mix.Next();
            var decision = engine.Evaluate(inputs);
            verdicts[place, (int)decision.HoldOnDetainer.Verdict]++;
            sink += place + (int)inputs.FormType + inputs.Convictions.Count + decision.Duties.Count;
        }
        return sink;
    }
}
