using System.Globalization;
using DetainerDesk.Domain.Linkage;
using nietras.SeparatedValues;

namespace DetainerDesk.Cli.Commands;

/// <summary>What `detainerdesk link` prints and writes.</summary>
public static class LinkReport
{
    /// <summary>Compare-and-score rate over the candidate pairs (repeated to at least 200,000 pairs for a stable figure).</summary>
    public static double ScoredPairsPerSecond(Linker linker)
    {
        if (linker.Scored.Count == 0) return 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long n = 0;
        double sink = 0;
        while (n < 200_000)
            foreach (var pair in linker.Scored) { sink += linker.Bits(pair.I, pair.J); n++; }
        return sink == double.MaxValue ? 0 : n / clock.Elapsed.TotalSeconds;
    }

    public static async Task WriteModelAsync(TextWriter o, Linker linker)
    {
        await o.WriteLineAsync("Match weights (bits) per field level, estimated by EM (m) and random pairs (u):");
        foreach (var field in LinkFieldLevels.All)
        {
            var levels = LinkFieldLevels.Of(field);
            var used = linker.Scored.Count > 0 && linker.People.Any(p => FieldPresent(p, field));
            if (!used) continue;
            var parts = levels.Select((name, l) => string.Create(CultureInfo.InvariantCulture, $"{name} {linker.Model.LevelBits(field, l):+0.0;-0.0}"));
            await o.WriteLineAsync($"  {field,-10} {string.Join(" | ", parts)}");
        }
    }

    private static bool FieldPresent(PreparedPerson p, LinkField field) => field switch
    {
        LinkField.GivenName => !p.Given.IsEmpty,
        LinkField.Surname => !p.Surname.IsEmpty,
        LinkField.BirthDate => p.BirthDate is not null,
        LinkField.Sex => p.Sex.Length > 0,
        LinkField.Country => p.Country.Length > 0,
        LinkField.Birthplace => p.Birthplace.Length > 0,
        LinkField.Street => p.Street.Length > 0,
        LinkField.City => p.City.Length > 0,
        LinkField.Postcode => p.Postcode.Length > 0,
        LinkField.State => p.State.Length > 0,
        LinkField.Email => p.Email.Length > 0,
        LinkField.OtherId => p.OtherId.Length > 0,
    };

    public static async Task WriteEvaluationAsync(TextWriter o, Linker linker, int[] clusters, LinkageEvaluation eval)
    {
        await o.WriteLineAsync($"Truth: {eval.TruePairs():N0} true pairs; blocking recall {eval.BlockingRecall(linker.IsCandidate):0.0000}");
        foreach (var pass in linker.PassReports)
            await o.WriteLineAsync($"  pass '{pass.Pass}': {pass.PairsCompared:N0} pairs, {pass.NewPairs:N0} new, {pass.OversizedBlocksSkipped} oversized blocks skipped");
        await Line(o, "pairs   ", eval.Pairs(linker.Links));
        await Line(o, "clusters", eval.Clusters(clusters));
        // For comparison with published "best threshold" figures only; the default above is what counts.
        var best = new[] { 0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999 }
            .Select(p => (p, m: eval.Pairs(linker.Scored.Where(s => s.Probability >= p)))).MaxBy(x => x.m.F1);
        await o.WriteLineAsync($"  (best pairwise F1 over a threshold sweep, for reference only: {best.m.F1:0.0000} at p >= {best.p})");
    }

    private static Task Line(TextWriter o, string what, PairMetrics m) =>
        o.WriteLineAsync($"{what}: precision {m.Precision:0.0000}  recall {m.Recall:0.0000}  F1 {m.F1:0.0000}  ({m.TruePositives:N0} of {m.Predicted:N0} predicted are true; {m.Actual:N0} true)");

    public static async Task WriteFileAsync(string path, Linker linker, int[] clusters, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        WriteFile(path, linker, clusters);
        await Task.CompletedTask;
    }

    private static void WriteFile(string path, Linker linker, int[] clusters)
    {
        using var writer = Sep.New(',').Writer().ToFile(path);
        if (Path.GetFileName(path).Contains("cluster", StringComparison.OrdinalIgnoreCase))
        {
            for (var i = 0; i < clusters.Length; i++)
            {
                using var row = writer.NewRow();
                row["id"].Set(linker.People[i].Record.Id);
                row["cluster_id"].Set(linker.People[clusters[i]].Record.Id);
            }
        }
        else
        {
            foreach (var link in linker.Links.OrderByDescending(l => l.Bits))
            {
                using var row = writer.NewRow();
                row["id_l"].Set(linker.People[link.I].Record.Id);
                row["id_r"].Set(linker.People[link.J].Record.Id);
                row["match_weight"].Set(link.Bits.ToString("0.00", CultureInfo.InvariantCulture));
                row["match_probability"].Set(link.Probability.ToString("0.000000", CultureInfo.InvariantCulture));
                row["explanation"].Set(linker.Explain(link.I, link.J).Summary());
            }
        }
    }
}
