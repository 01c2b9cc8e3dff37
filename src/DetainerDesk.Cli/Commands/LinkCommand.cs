using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using DetainerDesk.Domain.Linkage;

namespace DetainerDesk.Cli.Commands;

/// <summary>
/// `detainerdesk link`: runs the record-linkage matcher on any CSV of people (or links two CSVs), writes the links or
/// the clusters, and with known truth prints precision, recall and F1 — how the matcher is checked on outside data.
/// </summary>
public static class LinkCommand
{
    public const int BadArguments = 2;

    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files") { Description = "One CSV to deduplicate, or two to link to each other (only pairs across the files are compared).", Arity = new ArgumentArity(1, 2) };
        var id = new Option<string>("--id") { Description = "Column holding each record's id.", Required = true };
        var map = new Option<string>("--map") { Description = "key=column,... Keys: " + string.Join(", ", LinkCsv.MapKeys) + ". 'a+b' joins columns.", Required = true };
        var truth = new Option<string?>("--truth") { Description = "Column holding the true person (for evaluation)." };
        var truthPattern = new Option<string?>("--truth-pattern") { Description = "Regex applied to the truth column; group 1 is the person (FEBRL: '^rec-(\\d+)-')." };
        var output = new Option<string?>("--out") { Description = "Write pairs (links with weights and explanations) or, when the file name contains 'cluster', clusters (id, cluster_id)." };
        var threshold = new Option<double>("--threshold") { Description = "Match probability at or above which a pair is a link.", DefaultValueFactory = _ => new LinkageOptions().MatchProbability };
        var trainLabels = new Option<double>("--train-labels") { Description = "With --truth: the share (0–1) of candidate pairs whose true answer corrects EM's m and the prior, as a reviewer's labels would. Off (0) by default; the threshold is never tuned." };
        var command = new Command("link", "Find the records that are the same person (Fellegi–Sunter record linkage), optionally scored against known truth.")
        { files, id, map, truth, truthPattern, output, threshold, trainLabels };
        command.SetAction(async (parse, ct) =>
        {
            var paths = parse.GetRequiredValue(files);
            Dictionary<string, string[]> columnMap;
            try
            {
                columnMap = LinkCsv.ParseMap(parse.GetRequiredValue(map));
            }
            catch (FormatException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return BadArguments;
            }
            var pattern = parse.GetValue(truthPattern) is { } p ? new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) : null;
            var records = new List<PersonRecord>();
            var truthValues = new List<string>();
            try
            {
                for (var s = 0; s < paths.Length; s++)
                {
                    var (r, t) = LinkCsv.Read(paths[s], s, parse.GetRequiredValue(id), columnMap, parse.GetValue(truth), pattern);
                    records.AddRange(r);
                    truthValues.AddRange(t);
                }
            }
            catch (FormatException e)
            {
                await Console.Error.WriteLineAsync(e.Message); // a column named in --map or --id that the file lacks
                return BadArguments;
            }
            var labelShare = parse.GetValue(trainLabels);
            if (labelShare is < 0 or > 1 || (labelShare > 0 && truthValues.Count != records.Count))
            {
                await Console.Error.WriteLineAsync("--train-labels needs --truth and a share between 0 and 1.");
                return BadArguments;
            }
            var options = new LinkageOptions
            {
                MatchProbability = parse.GetValue(threshold),
                LinkAcrossSourcesOnly = paths.Length == 2,
                LabelOf = labelShare > 0 ? LinkLabels.Sample(truthValues, labelShare) : null,
                LabelsAreRandomSample = true,
            };
            var clock = Stopwatch.StartNew();
            var linker = Linker.Train(records, options);
            var trainSeconds = clock.Elapsed.TotalSeconds;
            var clusters = linker.Clusters();
            var totalSeconds = clock.Elapsed.TotalSeconds;

            var o = context.Output;
            await o.WriteLineAsync($"{records.Count:N0} records, {linker.CandidatePairCount:N0} candidate pairs from {options.Passes.Count} blocking passes, " +
                $"prior λ = {linker.Model.Lambda:0.00E+0} ({linker.Model.PriorBits:+0.0;-0.0} bits), threshold p >= {options.MatchProbability} ({linker.ThresholdBits:+0.0;-0.0} bits)");
            await o.WriteLineAsync($"{linker.Links.Count():N0} links, {clusters.Distinct().Count():N0} persons; {totalSeconds:0.00} s in all " +
                $"(preparing, blocking, u from {options.RandomPairsForU:N0} random pairs, EM and scoring {trainSeconds:0.00} s); " +
                $"scoring alone {LinkReport.ScoredPairsPerSecond(linker):N0} pairs/s");
            if (labelShare > 0)
                await o.WriteLineAsync($"m and prior corrected by {linker.Labels.Matches:N0} labelled matches and {linker.Labels.NonMatches:N0} labelled non-matches " +
                    $"({labelShare:P1} of candidate pairs answered from the truth column; figures below are then not blind)");
            await LinkReport.WriteModelAsync(o, linker);
            if (truthValues.Count == records.Count && truthValues.Count > 0)
                await LinkReport.WriteEvaluationAsync(o, linker, clusters, new LinkageEvaluation(truthValues, records.Select(r => r.Source).ToArray(), options.LinkAcrossSourcesOnly));
            if (parse.GetValue(output) is { } outPath) await LinkReport.WriteFileAsync(outPath, linker, clusters, ct);
            return 0;
        });
        return command;
    }
}
