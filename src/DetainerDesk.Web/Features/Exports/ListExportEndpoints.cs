using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Calendar;
using DetainerDesk.Domain.Cooperation;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Features.Jurisdictions;
using DetainerDesk.Web.Features.Mail;
using DetainerDesk.Web.Features.Notifications;
using DetainerDesk.Web.Features.Webhooks;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using JurisdictionList = DetainerDesk.Web.Features.Jurisdictions.IndexModel;

namespace DetainerDesk.Web.Features.Exports;

/// <summary>
/// `GET …/Export?format=csv|xlsx` beside each list page: the rows the page shows, from the page's own query and
/// scope, under the page's own authorization, without the page's display limit. Audited like the detainer export.
/// </summary>
public static class ListExportEndpoints
{
    /// <summary>The pages show the newest 100 or 200 entries; a download holds the whole list.</summary>
    private const int All = int.MaxValue;

    public static void MapListExports(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/Jurisdictions/Export", JurisdictionsAsync).RequireAuthorization(Policies.ReadDetainers).ExcludeFromDescription();
        routes.MapGet("/Notifications/Export", NotificationsAsync).RequireAuthorization().ExcludeFromDescription();
        routes.MapGet("/Webhooks/Export", WebhooksAsync).RequireAuthorization(NotificationDeliverySetup.ManageWebhooks).ExcludeFromDescription();
        var administrators = new AuthorizeAttribute { Roles = Roles.Administrator };
        routes.MapGet("/Mail/Outbox/Export", MailOutboxAsync).RequireAuthorization(administrators).ExcludeFromDescription();
        routes.MapGet("/Webhooks/DeadLetters/Export", DeadLettersAsync).RequireAuthorization(administrators).ExcludeFromDescription();
    }

    private static readonly string[] JurisdictionHeaders =
    [
        "state", "county", "county_fips", "law_in_force", "agencies", "facilities", "received",
        .. CooperationOutcomes.All.Select(o => o.ToString().ToLowerInvariant()),
    ];

    /// <summary>The jurisdictions table of one fiscal year (the page's year choice), counted in the caller's scope.</summary>
    private static async Task<IResult> JurisdictionsAsync(HttpContext http, AppDbContext db, AuditLog audit, TimeProvider clock, string? format, int? fy, CancellationToken ct)
    {
        var scope = CooperationScope.For(http.GetCaller());
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var year = (await JurisdictionQueries.FiscalYearsAsync(db, scope, FiscalYear.Of(today), ct)).Pick(fy);
        var rows = await JurisdictionList.RowsAsync(db, scope, year, JurisdictionQueries.PolicyDay(year, today), ct);
        return await TableDownload.SendAsync(http, audit, clock, format, $"jurisdictions-fy{year.Year}", JurisdictionHeaders,
            TableDownload.Rows(rows, r => (string?[])
            [
                r.County.StateName, r.County.Name, r.County.Fips, PolicyCategories.Describe(r.Policy), TableDownload.Number(r.Agencies),
                TableDownload.Number(r.Facilities), TableDownload.Number(r.Figures.Received),
                .. CooperationOutcomes.All.Select(o => TableDownload.Number(r.Figures[o])),
            ]),
            "jurisdictions.export", "County", $"fy={year.Year}", ct);
    }

    private static readonly string[] NotificationHeaders = ["created_at_utc", "kind", "title", "body", "about", "about_id", "read_at_utc"];

    /// <summary>The caller's inbox: their organisation's notifications and their own.</summary>
    private static async Task<IResult> NotificationsAsync(HttpContext http, AppDbContext db, AuditLog audit, TimeProvider clock, string? format, CancellationToken ct)
    {
        var items = await NotificationQueries.LatestAsync(db, http.GetCaller(), unreadOnly: false, take: All, ct);
        return await TableDownload.SendAsync(http, audit, clock, format, "notifications", NotificationHeaders,
            TableDownload.Rows(items, n => (string?[])[TableDownload.Utc(n.CreatedAtUtc), n.Kind, n.Title, n.Body, n.EntityType, n.EntityId, TableDownload.Utc(n.ReadAtUtc)]),
            "notification.export", "Notification", null, ct);
    }

    private static readonly string[] WebhookHeaders = ["subscription_id", "receiver_url", "event_types", "created_at_utc"];

    /// <summary>The organisation's active webhook subscriptions (never their secrets).</summary>
    private static async Task<IResult> WebhooksAsync(HttpContext http, AppDbContext db, AuditLog audit, TimeProvider clock, string? format, CancellationToken ct)
    {
        var subscriptions = (await WebhookCommands.ListAsync(db, http.GetCaller(), ct)).Select(s => s.ToResponse());
        return await TableDownload.SendAsync(http, audit, clock, format, "webhooks", WebhookHeaders,
            TableDownload.Rows(subscriptions, s => (string?[])[s.Id.ToString(), s.Url, string.Join(' ', s.EventTypes), TableDownload.Utc(s.CreatedAt)]),
            "webhook.export", "WebhookSubscription", null, ct);
    }

    private static readonly string[] MailHeaders = ["mail_id", "organisation", "to", "subject", "body", "created_at_utc", "status", "sent_at_utc", "transport", "attempts", "last_error", "failed_at_utc"];

    /// <summary>The platform's mail outbox, for administrators (the whole platform's, as on the page).</summary>
    private static async Task<IResult> MailOutboxAsync(HttpContext http, AppDbContext db, AuditLog audit, TimeProvider clock, string? format, CancellationToken ct)
    {
        var items = await MailOutboxQuery.LatestAsync(db, take: All, ct);
        return await TableDownload.SendAsync(http, audit, clock, format, "mail-outbox", MailHeaders,
            TableDownload.Rows(items, m => (string?[])
            [
                m.Id.ToString(), m.Organisation, m.To, m.Subject, m.Body, TableDownload.Utc(m.CreatedAtUtc), OutboxModel.StatusOf(m),
                TableDownload.Utc(m.SentAtUtc), m.Transport, TableDownload.Number(m.Attempts), m.LastError, TableDownload.Utc(m.DeadLetteredAtUtc),
            ]),
            "mail.export", "OutgoingMail", null, ct);
    }

    private static readonly string[] DeadLetterHeaders = ["delivery_id", "organisation", "receiver_url", "event_type", "created_at_utc", "attempts", "last_error", "failed_at_utc"];

    /// <summary>Webhook deliveries that failed every attempt, for administrators.</summary>
    private static async Task<IResult> DeadLettersAsync(HttpContext http, AppDbContext db, AuditLog audit, TimeProvider clock, string? format, CancellationToken ct)
    {
        var items = await DeadLetterQueries.ListAsync(db, take: All, ct);
        return await TableDownload.SendAsync(http, audit, clock, format, "webhook-dead-letters", DeadLetterHeaders,
            TableDownload.Rows(items, d => (string?[])
            [
                d.Id.ToString(), d.Organisation, d.Url, d.EventType, TableDownload.Utc(d.CreatedAtUtc), TableDownload.Number(d.Attempts), d.LastError,
                TableDownload.Utc(d.DeadLetteredAtUtc),
            ]),
            "webhook.dead-letter.export", "WebhookDelivery", null, ct);
    }
}
