using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using static DetainerDesk.Domain.Tests.Policies.Scenario;

namespace DetainerDesk.Domain.Tests.Policies;

/// <summary>Texas SB 4: Code Crim. Proc. art. 2.251 and Gov. Code 752.053 make honouring detainers mandatory.</summary>
public sealed class TexasTests
{
    private const PolicyQuestion Hold = PolicyQuestion.HoldOnDetainer;

    public static TheoryData<PolicyCase> Cases => new()
    {
        new PolicyCase("before SB 4 (2017-08-31) honouring was voluntary", At(Houston, "2017-08-31"), Hold, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        new PolicyCase("art. 2.251(a)(1): from 2017-09-01 the hold is required", At(Houston, "2017-09-01"), Hold, PolicyVerdict.Required, "tx-2.251-hold-required"),
        new PolicyCase("art. 2.251(b): proof of lawful status lifts the duty", At(Houston, "2020-01-01").WithFlags(PolicyFlag.ProofOfLawfulStatus), Hold, PolicyVerdict.Forbidden, "tx-2.251-lawful-status-no-hold"),
        new PolicyCase("SB 4 cannot require what 10074.2 forbids: no warrant, no hold", At(Houston, "2020-01-01").WithWarrants(), Hold, PolicyVerdict.Forbidden, "fed-hold-no-warrant"),
        new PolicyCase("SB 4 cannot turn an I-247N into a hold", At(Houston, "2020-01-01").WithForm(DetainerFormType.I247N), Hold, PolicyVerdict.Forbidden, "fed-287.7d-no-hold-requested"),
        new PolicyCase("art. 2.251(a)(1): notification required", At(Houston, "2020-01-01"), PolicyQuestion.NotifyReleaseDate, PolicyVerdict.Required, "tx-2.251-notify-required"),
        new PolicyCase("art. 2.251(a)(1): transfer required on an I-247A", At(Houston, "2020-01-01"), PolicyQuestion.TransferToIce, PolicyVerdict.Required, "tx-2.251-transfer-required"),
        new PolicyCase("Gov. Code 752.053: transfer allowed when the form asks none", At(Houston, "2020-01-01").WithForm(DetainerFormType.I247N), PolicyQuestion.TransferToIce, PolicyVerdict.Allowed, "tx-752.053-transfer"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Texas_answers_as_SB4_says(PolicyCase row) => row.Verify();

    [Fact]
    public void A_required_hold_still_carries_the_federal_48_hour_limit_and_the_duty_to_tell_the_person()
    {
        var decision = PolicyEngine.Default.Evaluate(At(Houston, "2020-01-01"));
        Assert.Contains(decision.HoldOnDetainer.Notes, n => n.Contains("48 hours", StringComparison.Ordinal));
        Assert.Contains(decision.Duties, d => d.Kind == DutyKind.InformSubjectOfHold && d.Citation.Contains("2.251(a)(2)", StringComparison.Ordinal));
    }
}
