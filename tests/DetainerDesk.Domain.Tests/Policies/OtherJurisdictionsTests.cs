using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using static DetainerDesk.Domain.Tests.Policies.Scenario;

namespace DetainerDesk.Domain.Tests.Policies;

/// <summary>Oregon, Colorado, Cook County, New York City, Florida and 287(g) agencies (Jail Enforcement, Warrant Service Officer, Task Force).</summary>
public sealed class OtherJurisdictionsTests
{
    private const PolicyQuestion Hold = PolicyQuestion.HoldOnDetainer;

    public static TheoryData<PolicyCase> Cases => new()
    {
        // Oregon
        new PolicyCase("ORS 181A.820: no hold, even before HB 3265", At(Portland, "2010-01-01"), Hold, PolicyVerdict.Forbidden, "or-181a.820-no-hold"),
        new PolicyCase("ORS 181A.823 (HB 3265): no release date to ICE", At(Portland, "2022-01-01"), PolicyQuestion.NotifyReleaseDate, PolicyVerdict.Forbidden, "or-181a.823-no-release-date"),
        new PolicyCase("ORS 181A.823 not yet in force in 2021-07-18", At(Portland, "2021-07-18"), PolicyQuestion.NotifyReleaseDate, PolicyVerdict.Allowed, "fed-287.7a-notify"),
        new PolicyCase("ORS 181A.826: transfer only on a judicial order", At(Portland, "2022-01-01").WithWarrants(WarrantKind.JudicialState), PolicyQuestion.TransferToIce, PolicyVerdict.Allowed, "or-181a.826-transfer-judicial"),
        new PolicyCase("ORS 181A.826: administrative warrant, no transfer", At(Portland, "2022-01-01"), PolicyQuestion.TransferToIce, PolicyVerdict.Forbidden, "or-181a.826-no-transfer"),
        // Colorado
        new PolicyCase("before HB19-1124 (2019-05-27) the federal rule applies", At(Denver, "2019-05-27"), Hold, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        new PolicyCase("HB19-1124: no hold on a civil detainer from 2019-05-28", At(Denver, "2019-05-28"), Hold, PolicyVerdict.Forbidden, "co-1124-no-hold"),
        new PolicyCase("HB19-1124: federal judicial warrant allows cooperation", At(Denver, "2020-01-01").WithWarrants(WarrantKind.JudicialFederal), PolicyQuestion.TransferToIce, PolicyVerdict.Allowed, "co-1124-transfer-judicial"),
        new PolicyCase("HB19-1124: a state judicial warrant is not listed", At(Denver, "2020-01-01").WithWarrants(WarrantKind.JudicialState), PolicyQuestion.TransferToIce, PolicyVerdict.Forbidden, "co-1124-no-transfer"),
        new PolicyCase("HB19-1124: interview only after advisement", At(Denver, "2020-01-01"), PolicyQuestion.IceInterview, PolicyVerdict.AllowedOnlyIf, "co-1124-interview-advisement"),
        // Cook County
        new PolicyCase("Cook §46-37 (2011): no hold without reimbursement", At(Chicago, "2012-01-01"), Hold, PolicyVerdict.Forbidden, "cook-46-37-no-hold"),
        new PolicyCase("Cook §46-37 (2011): reimbursed, federal 48 h decides", At(Chicago, "2012-01-01").WithFlags(PolicyFlag.ReimbursementAgreement), Hold, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        new PolicyCase("before Cook §46-37 (2011-09-06)", At(Chicago, "2011-09-06"), Hold, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        new PolicyCase("TRUST Act over Cook (2018): reimbursement no longer enough", At(Chicago, "2018-01-01").WithFlags(PolicyFlag.ReimbursementAgreement), Hold, PolicyVerdict.Forbidden, "il-805-15-2017-no-hold"),
        new PolicyCase("Cook §46-37: no release dates", At(Chicago, "2012-01-01"), PolicyQuestion.NotifyReleaseDate, PolicyVerdict.Forbidden, "cook-46-37-no-release-date"),
        // New York City
        new PolicyCase("NYC 9-131: judicial warrant + listed conviction within 5 years", At(NewYork, "2020-01-01").WithWarrants(WarrantKind.JudicialFederal).WithConvictions(Felony("2016-01-01", listed: true)), Hold, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        new PolicyCase("NYC 9-131: listed conviction 6 years ago is outside", At(NewYork, "2020-01-01").WithWarrants(WarrantKind.JudicialFederal).WithConvictions(Felony("2013-12-31", listed: true)), Hold, PolicyVerdict.Forbidden, "nyc-9-131-no-hold"),
        new PolicyCase("NYC 9-131: listed conviction but administrative warrant only", At(NewYork, "2020-01-01").WithConvictions(Felony("2019-01-01", listed: true)), Hold, PolicyVerdict.Forbidden, "nyc-9-131-no-hold"),
        new PolicyCase("NYC 9-131: judicial warrant + terrorist-screening match", At(NewYork, "2020-01-01").WithWarrants(WarrantKind.JudicialState).WithFlags(PolicyFlag.TerroristScreeningMatch), PolicyQuestion.TransferToIce, PolicyVerdict.Allowed, "nyc-9-131-transfer"),
        new PolicyCase("NYC law covers Rikers Island, mailed as East Elmhurst in Bronx County (cityCounties)", At(Rikers, "2020-01-01").WithConvictions(Felony("2019-01-01", listed: true)), Hold, PolicyVerdict.Forbidden, "nyc-9-131-no-hold"),
        new PolicyCase("NYC law covers a borough county on the map, with no city given", At(Brooklyn, "2020-01-01"), Hold, PolicyVerdict.Forbidden, "nyc-9-131-no-hold"),
        new PolicyCase("a New York county outside the city is not under NYC law", At(Buffalo, "2020-01-01"), Hold, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        // Florida
        new PolicyCase("F.S. ch. 908: facially sufficient detainer must be honoured", At(Miami, "2020-01-01"), Hold, PolicyVerdict.Required, "fl-908-hold-required"),
        new PolicyCase("before SB 168 (UNVERIFIED date) honouring was voluntary", At(Miami, "2019-06-30"), Hold, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        new PolicyCase("F.S. ch. 908 cannot require a hold on an I-247G", At(Miami, "2025-06-01").WithForm(DetainerFormType.I247G), Hold, PolicyVerdict.Forbidden, "fed-287.7d-no-hold-requested"),
        // 287(g) jail model
        new PolicyCase("8 U.S.C. 1357(g): jail-model interviews by designated officers", At(Wichita, "2020-01-01") with { Agreement287g = Agreement287g.JailEnforcement }, PolicyQuestion.IceInterview, PolicyVerdict.AllowedOnlyIf, "287g-jail-interview"),
        new PolicyCase("8 U.S.C. 1357(g): no agreement, federal answer stands", At(Wichita, "2020-01-01"), PolicyQuestion.IceInterview, PolicyVerdict.Allowed, "fed-interview-voluntary"),
        // 287(g) Warrant Service Officer (2019, UNVERIFIED day) and Task Force (to 2012 and again from 2025, UNVERIFIED days)
        new PolicyCase("WSO MOA: a hold needs the warrant served by a designated officer", At(Wichita, "2020-01-01") with { Agreement287g = Agreement287g.WarrantServiceOfficer }, Hold, PolicyVerdict.AllowedOnlyIf, "287g-wso-hold"),
        new PolicyCase("WSO MOA before the model existed: the federal answer stands", At(Wichita, "2018-06-01") with { Agreement287g = Agreement287g.WarrantServiceOfficer }, Hold, PolicyVerdict.AllowedOnlyIf, "fed-287.7d-hold-48h"),
        new PolicyCase("WSO MOA cannot lift Washington's ban on holds", At(Spokane, "2020-01-01") with { Agreement287g = Agreement287g.WarrantServiceOfficer }, Hold, PolicyVerdict.Forbidden, "wa-10.93.160-no-hold"),
        new PolicyCase("Task Force MOA (2010): questioning only within the MOA", At(Wichita, "2010-06-01") with { Agreement287g = Agreement287g.TaskForce }, PolicyQuestion.IceInterview, PolicyVerdict.AllowedOnlyIf, "287g-task-force-interview"),
        new PolicyCase("Task Force MOA (2015): the model was not in use, the federal answer stands", At(Wichita, "2015-06-01") with { Agreement287g = Agreement287g.TaskForce }, PolicyQuestion.IceInterview, PolicyVerdict.Allowed, "fed-interview-voluntary"),
        new PolicyCase("Task Force MOA revived in 2025", At(Wichita, "2025-06-01") with { Agreement287g = Agreement287g.TaskForce }, PolicyQuestion.IceInterview, PolicyVerdict.AllowedOnlyIf, "287g-task-force-interview"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_jurisdiction_answers_as_its_law_says(PolicyCase row) => row.Verify();

    [Fact]
    public void Oregon_requires_declining_documenting_and_reporting_every_request()
    {
        var kinds = PolicyEngine.Default.Evaluate(At(Portland, "2022-01-01")).Duties.Select(d => d.Kind).ToList();
        Assert.Contains(DutyKind.DocumentDeclinedRequest, kinds);
        Assert.Contains(DutyKind.ReportToStateBody, kinds);
        Assert.Contains(DutyKind.GiveRightsNotice, kinds);
    }
}
