namespace DetainerDesk.Data.Notifications;

/// <summary>
/// An agency system that wants an organisation's notifications POSTed to it, signed with a secret only the two
/// sides know. The secret is kept protected (ASP.NET Core Data Protection) because the server must read it to sign.
/// </summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; init; }
    public Guid OrganisationId { get; init; }
    public required string Url { get; init; }
    /// <summary>Space-separated notification kinds ("detainer.lodged hold.alert"), or "*" for every kind.</summary>
    public required string EventTypes { get; init; }
    public required string ProtectedSecret { get; init; }
    public required string CreatedBy { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    /// <summary>Deleted subscriptions are kept for the delivery history but receive nothing more.</summary>
    public DateTime? DeletedAtUtc { get; set; }

    public const string AllEvents = "*";

    public IReadOnlyList<string> EventTypeList => EventTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool Wants(string kind) => EventTypeList.Any(t => t == AllEvents || t == kind);
}
