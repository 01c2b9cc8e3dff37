using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using static DetainerDesk.Domain.Tests.Policies.Scenario;

namespace DetainerDesk.Domain.Tests.Policies;

/// <summary>California: Values Act (Gov. Code 7284.6), TRUST Act criteria (7282.5), TRUTH Act (7283.1).</summary>
public sealed class CaliforniaTests
{
    private const string On = "2024-03-01";
    private const PolicyQuestion Transfer = PolicyQuestion.TransferToIce;

    public static TheoryData<PolicyCase> Cases => new()
    {
        new PolicyCase("7284.6(a)(1)(B): no hold on a detainer after SB 54", At(LosAngeles, "2018-01-04"), PolicyQuestion.HoldOnDetainer, PolicyVerdict.Forbidden, "ca-7284.6a1B-no-hold"),
        new PolicyCase("7284.6(a)(1)(B): no hold even with a judicial warrant on file", At(LosAngeles, On).WithWarrants(WarrantKind.JudicialFederal), PolicyQuestion.HoldOnDetainer, PolicyVerdict.Forbidden, "ca-7284.6a1B-no-hold"),
        new PolicyCase("before SB 54 took effect (2018-01-03) only the federal rule applies", At(LosAngeles, "2018-01-03"), PolicyQuestion.HoldOnDetainer, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        new PolicyCase("7284.6(a)(4): transfer on a judicial warrant", At(LosAngeles, On).WithWarrants(WarrantKind.JudicialState), Transfer, PolicyVerdict.Allowed, "ca-7284.6a4-transfer-judicial"),
        new PolicyCase("7284.6(a)(4): administrative warrant and no qualifying record, no transfer", At(LosAngeles, On), Transfer, PolicyVerdict.Forbidden, "ca-7284.6a4-no-transfer"),
        new PolicyCase("7282.5(a)(1): serious/violent felony counts at any time (30 years ago)", At(LosAngeles, On).WithConvictions(Felony("1994-01-01", seriousOrViolent: true)), Transfer, PolicyVerdict.Allowed, "ca-7282.5-transfer"),
        new PolicyCase("7282.5(a)(2): state-prison felony counts at any time", At(LosAngeles, On).WithConvictions(Felony("1990-01-01", statePrison: true)), Transfer, PolicyVerdict.Allowed, "ca-7282.5-transfer"),
        new PolicyCase("7282.5 (UNVERIFIED 15-year look-back): listed felony 14 years ago", At(LosAngeles, On).WithConvictions(Felony("2010-03-02", listed: true)), Transfer, PolicyVerdict.Allowed, "ca-7282.5-transfer"),
        new PolicyCase("7282.5 (UNVERIFIED 15-year look-back): listed felony exactly 15 years ago is inside", At(LosAngeles, On).WithConvictions(Felony("2009-03-01", listed: true)), Transfer, PolicyVerdict.Allowed, "ca-7282.5-transfer"),
        new PolicyCase("7282.5 (UNVERIFIED 15-year look-back): listed felony 16 years ago is outside", At(LosAngeles, On).WithConvictions(Felony("2008-02-28", listed: true)), Transfer, PolicyVerdict.Forbidden, "ca-7284.6a4-no-transfer"),
        new PolicyCase("7282.5 (UNVERIFIED): unlisted felony within 15 years does not qualify", At(LosAngeles, On).WithConvictions(Felony("2020-01-01")), Transfer, PolicyVerdict.Forbidden, "ca-7284.6a4-no-transfer"),
        new PolicyCase("7282.5 (UNVERIFIED 5-year look-back): listed wobbler 4 years ago", At(LosAngeles, On).WithConvictions(Wobbler("2020-03-01")), Transfer, PolicyVerdict.Allowed, "ca-7282.5-transfer"),
        new PolicyCase("7282.5 (UNVERIFIED 5-year look-back): listed wobbler 6 years ago", At(LosAngeles, On).WithConvictions(Wobbler("2018-02-28")), Transfer, PolicyVerdict.Forbidden, "ca-7284.6a4-no-transfer"),
        new PolicyCase("7282.5: a plain misdemeanour never qualifies", At(LosAngeles, On).WithConvictions(Misdemeanor("2023-01-01")), Transfer, PolicyVerdict.Forbidden, "ca-7284.6a4-no-transfer"),
        new PolicyCase("7282.5(a)(3): current PC 290 registrant", At(LosAngeles, On).WithRegistries(Registry.CaliforniaPc290), Transfer, PolicyVerdict.Allowed, "ca-7282.5-transfer"),
        new PolicyCase("7282.5(a)(4): aggravated felony", At(LosAngeles, On).WithFlags(PolicyFlag.AggravatedFelonyConviction), Transfer, PolicyVerdict.Allowed, "ca-7282.5-transfer"),
        new PolicyCase("7282.5(b): serious felony charge with a magistrate's PC finding (PC 872)", At(LosAngeles, On).WithCharges(Felony("2024-02-01", seriousOrViolent: true) with { MagistrateFoundProbableCause = true }), Transfer, PolicyVerdict.Allowed, "ca-7282.5-transfer"),
        new PolicyCase("7282.5(b): the same charge without a PC finding does not qualify", At(LosAngeles, On).WithCharges(Felony("2024-02-01", seriousOrViolent: true)), Transfer, PolicyVerdict.Forbidden, "ca-7284.6a4-no-transfer"),
        new PolicyCase("7282.5 + 7283.1(b): notify a qualifying person's release only with written notice to them and counsel", At(LosAngeles, On).WithConvictions(Felony("1994-01-01", seriousOrViolent: true)), PolicyQuestion.NotifyReleaseDate, PolicyVerdict.AllowedOnlyIf, "ca-7282.5-notify"),
        new PolicyCase("7284.6(a)(1)(C): otherwise only public release information", At(LosAngeles, On), PolicyQuestion.NotifyReleaseDate, PolicyVerdict.AllowedOnlyIf, "ca-7284.6a1C-notify-public-only"),
        new PolicyCase("7283.1(a): TRUTH Act consent for interviews from 2017-01-01", At(LosAngeles, "2017-01-01"), PolicyQuestion.IceInterview, PolicyVerdict.AllowedOnlyIf, "ca-7283.1a-interview-consent"),
        new PolicyCase("before the TRUTH Act (2016-12-31) interviews were voluntary", At(LosAngeles, "2016-12-31"), PolicyQuestion.IceInterview, PolicyVerdict.Allowed, "fed-interview-voluntary"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void California_answers_as_its_statutes_say(PolicyCase row) => row.Verify();

    [Theory]
    [InlineData("2016-12-31", false)]
    [InlineData("2017-01-01", true)]
    public void TRUTH_Act_duties_start_on_1_January_2017(string day, bool expected)
    {
        var duties = PolicyEngine.Default.Evaluate(At(LosAngeles, day)).Duties;
        Assert.Equal(expected, duties.Any(d => d.Kind == DutyKind.NotifySubjectAndAttorney && d.RuleId == "ca-7283.1b-notify-attorney"));
        Assert.Equal(expected, duties.Any(d => d.Kind == DutyKind.InformSubjectOfComplianceDecision));
    }

    [Fact]
    public void Look_back_answers_carry_the_UNVERIFIED_note()
    {
        var transfer = PolicyEngine.Default.Evaluate(At(LosAngeles, On).WithConvictions(Wobbler("2022-01-01"))).TransferToIce;
        Assert.Contains(transfer.Notes, n => n.StartsWith("UNVERIFIED", StringComparison.Ordinal) && n.Contains("15-year", StringComparison.Ordinal));
        Assert.Contains("convictions", transfer.InputsUsed);
    }
}
