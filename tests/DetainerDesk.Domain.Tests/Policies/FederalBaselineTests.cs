using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using static DetainerDesk.Domain.Tests.Policies.Scenario;

namespace DetainerDesk.Domain.Tests.Policies;

/// <summary>8 CFR 287.7 and ICE Policy 10074.2, in a state (Kansas) with no encoded law of its own.</summary>
public sealed class FederalBaselineTests
{
    private const PolicyQuestion Hold = PolicyQuestion.HoldOnDetainer;

    public static TheoryData<PolicyCase> Cases => new()
    {
        new PolicyCase("8 CFR 287.7(d): I-247A with an I-200 may be held up to 48 h", At(Wichita, "2020-06-01"), Hold, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        new PolicyCase("8 CFR 287.7(d): a judicial warrant alone also supports a hold", At(Wichita, "2020-06-01").WithWarrants(WarrantKind.JudicialFederal), Hold, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        new PolicyCase("10074.2: no warrant on file, no hold", At(Wichita, "2020-06-01").WithWarrants(), Hold, PolicyVerdict.Forbidden, "fed-hold-no-warrant"),
        new PolicyCase("pre-10074.2 (2016): no warrant on file still means no hold", At(Wichita, "2016-06-01").WithForm(DetainerFormType.I247D).WithWarrants(), Hold, PolicyVerdict.Forbidden, "fed-hold-no-warrant"),
        new PolicyCase("8 CFR 287.7(d): I-247N asks for no hold", At(Wichita, "2016-06-01").WithForm(DetainerFormType.I247N), Hold, PolicyVerdict.Forbidden, "fed-287.7d-no-hold-requested"),
        new PolicyCase("8 CFR 287.7(d): I-247G asks for no hold", At(Wichita, "2025-06-01").WithForm(DetainerFormType.I247G), Hold, PolicyVerdict.Forbidden, "fed-287.7d-no-hold-requested"),
        new PolicyCase("8 CFR 287.7(d): I-247X asks for transfer, not a hold", At(Wichita, "2016-06-01").WithForm(DetainerFormType.I247X), Hold, PolicyVerdict.Forbidden, "fed-287.7d-no-hold-requested"),
        new PolicyCase("§6.2.1: an open citizenship claim blocks the hold", At(Wichita, "2020-06-01").WithFlags(PolicyFlag.CitizenshipOrVictimClaimOpen), Hold, PolicyVerdict.Forbidden, "fed-hold-citizenship-claim"),
        new PolicyCase("8 CFR 287.7(a): notification is a voluntary request", At(Wichita, "2020-06-01"), PolicyQuestion.NotifyReleaseDate, PolicyVerdict.Allowed, "fed-287.7a-notify"),
        new PolicyCase("8 U.S.C. 1373: status sharing may not be prohibited", At(Wichita, "2020-06-01"), PolicyQuestion.ShareInformation, PolicyVerdict.Allowed, "fed-1373-share"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Federal_baseline_answers_as_the_regulation_says(PolicyCase row) => row.Verify();

    [Fact]
    public void With_no_rule_set_in_force_holds_are_default_denied_and_nothing_else_is_presumed_allowed()
    {
        var decision = new PolicyEngine(new RuleBook([])).Evaluate(At(Wichita, "2020-06-01"));
        Assert.Equal(PolicyVerdict.Forbidden, decision.HoldOnDetainer.Verdict);
        Assert.Equal("default-deny-hold", decision.HoldOnDetainer.RuleId);
        Assert.All(decision.Answers.Skip(1), a => Assert.Equal(PolicyVerdict.AllowedOnlyIf, a.Verdict));
    }

    [Fact]
    public void Every_request_must_be_served_on_the_subject()
    {
        var decision = PolicyEngine.Default.Evaluate(At(Wichita, "2020-06-01"));
        Assert.Contains(decision.Duties, d => d.Kind == DutyKind.ServeSubjectCopy && d.RuleId == "fed-10074.2-serve-copy");
    }

    public static TheoryData<Jurisdiction, DetainerFormType> NotificationOnlyEverywhere()
    {
        var data = new TheoryData<Jurisdiction, DetainerFormType>();
        foreach (var place in new[] { Wichita, LosAngeles, Seattle, Spokane, Houston, Chicago, Springfield, Denver, Portland, NewYork, Miami })
        {
            data.Add(place, DetainerFormType.I247N);
            data.Add(place, DetainerFormType.I247G);
        }
        return data;
    }

    /// <summary>8 CFR 287.7(d) and the forms' own text: I-247N and I-247G never authorise a hold, not even under a state mandate.</summary>
    [Theory]
    [MemberData(nameof(NotificationOnlyEverywhere))]
    public void Notification_only_forms_never_hold_anywhere(Jurisdiction place, DetainerFormType form)
    {
        var inputs = At(place, "2025-06-01").WithForm(form).WithWarrants(WarrantKind.AdministrativeI200, WarrantKind.JudicialFederal);
        var hold = PolicyEngine.Default.Evaluate(inputs).HoldOnDetainer;
        Assert.Equal(PolicyVerdict.Forbidden, hold.Verdict);
    }
}
