using DetainerDesk.Domain.Common;
using static DetainerDesk.Domain.AtLarge.CaseStatus;

namespace DetainerDesk.Domain.AtLarge;

/// <summary>
/// Which step may happen in which state: open → assigned → located → arrested, or closed with a reason from any
/// unfinished state. A team may be changed while the case is assigned or located. Every refusal says why.
/// </summary>
public static class CaseTransitions
{
    public static (CaseStatus? Target, DomainError? Refusal) Decide(CaseStatus from, CaseAction action)
    {
        if (from == Arrested) return Refuse("case-arrested", "The person has been arrested; the case is finished and accepts no further step.");
        if (from == Closed) return Refuse("case-closed", "The case is closed; it is kept for the record and accepts no further step.");
        return action switch
        {
            CaseAction.Open => Refuse("case-already-open", "The case is already open."),
            CaseAction.Assign => (from == Open ? Assigned : from, null),
            CaseAction.Locate => from switch
            {
                Open => Refuse("not-assigned", "Assign the case to a team before recording that the person was located."),
                Located => Refuse("already-located", "The person is already located; record the arrest or close the case."),
                _ => (Located, null),
            },
            CaseAction.RecordArrest => from switch
            {
                Open => Refuse("not-assigned", "Assign the case to a team, and record where the person was located, before the arrest."),
                Assigned => Refuse("not-located", "Record where the person was located before the arrest."),
                _ => (Arrested, null),
            },
            CaseAction.Close => (Closed, null),
            _ => Refuse("action-unknown", $"Unknown step {action}."),
        };
    }

    private static (CaseStatus?, DomainError?) Refuse(string code, string message) => (null, new DomainError(code, message));
}
