using DetainerDesk.Domain.Common;
using static DetainerDesk.Domain.Detainers.DetainerStatus;

namespace DetainerDesk.Domain.Detainers;

public enum DetainerAction
{
    Acknowledge = 1,
    RecordDecision = 2,
    RecordService = 3,
    RecordReleaseDate = 4,
    RecordReleaseEligible = 5,
    SendNotification = 6,
    StartHold = 7,
    TransferToIce = 8,
    ReleaseDeclined = 9,
    RecordHoldExpiry = 10,
    RaiseClaim = 11,
    UpholdClaim = 12,
    RejectClaim = 13,
    Lift = 14,
    Void = 15,
    TransferToOtherAgency = 16,
    Close = 17,
}

/// <summary>The table's answer: the state the action leads to, or why it is refused.</summary>
public sealed record TransitionAnswer(DetainerStatus? Target, DomainError? Refusal);

/// <summary>
/// The table of which action may happen in which state (domain brief §2). Every refusal says why. The table knows
/// only states; rules that depend on facts (form, decision, open claim, the hold's end) live in <see cref="Detainer"/>.
/// </summary>
public static class DetainerTransitions
{
    public static DomainError? Check(DetainerStatus from, DetainerAction action) => Decide(from, action).Refusal;

    public static TransitionAnswer Decide(DetainerStatus from, DetainerAction action)
    {
        if (from == Closed)
            return Refuse("detainer-closed", "The detainer is closed; it is kept for the record and accepts no further action.");
        if (DetainerStatuses.IsTerminal(from))
            return action switch
            {
                DetainerAction.Close => To(Closed),
                // A claim raised before the detainer ended still needs its recorded resolution; the status stays.
                DetainerAction.UpholdClaim or DetainerAction.RejectClaim => To(from),
                _ => Refuse("detainer-ended", $"The detainer has ended ({DetainerStatuses.Describe(from)}); it can only be closed."),
            };

        var served = DetainerStatuses.ImpliesService(from);
        var notServed = Refuse("not-served", "The detainer has no effect until it is served on the subject (domain brief §6.2 item 4); record the service first.");
        return action switch
        {
            DetainerAction.Acknowledge => from == Lodged ? To(Received)
                : Refuse("already-acknowledged", "The agency has already acknowledged this detainer; the first receipt stands."),
            DetainerAction.RecordDecision => from switch
            {
                Lodged => Refuse("not-acknowledged", "Acknowledge receipt of the detainer before recording the policy decision."),
                Received => To(PolicyEvaluated),
                HoldActive => Refuse("hold-running", "A hold is running under the recorded decision; to stop it, record the release."),
                _ => To(from), // a re-evaluation, e.g. a judicial warrant arrived; the progress so far stands
            },
            DetainerAction.RecordService => from switch
            {
                Lodged or Received => Refuse("decision-first", "Record the agency's policy decision before serving the detainer (domain brief §2.1 order)."),
                PolicyEvaluated => To(ServedOnSubject),
                _ => Refuse("already-served", "The detainer was already served on the subject; the first service stands."),
            },
            DetainerAction.RecordReleaseDate => from switch
            {
                ServedOnSubject or ReleaseDateKnown => To(ReleaseDateKnown),
                NotificationSent => To(NotificationSent), // the date moved after ICE was told; alerts follow the new date
                ReleaseEligible or HoldActive => Refuse("already-eligible", "The person is already eligible for release; a projected date no longer applies."),
                _ => notServed,
            },
            DetainerAction.RecordReleaseEligible => from switch
            {
                ServedOnSubject or ReleaseDateKnown or NotificationSent => To(ReleaseEligible),
                ReleaseEligible or HoldActive => Refuse("already-eligible", "Release eligibility is already recorded; the hold clock runs from the first moment and is never restarted."),
                _ => notServed,
            },
            DetainerAction.SendNotification => from switch
            {
                ServedOnSubject or ReleaseDateKnown or ReleaseEligible => To(NotificationSent),
                HoldActive => To(HoldActive), // telling ICE that a hold started; the hold's state stands
                NotificationSent => Refuse("already-notified", "ICE has already been told of the release."),
                _ => notServed,
            },
            DetainerAction.StartHold => from switch
            {
                ReleaseEligible or NotificationSent => To(HoldActive),
                HoldActive => Refuse("hold-running", "A hold is already running; a hold is never extended or restarted."),
                _ when served => Refuse("not-eligible", "A hold starts only when the person becomes eligible for release; record the eligibility first."),
                _ => notServed,
            },
            DetainerAction.TransferToIce => served ? To(TransferredToIce) : notServed,
            DetainerAction.ReleaseDeclined => To(ReleasedDeclined),
            DetainerAction.RecordHoldExpiry => from == HoldActive ? To(ReleasedIceNoShow)
                : Refuse("no-hold", "No hold is running, so there is nothing to expire."),
            // A claim blocks holds at once: raised while a hold runs, the hold ends and the person is released.
            DetainerAction.RaiseClaim => from == HoldActive ? To(ReleasedDeclined) : To(from),
            DetainerAction.UpholdClaim => To(Lifted),
            DetainerAction.RejectClaim => To(from),
            DetainerAction.Lift => To(Lifted),
            DetainerAction.Void => To(Voided),
            DetainerAction.TransferToOtherAgency => from == HoldActive
                ? Refuse("hold-running", "The person is being held for ICE; end the hold (transfer to ICE or release) before a transfer to another agency.")
                : To(TransferredToOtherAgency),
            DetainerAction.Close => Refuse("detainer-live", $"The detainer is still live ({DetainerStatuses.Describe(from)}); close it only after it ends."),
        };
    }

    private static TransitionAnswer To(DetainerStatus target) => new(target, null);
    private static TransitionAnswer Refuse(string code, string message) => new(null, new DomainError(code, message));
}
