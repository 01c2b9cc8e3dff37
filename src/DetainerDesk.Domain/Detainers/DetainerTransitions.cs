using DetainerDesk.Domain.Common;

namespace DetainerDesk.Domain.Detainers;

public enum DetainerAction
{
    Acknowledge = 1,
}

/// <summary>The table of which action may happen in which state. Every refusal says why.</summary>
public static class DetainerTransitions
{
    public static DomainError? Check(DetainerStatus from, DetainerAction action) => (from, action) switch
    {
        (DetainerStatus.Lodged, DetainerAction.Acknowledge) => null,
        (DetainerStatus.Received, DetainerAction.Acknowledge) =>
            new DomainError("already-acknowledged", "The agency has already acknowledged this detainer; the first receipt stands."),
        _ => new DomainError("transition-not-allowed", $"A detainer that is {DetainerStatuses.Describe(from)} cannot be {action}d."),
    };

}
