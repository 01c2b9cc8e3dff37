using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Domain.Detainers;

// The lifecycle after receipt (domain brief §2, §6.2). Each method asks the table (DetainerTransitions) whether the
// action fits the state, then checks the facts the table cannot see; it either changes the detainer and records one
// event, or returns why not and changes nothing.
public sealed partial class Detainer
{
    private readonly List<DetainerEvent> _events = [];

    /// <summary>
    /// The steps accepted since this object was created or loaded, oldest first. The data layer appends them to the
    /// stored timeline; the rules never need older ones, because the state they left is in the properties below.
    /// </summary>
    public IReadOnlyList<DetainerEvent> Events => _events;
    public AgencyDecision? Decision { get; private set; }
    public DateTime? ServedAtUtc { get; private set; }
    public DateTime? ReleaseDateUtc { get; private set; }
    /// <summary>When the person became eligible for release: the hold clock starts here, not when the hold is recorded.</summary>
    public DateTime? EligibleAtUtc { get; private set; }
    public ReleaseTrigger? EligibilityTrigger { get; private set; }
    public DateTime? NotifiedAtUtc { get; private set; }
    /// <summary>
    /// The legal basis that overrode a decision or law forbidding the release notice (null when none was needed). Kept
    /// as a fact, not only in the event's text, so the cooperation record does not count a lawful override as a mismatch.
    /// </summary>
    public string? NotificationLegalBasis { get; private set; }
    /// <summary>The legal basis on which a transfer the law did not allow was made (e.g. a judicial warrant), or null.</summary>
    public string? TransferLegalBasis { get; private set; }
    public DateTime? HoldStartedAtUtc { get; private set; }
    /// <summary>The latest lawful end of the hold; set once when the hold starts and never moved.</summary>
    public DateTime? HoldEndsAtUtc { get; private set; }
    /// <summary>When the hold actually stopped (transfer, release, expiry recorded, claim, lift or void).</summary>
    public DateTime? HoldEndedAtUtc { get; private set; }
    public ClaimKind? OpenClaim { get; private set; }

    public DomainError? RecordDecision(AgencyDecision decision, TransitionInput input) =>
        Apply(DetainerAction.RecordDecision, input, () =>
            !Enum.IsDefined(decision.Response) ? new("decision-unknown", "The decision must be hold, notify only, decline or judicial warrant required.")
            : string.IsNullOrWhiteSpace(decision.RuleId) || string.IsNullOrWhiteSpace(decision.Citation)
                ? new("decision-citation-required", "A policy decision names the rule and the law it rests on (domain brief §2.2 invariant 2).")
                : null,
            () => Decision = decision);

    public DomainError? RecordService(TransitionInput input) =>
        Apply(DetainerAction.RecordService, input, null, () => ServedAtUtc = input.AtUtc);

    public DomainError? RecordReleaseDate(DateTime releaseAtUtc, TransitionInput input) =>
        Apply(DetainerAction.RecordReleaseDate, input,
            () => releaseAtUtc.Kind == DateTimeKind.Utc ? null : new("time-not-utc", "The release date must be given in UTC."),
            () => ReleaseDateUtc = releaseAtUtc);

    public DomainError? RecordReleaseEligible(ReleaseTrigger trigger, DateTime eligibleAtUtc, TransitionInput input) =>
        Apply(DetainerAction.RecordReleaseEligible, input, () =>
            !Enum.IsDefined(trigger) ? new("trigger-unknown", "Say why the person became eligible for release (bond, sentence served, charges dropped…).")
            : eligibleAtUtc.Kind != DateTimeKind.Utc ? new("time-not-utc", "The eligibility time must be given in UTC.")
            : eligibleAtUtc > input.AtUtc ? new("eligibility-in-future", "Eligibility is recorded when it happens; a future date is a release date.")
            : EligibleAtUtc is not null ? new("already-eligible", "Release eligibility is already recorded; the hold clock is never restarted.")
            : null,
            () => { EligibleAtUtc = eligibleAtUtc; EligibilityTrigger = trigger; });

