using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Domain.Cooperation;

/// <summary>A recorded answer that contradicts what the law predicts. Either the record or the rule set is wrong; both matter.</summary>
public enum MismatchKind
{
    /// <summary>A hold was recorded (decided or started) where the law forbids holds.</summary>
    HeldWhereForbidden = 1,
    /// <summary>ICE was told of the release where the law forbids it.</summary>
    NotifiedWhereForbidden = 2,
    /// <summary>The person was transferred to ICE where the law forbids the transfer.</summary>
    TransferredWhereForbidden = 3,
    /// <summary>Declined (decided or released without notice) where state law requires honouring the detainer.</summary>
    DeclinedWhereRequired = 4,
}

/// <summary>What the agency recorded about one detainer: its decision, whether it held or notified, and how it ended.</summary>
public readonly record struct ObservedAnswer(AgencyResponse? Decision, bool Held, bool Notified, CooperationOutcome Outcome);

public static class PolicyMismatches
{
    /// <summary>
    /// Every contradiction between the recorded answer and the predicted verdicts. "Allowed only if" is never a
    /// mismatch: the condition (a listed conviction, counsel's check) is not in the data, so it cannot be judged.
    /// </summary>
    public static IReadOnlyList<MismatchKind> Find(PolicyDecision predicted, ObservedAnswer observed)
    {
        var found = new List<MismatchKind>();
        if ((observed.Held || observed.Decision == AgencyResponse.HonourHold) && predicted.HoldOnDetainer.Verdict == PolicyVerdict.Forbidden)
            found.Add(MismatchKind.HeldWhereForbidden);
        if (observed.Notified && predicted.NotifyReleaseDate.Verdict == PolicyVerdict.Forbidden)
            found.Add(MismatchKind.NotifiedWhereForbidden);
        if (observed.Outcome == CooperationOutcome.Honoured && predicted.TransferToIce.Verdict == PolicyVerdict.Forbidden)
            found.Add(MismatchKind.TransferredWhereForbidden);
        if ((observed.Decision == AgencyResponse.Decline || observed.Outcome == CooperationOutcome.Declined)
            && predicted.HoldOnDetainer.Verdict == PolicyVerdict.Required)
            found.Add(MismatchKind.DeclinedWhereRequired);
        return found;
    }

    /// <summary>The answer that the mismatch contradicts, so the page can cite its rule.</summary>
    public static PolicyAnswer Contradicted(PolicyDecision predicted, MismatchKind kind) => kind switch
    {
        MismatchKind.HeldWhereForbidden or MismatchKind.DeclinedWhereRequired => predicted.HoldOnDetainer,
        MismatchKind.NotifiedWhereForbidden => predicted.NotifyReleaseDate,
        MismatchKind.TransferredWhereForbidden => predicted.TransferToIce,
    };

    public static string Describe(MismatchKind kind) => kind switch
    {
        MismatchKind.HeldWhereForbidden => "Hold recorded where the law forbids holds",
        MismatchKind.NotifiedWhereForbidden => "ICE notified where the law forbids it",
        MismatchKind.TransferredWhereForbidden => "Transferred to ICE where the law forbids it",
        MismatchKind.DeclinedWhereRequired => "Declined where state law requires honouring",
    };
}
