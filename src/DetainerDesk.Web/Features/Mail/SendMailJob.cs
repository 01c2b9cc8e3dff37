using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Notifications;
using DetainerDesk.Data.Persistence;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DetainerDesk.Web.Features.Mail;

/// <summary>
/// Sends one queued e-mail through the SMTP server, or, when none is configured, keeps it in the outbox. A failure
/// (server down, recipient refused) throws, and the job runner retries it with back-off.
/// </summary>
public sealed class SendMailJob(IOptions<MailOptions> options, TimeProvider clock) : IJobHandler
{
    public string Kind => NotificationDelivery.MailJobKind;

    public async Task HandleAsync(OutboxJob job, AppDbContext db, CancellationToken ct)
    {
        var id = JobQueue.ReadPayload<NotificationDelivery.Payload>(job).Id;
        var mail = await db.OutgoingMails.SingleOrDefaultAsync(m => m.Id == id, ct)
            ?? throw new InvalidOperationException($"Mail {id} does not exist.");
        if (mail.SentAtUtc is not null) return;

        var settings = options.Value;
        if (settings.SendsBySmtp) await SendAsync(settings.Smtp, mail, ct);
        mail.Transport = settings.SendsBySmtp ? MailTransports.Smtp : MailTransports.Outbox;
        mail.SentAtUtc = clock.GetUtcNow().UtcDateTime;
    }

    private static async Task SendAsync(MailOptions.SmtpOptions smtp, OutgoingMail mail, CancellationToken ct)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.MessageId = $"{mail.Id:N}@detainerdesk";
        message.Body = new TextPart("plain") { Text = mail.Body };

        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, ct);
        if (!string.IsNullOrEmpty(smtp.UserName))
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
