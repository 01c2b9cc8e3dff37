using DetainerDesk.Domain.Linkage;

namespace DetainerDesk.Domain.Tests.Linkage;

/// <summary>
/// The matcher on the public benchmarks, with the one default configuration. Floors sit just under the measured
/// figures (docs/linkage.md) so that a regression fails; the reference is Splink 4 (FEBRL4 0.999 with the ID column,
/// fake_1000 0.806 at its default threshold, 0.862 at its best).
/// </summary>
public sealed class AccuracyTests
{
    private static (Linker Linker, LinkageEvaluation Eval) Run(List<PersonRecord> records, List<string> truth, bool acrossSources)
    {
        var linker = Linker.Train(records, new LinkageOptions { LinkAcrossSourcesOnly = acrossSources });
        return (linker, new LinkageEvaluation(truth, [.. records.Select(r => r.Source)], acrossSources));
    }

    private static (Linker, LinkageEvaluation) Febrl4(bool withId)
    {
        var (a, ta) = BenchmarkData.Febrl("dataset4a.csv", 0, withId);
        var (b, tb) = BenchmarkData.Febrl("dataset4b.csv", 1, withId);
        return Run([.. a, .. b], [.. ta, .. tb], acrossSources: true);
    }

    [Fact]
    public void Febrl4_with_the_id_column_links_at_least_as_well_as_Splink()
    {
        var (linker, eval) = Febrl4(withId: true);
        Assert.True(eval.BlockingRecall(linker.Blocks.Pairs) >= 0.999);
        var pairs = eval.Pairs(linker.Links);
        Assert.True(pairs.F1 >= 0.9995, $"F1 {pairs.F1:0.0000}");
    }

    [Fact]
    public void Febrl4_without_the_id_column_still_links_almost_every_pair()
    {
        var (linker, eval) = Febrl4(withId: false);
        Assert.True(eval.BlockingRecall(linker.Blocks.Pairs) >= 0.992);
        var pairs = eval.Pairs(linker.Links);
        Assert.True(pairs.Precision >= 0.999, $"precision {pairs.Precision:0.0000}");
        Assert.True(pairs.F1 >= 0.995, $"F1 {pairs.F1:0.0000}");
    }

    [Fact]
    public void Fake_1000_beats_Splinks_best_threshold_at_the_default_one_with_few_false_links()
    {
        var (records, truth) = BenchmarkData.Fake1000();
        var (linker, eval) = Run(records, truth, acrossSources: false);
        var pairs = eval.Pairs(linker.Links);
        Assert.True(pairs.Precision >= 0.985, $"pairwise precision {pairs.Precision:0.0000}");
        Assert.True(pairs.F1 >= 0.862, $"pairwise F1 {pairs.F1:0.0000}");
        var clusters = eval.Clusters(linker.Clusters());
        Assert.True(clusters.F1 >= 0.95, $"cluster F1 {clusters.F1:0.0000}");
    }

    [Fact]
    public void Febrl2_deduplicates_into_persons_of_up_to_six_records()
    {
        var (records, truth) = BenchmarkData.Febrl("dataset2.csv", 0, withId: true);
        var (linker, eval) = Run(records, truth, acrossSources: false);
        Assert.True(eval.Pairs(linker.Links).F1 >= 0.997);
        Assert.True(eval.Clusters(linker.Clusters()).F1 >= 0.998);
    }

    [Fact]
    public void Every_link_is_explained_field_by_field_and_the_parts_add_up()
    {
        var (linker, _) = Febrl4(withId: false);
        var link = linker.Links.First();
        var why = linker.Explain(link.I, link.J);
        Assert.Equal(link.Bits, why.TotalBits, 9);
        Assert.Equal(why.TotalBits, why.PriorBits + why.TfAdjustmentBits + why.Fields.Sum(f => f.Bits), 9);
        Assert.Contains(why.Fields, f => f.Field == LinkField.Surname && f.Level != "missing");
        Assert.Contains("total", why.Summary(), StringComparison.Ordinal);
    }
}
