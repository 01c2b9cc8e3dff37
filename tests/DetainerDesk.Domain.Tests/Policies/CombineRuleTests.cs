using DetainerDesk.Domain.Policies;
using static DetainerDesk.Domain.Tests.Policies.Scenario;

namespace DetainerDesk.Domain.Tests.Policies;

/// <summary>
/// The combine rule (README "Combine"): lower layers may only restrict, except that a mandatory state law replaces the
/// answer and silences lower layers. Uses hypothetical local rule sets, clearly named as such, over the real state law.
/// </summary>
public sealed class CombineRuleTests
{
    /// <summary>A hypothetical Houston ordinance refusing all cooperation, as some cities adopted before SB 4.</summary>
    private static readonly RuleSet HoustonRestriction = RuleSetParser.Parse("test-houston.json", """
        {
          "id": "test-houston-no-cooperation", "name": "Hypothetical Houston ordinance",
          "scope": { "layer": "City", "state": "TX", "city": "Houston" },
          "versions": [{
            "id": "test-2016", "effectiveFrom": "2016-01-01", "citation": "Hypothetical Ord. 1", "notes": [],
            "answers": [
              { "id": "test-houston-no-hold", "question": "HoldOnDetainer", "verdict": "Forbidden", "citation": "Hypothetical Ord. 1 §1", "notes": [] },
              { "id": "test-houston-no-interview", "question": "IceInterview", "verdict": "Forbidden", "citation": "Hypothetical Ord. 1 §2", "notes": [] },
              { "id": "test-houston-share-if", "question": "ShareInformation", "verdict": "AllowedOnlyIf", "condition": "a supervisor approves", "citation": "Hypothetical Ord. 1 §3", "notes": [] }
            ]
          }]
        }
        """);

    /// <summary>A hypothetical Spokane agency policy that tries to allow more than Washington law does.</summary>
    private static readonly RuleSet SpokaneLoosening = RuleSetParser.Parse("test-spokane.json", """
        {
          "id": "test-spokane-agency", "name": "Hypothetical agency policy",
          "scope": { "layer": "Agency", "agencyCode": "WA0320000" },
          "versions": [{
            "id": "test-2020", "effectiveFrom": "2020-01-01", "citation": "Hypothetical policy", "notes": [],
            "answers": [
              { "id": "test-spokane-hold-all", "question": "HoldOnDetainer", "verdict": "Allowed", "citation": "Hypothetical policy §1", "notes": [] },
              { "id": "test-spokane-interview-if", "question": "IceInterview", "verdict": "AllowedOnlyIf", "condition": "a sergeant is present", "citation": "Hypothetical policy §2", "notes": [] }
            ]
          }]
        }
        """);

    private static readonly PolicyEngine Engine = new(RuleBook.Embedded.With(HoustonRestriction, SpokaneLoosening));

    public static TheoryData<PolicyCase> Cases => new()
    {
        new PolicyCase("before SB 4 a city may restrict below the federal answer", At(Houston, "2017-08-31"), PolicyQuestion.HoldOnDetainer, PolicyVerdict.Forbidden, "test-houston-no-hold"),
        new PolicyCase("Gov. Code 752.053: SB 4's mandate overrides the city's hold ban", At(Houston, "2017-09-01"), PolicyQuestion.HoldOnDetainer, PolicyVerdict.Required, "tx-2.251-hold-required"),
        new PolicyCase("Gov. Code 752.053: SB 4 overrides the city's interview ban", At(Houston, "2018-01-01"), PolicyQuestion.IceInterview, PolicyVerdict.Allowed, "tx-752.053-interview"),
        new PolicyCase("Gov. Code 752.053: SB 4 overrides the city's sharing condition", At(Houston, "2018-01-01"), PolicyQuestion.ShareInformation, PolicyVerdict.Allowed, "tx-752.053-share"),
        new PolicyCase("RCW 10.93.160: an agency cannot loosen state law", At(Spokane, "2021-01-01"), PolicyQuestion.HoldOnDetainer, PolicyVerdict.Forbidden, "wa-10.93.160-no-hold"),
        new PolicyCase("RCW 10.93.160 + agency: equal verdicts, the agency's more specific rule explains", At(Spokane, "2021-01-01"), PolicyQuestion.IceInterview, PolicyVerdict.AllowedOnlyIf, "test-spokane-interview-if"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Layers_combine_as_the_README_says(PolicyCase row) => row.Verify(Engine);

    [Fact]
    public void The_overridden_city_rule_stays_in_the_trail_with_the_reason()
    {
        var hold = Engine.Evaluate(At(Houston, "2018-01-01")).HoldOnDetainer;
        var city = Assert.Single(hold.Trail, t => t.RuleId == "test-houston-no-hold");
        Assert.Contains("tx-2.251-hold-required", city.Effect, StringComparison.Ordinal);
        Assert.Contains("forbids local restriction", city.Effect, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_conditional_answers_join_their_conditions()
    {
        var interview = Engine.Evaluate(At(Spokane, "2021-01-01")).IceInterview;
        Assert.Equal("the person gives written consent; and a sergeant is present", interview.Condition);
    }

    [Fact]
    public void Every_answer_lists_the_inputs_its_rules_read()
    {
        var hold = PolicyEngine.Default.Evaluate(At(Spokane, "2021-01-01")).HoldOnDetainer;
        Assert.Contains("warrants", hold.InputsUsed);
        Assert.Contains("formType", hold.InputsUsed);
    }
}
