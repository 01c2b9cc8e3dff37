namespace DetainerDesk.Domain.Detainers;

/// <summary>Where a detainer is in its life (domain brief §2.1). Values are stored; never renumber them.</summary>
public enum DetainerStatus
{
    /// <summary>Issued by ICE and sent to the agency holding the person.</summary>
    Lodged = 1,
    /// <summary>The receiving agency has logged its receipt.</summary>
    Received = 2,
    /// <summary>The agency recorded what its policy lets it do (hold, notify only, decline, judicial warrant required).</summary>
    PolicyEvaluated = 3,
    /// <summary>The subject was given a copy; only from now does the detainer take effect (§6.2 item 4).</summary>
    ServedOnSubject = 4,
    /// <summary>A projected or actual release date is recorded.</summary>
    ReleaseDateKnown = 5,
    /// <summary>The person would be released now but for the detainer; the hold clock runs from this moment.</summary>
    ReleaseEligible = 6,
    /// <summary>ICE was told of the pending release.</summary>
    NotificationSent = 7,
    /// <summary>Releasable but held for ICE; the hold clock is running.</summary>
    HoldActive = 8,
    /// <summary>ICE took custody. Terminal.</summary>
    TransferredToIce = 9,
    /// <summary>Released without transfer because of policy or the agency's choice, with evidence. Terminal.</summary>
    ReleasedDeclined = 10,
    /// <summary>The hold reached its limit without ICE taking custody; the person was released. Terminal.</summary>
    ReleasedIceNoShow = 11,
    /// <summary>Cancelled by the issuing office (citizenship shown, wrong person, priorities). Terminal.</summary>
    Lifted = 12,
    /// <summary>Invalidated by a court or settlement. Terminal.</summary>
    Voided = 13,
    /// <summary>The person went to another agency and the detainer follows them there. Terminal here.</summary>
    TransferredToOtherAgency = 14,
    /// <summary>Kept for the record only; accepts nothing.</summary>
    Closed = 15,
}

public static class DetainerStatuses
{
    public static string Describe(DetainerStatus status) => status switch
    {
        DetainerStatus.Lodged => "Lodged",
        DetainerStatus.Received => "Received by agency",
        DetainerStatus.PolicyEvaluated => "Policy decision recorded",
        DetainerStatus.ServedOnSubject => "Served on subject",
        DetainerStatus.ReleaseDateKnown => "Release date known",
        DetainerStatus.ReleaseEligible => "Eligible for release",
        DetainerStatus.NotificationSent => "ICE notified of release",
        DetainerStatus.HoldActive => "Hold active",
        DetainerStatus.TransferredToIce => "Transferred to ICE",
        DetainerStatus.ReleasedDeclined => "Released – declined",
        DetainerStatus.ReleasedIceNoShow => "Released – ICE did not come",
        DetainerStatus.Lifted => "Lifted",
        DetainerStatus.Voided => "Voided",
        DetainerStatus.TransferredToOtherAgency => "Transferred to another agency",
        DetainerStatus.Closed => "Closed",
    };

    /// <summary>Whether the detainer has ended. An ended detainer accepts only Close (and the outcome of a claim raised earlier).</summary>
    public static bool IsTerminal(DetainerStatus status) => status switch
    {
        DetainerStatus.Lodged or DetainerStatus.Received or DetainerStatus.PolicyEvaluated or DetainerStatus.ServedOnSubject
            or DetainerStatus.ReleaseDateKnown or DetainerStatus.ReleaseEligible or DetainerStatus.NotificationSent
            or DetainerStatus.HoldActive => false,
        DetainerStatus.TransferredToIce or DetainerStatus.ReleasedDeclined or DetainerStatus.ReleasedIceNoShow
            or DetainerStatus.Lifted or DetainerStatus.Voided or DetainerStatus.TransferredToOtherAgency
            or DetainerStatus.Closed => true,
    };

    /// <summary>Whether the detainer has been served on the subject by the time it reached this state.</summary>
    public static bool ImpliesService(DetainerStatus status) => status is DetainerStatus.ServedOnSubject
        or DetainerStatus.ReleaseDateKnown or DetainerStatus.ReleaseEligible or DetainerStatus.NotificationSent
        or DetainerStatus.HoldActive or DetainerStatus.TransferredToIce or DetainerStatus.ReleasedIceNoShow;
}
