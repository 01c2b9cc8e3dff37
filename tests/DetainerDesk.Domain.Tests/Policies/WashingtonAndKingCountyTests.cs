using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using static DetainerDesk.Domain.Tests.Policies.Scenario;

namespace DetainerDesk.Domain.Tests.Policies;

/// <summary>Keep Washington Working (RCW 10.93.160) and King County's three ordinances (17706, 17886, 18665).</summary>
public sealed class WashingtonAndKingCountyTests
{
    private const PolicyQuestion Hold = PolicyQuestion.HoldOnDetainer;

    public static TheoryData<PolicyCase> Washington => new()
    {
        new PolicyCase("before Keep Washington Working (2019-05-20) the federal rule applies", At(Spokane, "2019-05-20"), Hold, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        new PolicyCase("RCW 10.93.160: from 2019-05-21 no hold on an administrative warrant", At(Spokane, "2019-05-21"), Hold, PolicyVerdict.Forbidden, "wa-10.93.160-no-hold"),
        new PolicyCase("RCW 10.93.160: a judicial warrant allows a hold, within the federal 48 h", At(Spokane, "2022-01-01").WithWarrants(WarrantKind.JudicialState), Hold, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        new PolicyCase("RCW 10.93.160: no release date without a court order", At(Spokane, "2022-01-01"), PolicyQuestion.NotifyReleaseDate, PolicyVerdict.Forbidden, "wa-10.93.160-no-notify"),
        new PolicyCase("RCW 10.93.160: release date on a court order", At(Spokane, "2022-01-01").WithWarrants(WarrantKind.JudicialFederal), PolicyQuestion.NotifyReleaseDate, PolicyVerdict.Allowed, "wa-10.93.160-notify-court-order"),
        new PolicyCase("RCW 10.93.160: no transfer on an administrative warrant", At(Spokane, "2022-01-01").WithWarrants(WarrantKind.AdministrativeI205), PolicyQuestion.TransferToIce, PolicyVerdict.Forbidden, "wa-10.93.160-no-transfer"),
        new PolicyCase("RCW 10.93.160: interviews need written consent", At(Spokane, "2022-01-01"), PolicyQuestion.IceInterview, PolicyVerdict.AllowedOnlyIf, "wa-10.93.160-interview-consent"),
    };

    public static TheoryData<PolicyCase> KingCounty => new()
    {
        new PolicyCase("Ord. 17706 (2013): listed serious offence, federal 48 h limit decides", At(Seattle, "2014-01-15").WithConvictions(Felony("2010-01-01", listed: true)), Hold, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        new PolicyCase("Ord. 17706 (2013): no listed offence, no hold", At(Seattle, "2014-01-15").WithConvictions(Felony("2010-01-01")), Hold, PolicyVerdict.Forbidden, "king-17706-no-hold"),
        new PolicyCase("Ord. 17706 last day (2014-09-04): listed offence still enough", At(Seattle, "2014-09-04").WithConvictions(Felony("2010-01-01", listed: true)), Hold, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        new PolicyCase("Ord. 17886 (2014-09-05): listed offence no longer enough", At(Seattle, "2014-09-05").WithConvictions(Felony("2010-01-01", listed: true)), Hold, PolicyVerdict.Forbidden, "king-17886-no-hold"),
        new PolicyCase("Ord. 17886: federal judicial warrant allows a hold", At(Seattle, "2016-01-01").WithWarrants(WarrantKind.JudicialFederal), Hold, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        new PolicyCase("Ord. 17886: a state judicial warrant is not a federal criminal warrant", At(Seattle, "2016-01-01").WithWarrants(WarrantKind.JudicialState), Hold, PolicyVerdict.Forbidden, "king-17886-no-hold"),
        new PolicyCase("Ord. 17886 last day (2018-03-07)", At(Seattle, "2018-03-07"), Hold, PolicyVerdict.Forbidden, "king-17886-no-hold"),
        new PolicyCase("Ord. 18665 (2018-03-08): administrative detainers not honoured", At(Seattle, "2018-03-08"), Hold, PolicyVerdict.Forbidden, "king-18665-no-hold"),
        new PolicyCase("Ord. 18665 + RCW 10.93.160 (2022): county rule, the more specific, decides", At(Seattle, "2022-01-01"), Hold, PolicyVerdict.Forbidden, "king-18665-no-hold"),
        new PolicyCase("Ord. 18665 + RCW 10.93.160: interview conditions join", At(Seattle, "2022-01-01"), PolicyQuestion.IceInterview, PolicyVerdict.AllowedOnlyIf, "king-18665-interview"),
    };

    [Theory]
    [MemberData(nameof(Washington))]
    public void Washington_answers_as_RCW_10_93_160_says(PolicyCase row) => row.Verify();

    [Theory]
    [MemberData(nameof(KingCounty))]
    public void King_County_answers_as_the_ordinance_in_force_says(PolicyCase row) => row.Verify();

    [Fact]
    public void A_county_rule_that_allows_more_than_federal_law_is_recorded_but_ignored()
    {
        var hold = PolicyEngine.Default.Evaluate(At(Seattle, "2014-01-15").WithConvictions(Felony("2010-01-01", listed: true))).HoldOnDetainer;
        var king = Assert.Single(hold.Trail, t => t.RuleId == "king-17706-hold-listed-offence");
        Assert.StartsWith("ignored", king.Effect, StringComparison.Ordinal);
    }

    [Fact]
    public void Washington_and_King_County_interview_conditions_are_both_stated()
    {
        var interview = PolicyEngine.Default.Evaluate(At(Seattle, "2022-01-01")).IceInterview;
        Assert.Contains("written consent", interview.Condition, StringComparison.Ordinal);
        Assert.Contains("Ord. 18665", interview.Condition, StringComparison.Ordinal);
    }
}
