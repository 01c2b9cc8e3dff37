using System.Text.Json.Serialization;

namespace DetainerDesk.Domain.Policies;

/// <summary>The five things an agency has to decide about an ICE request (issue 4).</summary>
public enum PolicyQuestion
{
    HoldOnDetainer = 1,
    NotifyReleaseDate = 2,
    TransferToIce = 3,
    ShareInformation = 4,
    IceInterview = 5,
}

/// <summary>
/// Ordered from least to most permissive, so "more restrictive" is simply the smaller value.
/// The combine step (see README) relies on this order.
/// </summary>
public enum PolicyVerdict
{
    Forbidden = 0,
    AllowedOnlyIf = 1,
    Allowed = 2,
    Required = 3,
}

/// <summary>A rule that took part in an answer, kept so the answer can be explained.</summary>
public sealed record RuleReference(string RuleId, string RuleSetId, string Citation, PolicyVerdict Verdict, string Effect);

/// <summary>
/// One answer. <see cref="RuleId"/> and <see cref="Citation"/> name the rule that decided it;
/// <see cref="Trail"/> lists every rule that was considered, including ones overridden by a state mandate.
/// </summary>
public sealed record PolicyAnswer(
    PolicyQuestion Question,
    PolicyVerdict Verdict,
    string? Condition,
    string RuleId,
    string Citation,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> InputsUsed,
    IReadOnlyList<RuleReference> Trail)
{
    [JsonIgnore]
    public bool PermitsAction => Verdict is PolicyVerdict.Allowed or PolicyVerdict.Required or PolicyVerdict.AllowedOnlyIf;
}

/// <summary>Things the agency must do once a request arrives.</summary>
public enum DutyKind
{
    ServeSubjectCopy = 1,
    InformSubjectOfComplianceDecision = 2,
    NotifySubjectAndAttorney = 3,
    InformSubjectOfHold = 4,
    ObtainWrittenConsentForInterview = 5,
    AdviseBeforeInterview = 6,
    ReportToStateBody = 7,
    DocumentDeclinedRequest = 8,
    GiveRightsNotice = 9,
    NotifyBailJudge = 10,
}

public sealed record PolicyDuty(DutyKind Kind, string Text, string RuleId, string Citation, IReadOnlyList<string> Notes);

/// <summary>The full answer for one detainer at one moment. Every question always has an answer.</summary>
public sealed record PolicyDecision(
    PolicyInputs Inputs,
    PolicyAnswer HoldOnDetainer,
    PolicyAnswer NotifyReleaseDate,
    PolicyAnswer TransferToIce,
    PolicyAnswer ShareInformation,
    PolicyAnswer IceInterview,
    IReadOnlyList<PolicyDuty> Duties,
    IReadOnlyList<string> RuleSetVersionsApplied)
{
    /// <summary>Set when this decision was read back from the detainer's stored evaluations; null for a live prediction.</summary>
    [JsonIgnore]
    public PolicyEvaluationStamp? Recorded { get; init; }

    [JsonIgnore]
    public IEnumerable<PolicyAnswer> Answers => [HoldOnDetainer, NotifyReleaseDate, TransferToIce, ShareInformation, IceInterview];

    public PolicyAnswer For(PolicyQuestion question) => question switch
    {
        PolicyQuestion.HoldOnDetainer => HoldOnDetainer,
        PolicyQuestion.NotifyReleaseDate => NotifyReleaseDate,
        PolicyQuestion.TransferToIce => TransferToIce,
        PolicyQuestion.ShareInformation => ShareInformation,
        PolicyQuestion.IceInterview => IceInterview,
    };
}

/// <summary>When, why and by whom a stored decision was evaluated, and the numbered rule-set versions it used.</summary>
public sealed record PolicyEvaluationStamp(Guid EvaluationId, DateTime EvaluatedAtUtc, string Occasion, string EvaluatedBy, IReadOnlyList<string> StoredVersions);