    /// <summary>
    /// Tells ICE of the release. Refused, with the rule's citation, when the recorded decision does not allow it, unless
    /// a legal basis overrides the decision (e.g. "judicial warrant received"); the basis is then kept in the event's
    /// reason and evidence note, and its document must be named as the evidence's source.
    /// </summary>
    public DomainError? SendNotification(TransitionInput input, string? overridingLegalBasis = null)
    {
        var basis = string.IsNullOrWhiteSpace(overridingLegalBasis) ? null : overridingLegalBasis.Trim();
        var allowed = Decision is { AllowsNotification: true };
        var recorded = basis is null || allowed ? input : input with
        {
            Reason = $"{input.Reason} (overrides decision {Describe(Decision)} on legal basis: {basis})",
            Evidence = input.Evidence with { Note = string.IsNullOrWhiteSpace(input.Evidence.Note) ? $"Legal basis: {basis}" : $"Legal basis: {basis}. {input.Evidence.Note}" },
        };
        return Apply(DetainerAction.SendNotification, recorded,
            () => NotifiedAtUtc is not null ? new("already-notified", "ICE has already been told of the release.")
                : allowed ? null
                : basis is null ? new("notification-not-allowed",
                    $"The recorded decision ({Describe(Decision)}{CitationOf(Decision)}) does not allow telling ICE of the release. Give the legal basis that overrides it (e.g. a judicial warrant) to notify.")
                : !input.Evidence.HasSource ? new("legal-basis-evidence-required", $"Name the document that supports the legal basis '{basis}' (the evidence's source).")
                : null,
            () =>
            {
                NotifiedAtUtc = input.AtUtc;
                NotificationLegalBasis = allowed ? null : basis;
            });
    }

    /// <summary>Starts the hold; refused unless every condition of domain brief §2.2 invariants 3–5 holds and the limit has not passed.</summary>
    public DomainError? StartHold(HoldLimit limit, TransitionInput input)
    {
        DateTime end = default;
        return Apply(DetainerAction.StartHold, input, () =>
        {
            if (!DetainerForms.AsksForHold(FormType))
                return new("form-never-holds", $"The {DetainerForms.ShortName(FormType)} asks only for notification or transfer; it never supports a hold.");
            if (ServedAtUtc is null)
                return new("not-served", "The detainer has no effect until it is served on the subject.");
            if (Decision is not { AllowsHold: true })
                return new("decision-does-not-allow-hold", $"The recorded decision ({Describe(Decision)}) does not allow a hold; holds are denied unless a rule allows them.");
            if (OpenClaim is { } claim)
                return new("claim-open", $"A {claim} claim is open; no hold while it is unresolved (domain brief §2.2 invariant 5).");
            if (EligibleAtUtc is not { } eligibleAt)
                return new("not-eligible", "A hold starts only when the person becomes eligible for release; record the eligibility first.");
            if (limit.Validate() is { } invalid) return invalid;
            end = HoldClock.EndOf(eligibleAt, limit);
            return input.AtUtc < end ? null
                : new("hold-limit-passed", $"The hold limit ended at {end:u} (eligible since {eligibleAt:u}); the person must be released, not held.");
        }, () => { HoldStartedAtUtc = input.AtUtc; HoldEndsAtUtc = end; });
    }

    /// <summary>
    /// Records the hand-over of custody to ICE, held to the law of the jurisdiction: <paramref name="law"/> is the
    /// transfer answer of the detainer's stored policy evaluation. Where it forbids the transfer, or allows it only if a
    /// condition holds, the step is refused with the rule's citation (and the condition's text) unless a legal basis is
    /// given (e.g. a judicial warrant, or the condition shown to be met); the basis is kept in the event's reason and
    /// note, and its document must be named as the evidence's source, as for a notification override.
    /// </summary>
    public DomainError? RecordTransferToIce(TransitionInput input, PolicyAnswer law, string? overridingLegalBasis = null)
    {
        if (law.Question != PolicyQuestion.TransferToIce)
            throw new ArgumentException($"A transfer is held to the law's transfer answer, not to its {law.Question} answer.", nameof(law));
        var basis = string.IsNullOrWhiteSpace(overridingLegalBasis) ? null : overridingLegalBasis.Trim();
        var lawful = law.Verdict is PolicyVerdict.Allowed or PolicyVerdict.Required;
        var recorded = basis is null || lawful ? input : input with
        {
            Reason = $"{input.Reason} ({law.Citation}, rule {law.RuleId}, overridden on legal basis: {basis})",
            Evidence = input.Evidence with { Note = string.IsNullOrWhiteSpace(input.Evidence.Note) ? $"Legal basis: {basis}" : $"Legal basis: {basis}. {input.Evidence.Note}" },
        };
        return Apply(DetainerAction.TransferToIce, recorded,
            () => lawful ? null
                : basis is null ? TransferRefusal(law)
                : !input.Evidence.HasSource ? new("legal-basis-evidence-required", $"Name the document that supports the legal basis '{basis}' (the evidence's source).", "source")
                : null,
            () => TransferLegalBasis = lawful ? null : basis);
    }

