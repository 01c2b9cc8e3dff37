using DetainerDesk.Data.Jobs;

namespace DetainerDesk.Data.Notifications;

/// <summary>
/// One notification to one subscription. The body is fixed when the delivery is queued, so every retry sends the same
/// bytes (only the timestamp and signature change); the job carries attempts, the last error and the dead-letter mark.
/// </summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; init; }
    public Guid SubscriptionId { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid NotificationId { get; init; }
    public required string EventType { get; init; }
    public required string Body { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime? DeliveredAtUtc { get; set; }
    public int? StatusCode { get; set; }
    public long? JobId { get; set; }
    public OutboxJob? Job { get; set; }
}
