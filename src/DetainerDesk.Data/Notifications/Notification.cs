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

    /// <summary>A message to an organisation about one detainer; its id is time-ordered like the rest.</summary>
    public static Notification AboutDetainer(TimeProvider clock, Guid organisationId, Guid detainerId, string kind, string title, string body,
        long? sourceJobId = null) => new()
    {
        Id = Guid.CreateVersion7(clock.GetUtcNow()),
        OrganisationId = organisationId,
        Kind = kind,
        Title = title,
        Body = body,
        EntityType = "Detainer",
        EntityId = detainerId.ToString(),
        SourceJobId = sourceJobId,
        CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
    };
}
