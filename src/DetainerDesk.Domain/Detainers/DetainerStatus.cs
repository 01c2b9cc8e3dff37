namespace DetainerDesk.Domain.Detainers;

/// <summary>Where a detainer is in its life. The full lifecycle of domain brief §2 grows from these first two states.</summary>
public enum DetainerStatus
{
    /// <summary>Issued by ICE and sent to the agency holding the person.</summary>
    Lodged = 1,
    /// <summary>The receiving agency has logged its receipt.</summary>
    Received = 2,
}

public static class DetainerStatuses
{
    public static string Describe(DetainerStatus status) => status switch
    {
        DetainerStatus.Lodged => "Lodged",
        DetainerStatus.Received => "Received by agency",
    };
}
