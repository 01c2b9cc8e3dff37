using MailKit.Security;

namespace DetainerDesk.Web.Features.Mail;

/// <summary>
/// Mail:Smtp. Without a Host (development, tests) nothing leaves the machine: mail is kept in the outbox table and
/// shown on the administrator's mail outbox page.
/// </summary>
public sealed class MailOptions
{
    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }
        public int Port { get; set; } = 587;
        public string From { get; set; } = "DetainerDesk <no-reply@detainerdesk.invalid>";
        /// <summary>TLS by default; None only for a local relay or a test listener.</summary>
        public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;
        public string? UserName { get; set; }
        public string? Password { get; set; }
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    }

    public bool SendsBySmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}
