using DetainerDesk.Cli;

namespace DetainerDesk.Web.Tests.Cli;

/// <summary>`detainerdesk link` on the FEBRL 1 fixture: no database, the printed figures and the output files.</summary>
public sealed class LinkCommandTests
{
    private static string Fixture(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DetainerDesk.slnx"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "tests", "DetainerDesk.Domain.Tests", "Linkage", "Fixtures", file);
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await CliApp.RunAsync(args, output: output);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task Link_prints_precision_recall_and_F1_against_the_truth_and_writes_clusters()
    {
        var clustersFile = Path.Combine(Path.GetTempPath(), $"clusters-{Guid.NewGuid():N}.csv");
        try
        {
            var (exit, output) = await RunAsync("link", Fixture("dataset1.csv"), "--id", "rec_id",
                "--map", "given=given_name,surname=surname,dob=date_of_birth,street=street_number+address_1,suburb=suburb,postcode=postcode,state=state,other_id=soc_sec_id",
                "--truth", "rec_id", "--truth-pattern", @"^rec-(\d+)-", "--out", clustersFile);
            Assert.Equal(0, exit);
            Assert.Contains("blocking recall 1.0000", output, StringComparison.Ordinal);
            Assert.Matches(@"pairs   : precision 1\.0000  recall 1\.0000  F1 1\.0000", output);
            var lines = await File.ReadAllLinesAsync(clustersFile, TestContext.Current.CancellationToken);
            Assert.Equal("id,cluster_id", lines[0]);
            Assert.Equal(1001, lines.Length);
        }
        finally
        {
            File.Delete(clustersFile);
        }
    }

    [Fact]
    public async Task Link_writes_explained_pairs()
    {
        var pairsFile = Path.Combine(Path.GetTempPath(), $"pairs-{Guid.NewGuid():N}.csv");
        try
        {
            var (exit, _) = await RunAsync("link", Fixture("fake_1000.csv"), "--id", "unique_id",
                "--map", "given=first_name,surname=surname,dob=dob,city=city,email=email", "--out", pairsFile);
            Assert.Equal(0, exit);
            var lines = await File.ReadAllLinesAsync(pairsFile, TestContext.Current.CancellationToken);
            Assert.StartsWith("id_l,id_r,match_weight,match_probability,explanation", lines[0], StringComparison.Ordinal);
            Assert.Contains(lines.Skip(1), l => l.Contains("total", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(pairsFile);
        }
    }

    [Fact]
    public async Task An_unknown_map_key_is_refused() =>
        Assert.Equal(2, (await RunAsync("link", Fixture("fake_1000.csv"), "--id", "unique_id", "--map", "nickname=first_name")).Exit);
}
