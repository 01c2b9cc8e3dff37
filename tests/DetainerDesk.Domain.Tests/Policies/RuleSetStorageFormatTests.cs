using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Domain.Tests.Policies;

/// <summary>What the database-backed rule book and the stored decisions rely on: file text and hashes, line numbers, exact round trips.</summary>
public sealed class RuleSetStorageFormatTests
{
    [Fact]
    public void A_problem_names_the_line_of_the_field_an_editor_has_to_fix()
    {
        const string json = "{\n  \"id\": \"zz\", \"name\": \"Test\", \"scope\": { \"layer\": \"State\", \"state\": \"ZZ\" },\n  \"versions\": [\n    { \"id\": \"v1\", \"effectiveFrom\": \"2020-01-01\", \"citation\": \"c\",\n      \"answers\": [\n        { \"id\": \"r1\", \"question\": \"HoldOnDetainer\",\n          \"verdict\": \"Maybe\", \"citation\": \"c\" }\n      ] }\n  ]\n}";
        var error = Assert.Throws<RuleSetFormatException>(() => RuleSetParser.Parse("edit", json));
        Assert.Equal("$.versions[0].answers[0].verdict", error.JsonPath);
        Assert.Equal(7, error.Line);
        Assert.Contains("unknown value 'Maybe'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_points_at_the_object_that_lacks_it()
    {
        const string json = "{\n  \"id\": \"zz\", \"name\": \"Test\", \"scope\": { \"layer\": \"State\", \"state\": \"ZZ\" },\n  \"versions\": [\n    { \"id\": \"v1\", \"citation\": \"c\" }\n  ]\n}";
        var error = Assert.Throws<RuleSetFormatException>(() => RuleSetParser.Parse("edit", json));
        Assert.Equal("$.versions[0].effectiveFrom", error.JsonPath);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Broken_JSON_gives_the_parser_line_and_column()
    {
        var error = Assert.Throws<RuleSetFormatException>(() => RuleSetParser.Parse("edit", "{\n  \"id\": \"zz\",\n  \"name\" \"Test\"\n}"));
        Assert.Equal("$", error.JsonPath);
        Assert.Equal(3, error.Line);
        Assert.NotNull(error.Column);
    }

    [Fact]
    public void The_shipped_files_are_available_as_text_with_a_stable_hash()
    {
        var files = RuleBook.EmbeddedFiles();
        Assert.Equal(RuleBook.Embedded.RuleSets.Count, files.Count);
        Assert.All(files, f => Assert.Equal(64, f.ContentHash.Length));
        Assert.Equal(files[0].ContentHash, new RuleSetFile("other name", files[0].Json).ContentHash);
        Assert.NotEqual(files[0].ContentHash, new RuleSetFile(files[0].Name, files[0].Json + " ").ContentHash);
    }

    [Fact]
    public void Replacing_a_rule_set_swaps_only_that_one()
    {
        var king = RuleBook.Embedded.RuleSets.Single(r => r.Id == "wa-king-county");
        var edited = king with { Name = "edited" };
        var book = RuleBook.Embedded.Replacing(edited);
        Assert.Equal(RuleBook.Embedded.RuleSets.Count, book.RuleSets.Count);
        Assert.Same(edited, book.RuleSets.Single(r => r.Id == "wa-king-county"));
    }

    [Fact]
    public void A_stored_decision_reads_back_exactly_as_it_was_made()
    {
        var inputs = Scenario.At(Scenario.Seattle, "2026-05-01")
            .WithCharges(Scenario.Felony("2026-04-30", listed: true))
            .WithFlags(PolicyFlag.ReimbursementAgreement) with { Warrants = [WarrantKind.AdministrativeI200, WarrantKind.JudicialFederal] };
        var decision = PolicyEngine.Default.Evaluate(inputs);

        var json = PolicyDecisionJson.Serialize(decision);
        var back = PolicyDecisionJson.Deserialize(json);

        Assert.Equal(json, PolicyDecisionJson.Serialize(back));
        Assert.Equal(decision.HoldOnDetainer.RuleId, back.HoldOnDetainer.RuleId);
        Assert.Equal(decision.Duties.Count, back.Duties.Count);
        Assert.Equal(decision.RuleSetVersionsApplied, back.RuleSetVersionsApplied);
        Assert.Contains("\"question\":\"HoldOnDetainer\"", json, StringComparison.Ordinal);
        Assert.Null(back.Recorded);
    }
}
