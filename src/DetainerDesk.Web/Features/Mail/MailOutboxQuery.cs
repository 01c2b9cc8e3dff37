using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Mail;

public sealed record MailOutboxItem(Guid Id, string Organisation, string To, string Subject, string Body, DateTime CreatedAtUtc,
    DateTime? SentAtUtc, string? Transport, int Attempts, string? LastError, DateTime? DeadLetteredAtUtc);

/// <summary>The newest mail, sent or waiting, for administrators; the whole platform's, since they run it.</summary>
public static class MailOutboxQuery
{
    public static Task<List<MailOutboxItem>> LatestAsync(AppDbContext db, int take, CancellationToken ct) =>
        (from m in db.OutgoingMails
         join o in db.Organisations on m.OrganisationId equals o.Id
         orderby m.CreatedAtUtc descending, m.Id
         select new MailOutboxItem(m.Id, o.Name, m.To, m.Subject, m.Body, m.CreatedAtUtc, m.SentAtUtc, m.Transport,
             m.Job == null ? 0 : m.Job.Attempts, m.Job == null ? null : m.Job.LastError, m.Job == null ? null : m.Job.DeadLetteredAtUtc))
        .Take(take)
        .AsNoTracking()
        .ToListAsync(ct);
}
