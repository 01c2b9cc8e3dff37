namespace DetainerDesk.Domain.AtLarge;

/// <summary>Where an at-large case stands (issue 7). Values are stored; never renumber them.</summary>
public enum CaseStatus
{
    Open = 1,
    Assigned = 2,
    Located = 3,
    Arrested = 4,
    Closed = 5,
}

public enum CaseAction
{
    Open = 1,
    Assign = 2,
    Locate = 3,
    RecordArrest = 4,
    Close = 5,
}

/// <summary>How a case came about. Values are stored.</summary>
public enum CaseOrigin
{
    /// <summary>A detainer ended in release without transfer (declined, or ICE did not come); opened by the system, linked to the detainer.</summary>
    ReleasedWithoutTransfer = 1,
    /// <summary>A person with a final order of removal who did not depart or report.</summary>
    FinalOrderFugitive = 2,
    /// <summary>A person who re-entered after removal.</summary>
    ReentryAfterRemoval = 3,
    /// <summary>A tip: a lead only, never probable cause (domain brief §6.2 item 11).</summary>
    Tip = 4,
}

/// <summary>Why a case closed without an arrest by the team. Values are stored.</summary>
public enum CloseReason
{
    InCustodyElsewhere = 1,
    Departed = 2,
    StatusResolved = 3,
    WrongPerson = 4,
    Lifted = 5,
}

public static class CaseStatuses
{
    public static bool IsFinished(CaseStatus status) => status is CaseStatus.Arrested or CaseStatus.Closed;

    public static string Describe(CaseStatus status) => status switch
    {
        CaseStatus.Open => "Open",
        CaseStatus.Assigned => "Assigned to a team",
        CaseStatus.Located => "Located",
        CaseStatus.Arrested => "Arrested",
        CaseStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string Describe(CaseOrigin origin) => origin switch
    {
        CaseOrigin.ReleasedWithoutTransfer => "Released without transfer despite a detainer",
        CaseOrigin.FinalOrderFugitive => "Final-order fugitive",
        CaseOrigin.ReentryAfterRemoval => "Re-entry after removal",
        CaseOrigin.Tip => "Tip (a lead, not probable cause)",
        _ => origin.ToString(),
    };

    public static string Describe(CloseReason reason) => reason switch
    {
        CloseReason.InCustodyElsewhere => "In custody elsewhere",
        CloseReason.Departed => "Departed the United States",
        CloseReason.StatusResolved => "Immigration status resolved",
        CloseReason.WrongPerson => "Wrong person",
        CloseReason.Lifted => "Lifted",
        _ => reason.ToString(),
    };
}
