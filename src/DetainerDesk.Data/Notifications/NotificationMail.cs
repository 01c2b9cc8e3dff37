namespace DetainerDesk.Data.Notifications;

/// <summary>The e-mail for a notification: its title and text, which by design carry no names, and where to read more.</summary>
public static class NotificationMail
{
    public static OutgoingMail Compose(Notification notification, string organisation, string userId, string to, Guid id, DateTime nowUtc) => new()
    {
        Id = id,
        OrganisationId = notification.OrganisationId,
        NotificationId = notification.Id,
        UserId = userId,
        To = to,
        Subject = Truncate($"DetainerDesk: {notification.Title}", 300),
        Body = Truncate(
            $"""
            {notification.Body}

            Sign in to DetainerDesk and open the inbox to see the record.
            You receive this message as a user of {organisation}.
            """, 4000),
        CreatedAtUtc = nowUtc,
    };

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