    /// <summary>The stable codes of a transfer the law does not allow; callers answer these as unprocessable, not as a conflict.</summary>
    public static readonly IReadOnlySet<string> TransferRefusedByLaw = new HashSet<string>(StringComparer.Ordinal) { "transfer-forbidden-by-law", "transfer-condition-not-shown" };

    private static DomainError TransferRefusal(PolicyAnswer law)
    {
        var notes = law.Notes.Count == 0 ? "" : " " + string.Join(" ", law.Notes);
        return law.Verdict == PolicyVerdict.AllowedOnlyIf
            ? new("transfer-condition-not-shown",
                $"The law here allows a transfer to ICE custody only if {law.Condition} ({law.Citation}; rule {law.RuleId}).{notes} Record the legal basis that shows the condition is met, and name its document, to transfer.",
                "legalBasis")
            : new("transfer-forbidden-by-law",
                $"The law here forbids transferring the person to ICE custody ({law.Citation}; rule {law.RuleId}).{notes} Record the legal basis that allows it (e.g. a judicial warrant), and name its document, to transfer.",
                "legalBasis");
    }

    /// <summary>Released without transfer by the agency's choice or policy. Needs evidence with a source: unknown is never declined.</summary>
    public DomainError? RecordReleaseDeclined(TransitionInput input) =>
        Apply(DetainerAction.ReleaseDeclined, input,
            () => input.Evidence.HasSource ? null
                : new("evidence-required", "'Released – declined' needs its evidence and source; an unknown outcome is not a decline (domain brief §6.2 item 10)."),
            null);

    /// <summary>Records that the hold reached its limit and the person was released (§2.2 invariant 4). Refused before the limit.</summary>
    public DomainError? RecordHoldExpiry(TransitionInput input) =>
        Apply(DetainerAction.RecordHoldExpiry, input,
            () => input.AtUtc >= HoldEndsAtUtc ? null
                : new("hold-not-expired", $"The hold runs until {HoldEndsAtUtc:u}; it cannot expire before then."),
            null);

    /// <summary>Anyone may raise a citizenship or victim claim in a live state. It blocks holds; a running hold ends at once.</summary>
    public DomainError? RaiseClaim(ClaimKind kind, TransitionInput input) =>
        Apply(DetainerAction.RaiseClaim, input, () =>
            !Enum.IsDefined(kind) ? new("claim-kind-unknown", "A claim is of citizenship or of being a crime victim.")
            : OpenClaim is not null ? new("claim-already-open", $"A {OpenClaim} claim is already open; record its resolution first.")
            : !input.Evidence.HasSource ? new("claim-source-required", "Say who raised the claim and how (the evidence's source).")
            : null,
            () => OpenClaim = kind);

    /// <summary>Upheld lifts a live detainer; rejected closes the claim so it no longer blocks a hold.</summary>
    public DomainError? ResolveClaim(ClaimResolution resolution, TransitionInput input) =>
        Apply(resolution == ClaimResolution.Upheld ? DetainerAction.UpholdClaim : DetainerAction.RejectClaim, input,
            () => !Enum.IsDefined(resolution) ? new("resolution-unknown", "A claim is upheld or rejected.")
                : OpenClaim is null ? new("no-open-claim", "There is no open claim to resolve.") : null,
            () => OpenClaim = null);

    /// <summary>Cancellation by the issuing office; allowed in every live state and ends any running hold at once (§6.2 item 12).</summary>
    public DomainError? Lift(TransitionInput input) => Apply(DetainerAction.Lift, input, null, null);

    public DomainError? Void(TransitionInput input) => Apply(DetainerAction.Void, input, null, null);

    public DomainError? RecordTransferToOtherAgency(TransitionInput input) => Apply(DetainerAction.TransferToOtherAgency, input, null, null);

