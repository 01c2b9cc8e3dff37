namespace DetainerDesk.Domain.Detainers;

/// <summary>What supports a transition: where the fact came from (a document, a system, a person), a reference into it, a note.</summary>
public sealed record TransitionEvidence(string Source, string? Reference = null, string? Note = null)
{
    /// <summary>"Unknown" is not a source: domain brief §6.2 item 10 forbids recording an unknown outcome as declined.</summary>
    public bool HasSource => !string.IsNullOrWhiteSpace(Source) && !Source.Trim().Equals("unknown", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Who acts, when (UTC, passed in by the caller — the domain never reads a clock), why, and on what evidence.</summary>
public sealed record TransitionInput(string Actor, DateTime AtUtc, string Reason, TransitionEvidence Evidence);

/// <summary>One entry of the detainer's timeline.</summary>
public sealed record DetainerEvent(
    int Version,
    DetainerAction Action,
    DetainerStatus From,
    DetainerStatus To,
    string Actor,
    DateTime AtUtc,
    string Reason,
    TransitionEvidence Evidence);

/// <summary>What the agency's policy lets it do with this detainer (domain brief §2.1 PolicyEvaluated).</summary>
public enum AgencyResponse
{
    HonourHold = 1,
    NotifyOnly = 2,
    Decline = 3,
    RequiresJudicialWarrant = 4,
}

/// <summary>
/// The recorded outcome of the agency's policy evaluation, with the rule that decided it (§2.2 invariant 2).
/// The policy engine computes it; the detainer only keeps it and enforces what it allows.
/// </summary>
public sealed record AgencyDecision(AgencyResponse Response, string RuleId, string Citation)
{
    public bool AllowsHold => Response == AgencyResponse.HonourHold;
    public bool AllowsNotification => Response is AgencyResponse.HonourHold or AgencyResponse.NotifyOnly;
}

/// <summary>Why the person became eligible for release (Humboldt County's list, domain brief §2.3).</summary>
public enum ReleaseTrigger
{
    BondPostedOrOwnRecognizance = 1,
    SentenceServed = 2,
    ChargesDroppedOrDismissed = 3,
    Acquittal = 4,
    PretrialDiversion = 5,
    OtherwiseReleasable = 6,
}

/// <summary>A claim that the subject is a US citizen or a crime victim (domain brief §2.2 invariant 5, §6.2 item 1).</summary>
public enum ClaimKind
{
    Citizenship = 1,
    CrimeVictim = 2,
}

public enum ClaimResolution
{
    /// <summary>The claim stands: the detainer is lifted.</summary>
    Upheld = 1,
    /// <summary>The claim was examined and rejected: it no longer blocks a hold.</summary>
    Rejected = 2,
}
