using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Domain.Tests.Policies;

/// <summary>A malformed law file must fail loudly, naming the file and the JSON path.</summary>
public sealed class RuleSetParserTests
{
    private static string File(string answer = """{ "id": "r1", "question": "HoldOnDetainer", "verdict": "Forbidden", "citation": "c", "notes": [] }""",
        string versions = "", string scope = """{ "layer": "State", "state": "ZZ" }""") => $$"""
        {
          "id": "zz", "name": "Test", "scope": {{scope}},
          "versions": [
            { "id": "v1", "effectiveFrom": "2020-01-01", "citation": "c", "notes": [], "answers": [ {{answer}} ] }{{versions}}
          ]
        }
        """;

    public static TheoryData<string, string, string> Broken => new()
    {
        { File(answer: """{ "id": "r1", "question": "HoldOnDetainer", "verdict": "Forbidden", "citation": "c", "whn": {} }"""), "$.versions[0].answers[0].whn", "unknown key" },
        { File(answer: """{ "id": "r1", "question": "HoldOnDetainer", "verdict": "Forbidden", "citation": "c", "when": { "warrantAnyOf": ["Judicial"] } }"""), "$.versions[0].answers[0].when.warrantAnyOf[0]", "unknown value 'Judicial'" },
        { File(answer: """{ "id": "r1", "question": "HoldOnDetainer", "verdict": "Forbidden", "citation": "c", "when": { "anyOf": [] } }"""), "$.versions[0].answers[0].when.anyOf", "unknown key" },
        { File(answer: """{ "id": "r1", "question": "HoldOnDetainer", "verdict": "Forbidden", "citation": "c", "when": { "conviction": { "withinYears": 5, "level": "Felony" } } }"""), "$.versions[0].answers[0].when.conviction.level", "unknown key" },
        { File(answer: """{ "id": "r1", "question": "HoldOnDetainer", "verdict": "Forbidden", "citation": "c", "when": { "formAnyOf": ["I247A"], "warrantAnyOf": ["Writ"] } }"""), "$.versions[0].answers[0].when", "exactly one key" },
        { File(answer: """{ "id": "r1", "question": "HoldOnDetainer", "verdict": "AllowedOnlyIf", "citation": "c" }"""), "$.versions[0].answers[0].condition", "required with AllowedOnlyIf" },
        { File(answer: """{ "id": "r1", "question": "HoldOnDetainer", "verdict": "Required", "citation": "c" }"""), "$.versions[0].answers[0].verdict", "mandatory version" },
        { File(answer: """{ "id": "r1", "question": "Hold", "verdict": "Forbidden", "citation": "c" }"""), "$.versions[0].answers[0].question", "unknown value 'Hold'" },
        { File(answer: """{ "id": "r1", "question": "HoldOnDetainer", "verdict": "Forbidden" }"""), "$.versions[0].answers[0].citation", "required key is missing" },
        { File(versions: """, { "id": "v2", "effectiveFrom": "2021-01-01", "citation": "c" }"""), "$.versions", "overlap" },
        { File(versions: """, { "id": "v2", "effectiveFrom": "1 May 2021", "citation": "c" }"""), "$.versions[1].effectiveFrom", "yyyy-MM-dd" },
        { File(scope: """{ "layer": "County" }"""), "$.scope.countyFips", "required for a County scope" },
        { File(scope: """{ "layer": "State", "state": "NY", "cityCounties": ["36061"] }"""), "$.scope.cityCounties", "only a City scope" },
        { "{ not json", "$", "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_malformed_file_is_rejected_with_its_name_and_path(string json, string path, string problem)
    {
        var error = Assert.Throws<RuleSetFormatException>(() => RuleSetParser.Parse("broken.json", json));
        Assert.Equal("broken.json", error.File);
        Assert.Equal(path, error.JsonPath);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_state_may_mandate_cooperation()
    {
        var json = File(scope: """{ "layer": "County", "countyFips": "00000" }""").Replace("\"citation\": \"c\", \"notes\": [], \"answers\"", "\"citation\": \"c\", \"mandatory\": true, \"notes\": [], \"answers\"", StringComparison.Ordinal);
        var error = Assert.Throws<RuleSetFormatException>(() => RuleSetParser.Parse("broken.json", json));
        Assert.Equal("$.versions[0].mandatory", error.JsonPath);
    }

    [Fact]
    public void Every_shipped_rule_set_loads()
    {
        var ids = RuleBook.Embedded.RuleSets.Select(r => r.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "federal", "ca-values-act", "ca-truth-act", "wa-keep-washington-working", "wa-king-county", "tx-sb4", "il-trust-act" }, ids);
    }
}
