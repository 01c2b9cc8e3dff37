using DetainerDesk.Domain.Detainers;

namespace DetainerDesk.Domain.Cooperation;

/// <summary>
/// How a detainer ended, as the cooperation record counts it (issue 4). Values are shown and compared, never stored.
/// An open detainer is not yet anything: it is never counted as declined (domain brief §6.2 item 10).
/// </summary>
public enum CooperationOutcome
{
    /// <summary>Still live, or closed without a known end: the answer is not known yet.</summary>
    Open = 0,
    /// <summary>Transferred to ICE custody.</summary>
    Honoured = 1,
    /// <summary>ICE was told of the release, nobody was held, and the person was released on schedule.</summary>
    NotificationOnly = 2,
    /// <summary>Released without notice, hold or transfer, with evidence of the decline.</summary>
    Declined = 3,
    /// <summary>Held, then released without transfer: ICE did not come before the limit (or a claim ended the hold).</summary>
    IceNoShow = 4,
    /// <summary>Cancelled by the issuing office or voided by a court.</summary>
    Lifted = 5,
    /// <summary>The person went to another agency and the detainer with them.</summary>
    MovedToOtherAgency = 6,
}

/// <summary>The facts of one detainer the classification reads; all are columns of the detainer (or its close event).</summary>
/// <param name="Status">The current status.</param>
/// <param name="StatusBeforeClose">For a closed detainer, the ended state it was closed from; null when unknown or not closed.</param>
/// <param name="Notified">ICE was told of the release.</param>
/// <param name="Held">A hold was started.</param>
public readonly record struct ObservedFacts(DetainerStatus Status, DetainerStatus? StatusBeforeClose, bool Notified, bool Held);

public static class CooperationOutcomes
{
    public static IReadOnlyList<CooperationOutcome> All { get; } = Enum.GetValues<CooperationOutcome>();

    public static CooperationOutcome Classify(ObservedFacts facts)
    {
        var status = facts.Status == DetainerStatus.Closed ? facts.StatusBeforeClose : facts.Status;
        return status switch
        {
            DetainerStatus.TransferredToIce => CooperationOutcome.Honoured,
            DetainerStatus.ReleasedIceNoShow => CooperationOutcome.IceNoShow,
            // A release during a hold (a claim ended it) is not a decline: the agency honoured the hold until then.
            // The agency told ICE and let the person go when due: it answered with a notification only.
            DetainerStatus.ReleasedDeclined when facts.Held => CooperationOutcome.IceNoShow,
            DetainerStatus.ReleasedDeclined when facts.Notified => CooperationOutcome.NotificationOnly,
            DetainerStatus.ReleasedDeclined => CooperationOutcome.Declined,
            DetainerStatus.Lifted or DetainerStatus.Voided => CooperationOutcome.Lifted,
            DetainerStatus.TransferredToOtherAgency => CooperationOutcome.MovedToOtherAgency,
            _ => CooperationOutcome.Open,
        };
    }

    public static string Describe(CooperationOutcome outcome) => outcome switch
    {
        CooperationOutcome.Open => "Open or unknown",
        CooperationOutcome.Honoured => "Honoured (transferred to ICE)",
        CooperationOutcome.NotificationOnly => "Notification only",
        CooperationOutcome.Declined => "Declined (with evidence)",
        CooperationOutcome.IceNoShow => "Held; released without transfer",
        CooperationOutcome.Lifted => "Lifted or voided",
        CooperationOutcome.MovedToOtherAgency => "Moved to another agency",
    };

    /// <summary>Outcomes where the agency gave its answer and ICE acted on it or not; the denominator of a decline rate.</summary>
    public static bool IsAgencyAnswer(CooperationOutcome outcome) => outcome is CooperationOutcome.Honoured
        or CooperationOutcome.NotificationOnly or CooperationOutcome.Declined or CooperationOutcome.IceNoShow;
}
