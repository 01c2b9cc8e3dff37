using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using static DetainerDesk.Domain.Tests.Policies.Scenario;

namespace DetainerDesk.Domain.Tests.Policies;

/// <summary>Illinois TRUST Act, 5 ILCS 805: P.A. 100-463 (2017) and P.A. 102-234 (2021).</summary>
public sealed class IllinoisTests
{
    private const PolicyQuestion Hold = PolicyQuestion.HoldOnDetainer;

    public static TheoryData<PolicyCase> Cases => new()
    {
        new PolicyCase("before the TRUST Act (2017-08-27) the federal rule applies", At(Springfield, "2017-08-27"), Hold, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        new PolicyCase("5 ILCS 805/15 (2017): no hold on a detainer alone", At(Springfield, "2017-08-28"), Hold, PolicyVerdict.Forbidden, "il-805-15-2017-no-hold"),
        new PolicyCase("5 ILCS 805/15 (2017, UNVERIFIED §15(c)): federal judicial warrant", At(Springfield, "2019-01-01").WithWarrants(WarrantKind.JudicialFederal), Hold, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        new PolicyCase("5 ILCS 805/15 (2017) last day 2021-08-01", At(Springfield, "2021-08-01"), Hold, PolicyVerdict.Forbidden, "il-805-15-2017-no-hold"),
        new PolicyCase("5 ILCS 805/15 (2021 amendment) from 2021-08-02", At(Springfield, "2021-08-02"), Hold, PolicyVerdict.Forbidden, "il-805-15-2021-no-hold"),
        new PolicyCase("5 ILCS 805/15 (2021): I-205 is still an administrative warrant", At(Springfield, "2023-01-01").WithWarrants(WarrantKind.AdministrativeI205), Hold, PolicyVerdict.Forbidden, "il-805-15-2021-no-hold"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Illinois_answers_as_the_TRUST_Act_says(PolicyCase row) => row.Verify();

    [Theory]
    [InlineData("2021-08-01", false)]
    [InlineData("2021-08-02", true)]
    public void The_annual_report_to_the_Attorney_General_starts_with_the_2021_amendment(string day, bool expected)
    {
        var duties = PolicyEngine.Default.Evaluate(At(Springfield, day)).Duties;
        Assert.Equal(expected, duties.Any(d => d.Kind == DutyKind.ReportToStateBody && d.RuleId == "il-805-25-annual-report"));
    }
}