    /// <summary>
    /// The person moved to another agency: this detainer ends here (TransferredToOtherAgency) and a new one, linked by
    /// <see cref="FollowsDetainerId"/>, is lodged with the receiving agency. The new one starts afresh (lodged, to be
    /// acknowledged, decided under the receiving jurisdiction's law and served there) but keeps any open claim, so a
    /// claim raised here still blocks a hold there.
    /// </summary>
    public Result<Detainer> TransferToOtherAgency(ReceivingCustody to, TransitionInput input)
    {
        var refusal = Apply(DetainerAction.TransferToOtherAgency, input,
            () => to.AgencyId == ReceivingAgencyId
                ? new("same-agency", "The receiving facility belongs to the agency that holds the person now; a transfer to another agency needs a facility of another agency.")
                : null,
            null);
        if (refusal is not null) return Result<Detainer>.Failure(refusal);
        return Result<Detainer>.Success(new Detainer
        {
            Id = to.NewDetainerId,
            FormType = FormType,
            Basis = Basis,
            WarrantKind = WarrantKind,
            WarrantNumber = WarrantNumber,
            WarrantDate = WarrantDate,
            PersonId = PersonId,
            BookingId = to.BookingId,
            FacilityId = to.FacilityId,
            ReceivingAgencyId = to.AgencyId,
            IssuingOfficeId = IssuingOfficeId,
            LodgedAtUtc = input.AtUtc,
            LodgedByUserId = input.Actor,
            LastChangedAtUtc = input.AtUtc,
            Status = DetainerStatus.Lodged,
            Version = 1,
            FollowsDetainerId = Id,
            OpenClaim = OpenClaim,
        });
    }

    public DomainError? Close(TransitionInput input) =>
        Apply(DetainerAction.Close, input,
            () => OpenClaim is null ? null : new("claim-open", $"The {OpenClaim} claim needs a recorded resolution before the detainer is closed."),
            null);

    private DomainError? Apply(DetainerAction action, TransitionInput input, Func<DomainError?>? guard, Action? effect)
    {
        var answer = DetainerTransitions.Decide(Status, action);
        var refusal = answer.Refusal ?? CheckInput(input) ?? CheckHoldLimit(action, input.AtUtc) ?? guard?.Invoke();
        if (refusal is not null) return refusal;
        effect?.Invoke();
        Record(action, answer.Target!.Value, input);
        return null;
    }

    private void Record(DetainerAction action, DetainerStatus to, TransitionInput input)
    {
        var from = Status;
        if (from == DetainerStatus.HoldActive && to != DetainerStatus.HoldActive) HoldEndedAtUtc = input.AtUtc;
        Status = to;
        LastChangedAtUtc = input.AtUtc;
        Version++;
        _events.Add(new DetainerEvent(Version, action, from, to, input.Actor, input.AtUtc, input.Reason, input.Evidence));
    }

    private DomainError? CheckInput(TransitionInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Actor)) return new("actor-required", "Say who is acting.");
        if (string.IsNullOrWhiteSpace(input.Reason)) return new("reason-required", "Give the reason for this step.");
        if (input.Evidence is null) return new("evidence-required", "Say what supports this step.");
        if (input.AtUtc.Kind != DateTimeKind.Utc) return new("time-not-utc", "Times are recorded in UTC.");
        var last = LastChangedAtUtc;
        return input.AtUtc < last
            ? new("time-before-last-event", $"{input.AtUtc:u} is before the last recorded step ({last:u}); the timeline only moves forward.")
            : null;
    }

    /// <summary>Past its limit, a hold accepts only its end: the expiry or a release. Nothing else may keep the person longer.</summary>
    private DomainError? CheckHoldLimit(DetainerAction action, DateTime atUtc) =>
        Status == DetainerStatus.HoldActive && atUtc >= HoldEndsAtUtc
            && action is not (DetainerAction.RecordHoldExpiry or DetainerAction.ReleaseDeclined)
            ? new("hold-limit-passed", $"The hold limit passed at {HoldEndsAtUtc:u}; record the expiry and release the person. A hold is never extended.")
            : null;

    private static string CitationOf(AgencyDecision? decision) =>
        decision is null || string.IsNullOrWhiteSpace(decision.Citation) ? "" : $"; {decision.Citation}";

    private static string Describe(AgencyDecision? decision) =>
        decision is null ? "none recorded" : $"{decision.Response}, rule {decision.RuleId}";
}
