using DetainerDesk.Data.Jobs;

namespace DetainerDesk.Data.Notifications;

/// <summary>
/// One e-mail about a notification to one user. Written with the job that sends it; kept afterwards as the record of
/// what was sent, and, without an SMTP server (development, tests), as the mail outbox an administrator reads.
/// </summary>
public sealed class OutgoingMail
{
    public Guid Id { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid NotificationId { get; init; }
    public string? UserId { get; init; }
    public required string To { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    /// <summary>When it left: handed to the SMTP server, or kept in the outbox (see <see cref="Transport"/>).</summary>
    public DateTime? SentAtUtc { get; set; }
    /// <summary>"smtp" or "outbox"; null while it waits.</summary>
    public string? Transport { get; set; }
    public long? JobId { get; set; }
    public OutboxJob? Job { get; set; }
}

public static class MailTransports
{
    public const string Smtp = "smtp";
    public const string Outbox = "outbox";
}
