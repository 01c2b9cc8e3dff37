namespace DetainerDesk.Data.Notifications;

/// <summary>An in-app message to an organisation (and optionally one user in it), e.g. "a detainer was lodged with you".</summary>
public sealed class Notification
{
    public Guid Id { get; init; }
    public Guid OrganisationId { get; init; }
    public string? UserId { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public string? EntityType { get; init; }
    public string? EntityId { get; init; }
    /// <summary>The job that created it: a unique key, so a retried job never notifies twice.</summary>
    public long? SourceJobId { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime? ReadAtUtc { get; set; }
}
