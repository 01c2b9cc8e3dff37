using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DetainerDesk.Data.Notifications;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Tests.Detainers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using static DetainerDesk.Web.Tests.Notifications.DeliverySteps;

namespace DetainerDesk.Web.Tests.Notifications;

/// <summary>Each notification is mailed to the users of its organisation: by SMTP when a server is configured, else kept in the mail outbox.</summary>
public abstract class MailDeliveryTests(DeliveryFactory app)
{
    // A minute ahead of the app's real clock, so that what the app queued "now" is due for the test's runner.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow.AddMinutes(1));

    private async Task<Guid> LodgeAsync(Guid facility)
    {
        var response = await app.ClientWithKey(app.World.OfficerKey).PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(facility), Ct);
        response.EnsureSuccessStatusCode();
        return Guid.Parse((string)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!);
    }

    private Task<List<OutgoingMail>> MailsAboutAsync(IServiceProvider services, Guid detainer) => WithDbAsync(services, db =>
        (from m in db.OutgoingMails
         join n in db.Notifications on m.NotificationId equals n.Id
         where n.EntityId == detainer.ToString()
         select m).AsNoTracking().ToListAsync(Ct));

    [Fact]
    public async Task Without_an_smtp_server_the_agencys_users_mail_is_kept_in_the_outbox_for_administrators()
    {
        app.SkipIfUnavailable();
        var clerk = $"clerk-{Guid.NewGuid():N}@agency-a.test";
        await AddUserAsync(app.Services, app.World.AgencyAId, clerk);
        var other = $"clerk-{Guid.NewGuid():N}@agency-b.test";
        await AddUserAsync(app.Services, app.World.AgencyBId, other);
        var detainer = await LodgeAsync(app.World.FacilityAId);

        await DrainAsync(app.Services, _clock);

        var mails = await MailsAboutAsync(app.Services, detainer);
        var mail = Assert.Single(mails, m => m.To == clerk);
        Assert.DoesNotContain(mails, m => m.To == other);
        Assert.Equal(MailTransports.Outbox, mail.Transport);
        Assert.NotNull(mail.SentAtUtc);
        Assert.Equal("DetainerDesk: New detainer to acknowledge", mail.Subject);

        var admin = await AddKeyAsync(app.Services, app.World.OfficeId, Roles.Administrator);
        var page = await app.ClientWithKey(admin).GetStringAsync("/Mail/Outbox", Ct);
        Assert.Contains(WebUtility.HtmlEncode(clerk), page);
        Assert.Contains("Kept in outbox", page);
        Assert.Contains("No SMTP server is configured", page);
    }

    [Fact]
    public async Task The_outbox_page_is_for_administrators_only()
    {
        app.SkipIfUnavailable();
        var response = await app.ClientWithKey(app.World.ClerkAKey).GetAsync("/Mail/Outbox", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task With_an_smtp_server_MailKit_delivers_the_message_to_the_user_with_its_subject()
    {
        app.SkipIfUnavailable();
        await using var smtp = new SmtpTestServer();
        await using var mailing = app.WithWebHostBuilder(b => b
            .UseSetting("Mail:Smtp:Host", "127.0.0.1")
            .UseSetting("Mail:Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Mail:Smtp:Security", "None")
            .UseSetting("Mail:Smtp:From", "DetainerDesk <desk@detainerdesk.test>"));
        var clerk = $"clerk-{Guid.NewGuid():N}@agency-b.test";
        await AddUserAsync(app.Services, app.World.AgencyBId, clerk);
        var detainer = await LodgeAsync(app.World.FacilityBId);

        await DrainAsync(mailing.Services, _clock);

        var received = Assert.Single(smtp.Messages, m => m.Recipients.Contains(clerk));
        Assert.Equal("desk@detainerdesk.test", received.From);
        Assert.Equal(new[] { clerk }, received.Recipients);
        var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.ASCII.GetBytes(received.Data)), Ct);
        Assert.Equal("DetainerDesk: New detainer to acknowledge", message.Subject);
        Assert.Contains("Test Pierce County Jail", message.TextBody);
        var mail = Assert.Single(await MailsAboutAsync(app.Services, detainer), m => m.To == clerk);
        Assert.Equal(MailTransports.Smtp, mail.Transport);
    }

    [Fact]
    public async Task When_the_smtp_server_is_down_the_mail_waits_and_is_retried()
    {
        app.SkipIfUnavailable();
        int closedPort;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        await using var mailing = app.WithWebHostBuilder(b => b
            .UseSetting("Mail:Smtp:Host", "127.0.0.1")
            .UseSetting("Mail:Smtp:Port", closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Mail:Smtp:Security", "None"));
        var clerk = $"clerk-{Guid.NewGuid():N}@agency-a.test";
        await AddUserAsync(app.Services, app.World.AgencyAId, clerk);
        var detainer = await LodgeAsync(app.World.FacilityAId);

        await DrainAsync(mailing.Services, _clock);

        var mail = Assert.Single(await MailsAboutAsync(app.Services, detainer), m => m.To == clerk);
        Assert.Null(mail.SentAtUtc);
        var job = await WithDbAsync(app.Services, db => db.OutboxJobs.AsNoTracking().SingleAsync(j => j.Id == mail.JobId, Ct));
        Assert.Equal(1, job.Attempts);
        Assert.NotNull(job.LastError);
        Assert.Null(job.DeadLetteredAtUtc);
        Assert.True(job.DueAtUtc > _clock.GetUtcNow().UtcDateTime, "the retry waits for its back-off");
    }
}

public sealed class SqliteMailDeliveryTests(SqliteDeliveryFactory app) : MailDeliveryTests(app), IClassFixture<SqliteDeliveryFactory>;
public sealed class PostgresMailDeliveryTests(PostgresDeliveryFactory app) : MailDeliveryTests(app), IClassFixture<PostgresDeliveryFactory>;
