using System.Text.Json;

namespace DetainerDesk.Data.Notifications;

/// <summary>The JSON an agency system receives: the delivery id (the receiver's idempotency key), the kind, and the notification.</summary>
public sealed record WebhookEnvelope(Guid Id, string Type, DateTime CreatedAt, Guid OrganisationId, WebhookEnvelope.Content Notification)
{
    public sealed record Content(Guid Id, string Title, string Body, string? EntityType, string? EntityId);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(Guid deliveryId, Notification n) => JsonSerializer.Serialize(
        new WebhookEnvelope(deliveryId, n.Kind, n.CreatedAtUtc, n.OrganisationId, new Content(n.Id, n.Title, n.Body, n.EntityType, n.EntityId)), Json);
}
