using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DetainerDesk.Web.Features.Mail;

/// <summary>The mail outbox: every e-mail the platform sent or would have sent (without an SMTP server, it is kept here).</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class OutboxModel(AppDbContext db, IOptions<MailOptions> options) : PageModel
{
    public IReadOnlyList<MailOutboxItem> Items { get; private set; } = [];
    public bool SendsBySmtp => options.Value.SendsBySmtp;

    public async Task OnGetAsync(CancellationToken ct) => Items = await MailOutboxQuery.LatestAsync(db, take: 200, ct);

    public static string StatusOf(MailOutboxItem item) => item switch
    {
        { DeadLetteredAtUtc: not null } => "Failed",
        { SentAtUtc: null, Attempts: > 0 } => "Retrying",
        { SentAtUtc: null } => "Waiting",
        { Transport: "smtp" } => "Sent",
        _ => "Kept in outbox",
    };
}
