using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Notifications;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DetainerDesk.Web.Features.Webhooks;

/// <summary>/api/v1/webhooks: an organisation's subscriptions to its own notifications; no one sees another's.</summary>
public static class WebhooksApi
{
    public static RouteGroupBuilder MapWebhooksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/webhooks").WithTags("Webhooks").RequireAuthorization(NotificationDeliverySetup.ManageWebhooks);
        group.MapGet("/", List).WithName("ListWebhooks").WithSummary("The caller organisation's webhook subscriptions");
        group.MapPost("/", Create).ProducesValidationProblem().WithName("CreateWebhook")
            .WithSummary("Subscribe a URL to notification kinds; the answer holds the signing secret, shown only this once");
        group.MapDelete("/{id:guid}", Delete).ProducesProblem(404).WithName("DeleteWebhook").WithSummary("Stop deliveries to a subscription");
        return group;
    }

    private static async Task<Ok<List<WebhookResponse>>> List(HttpContext http, AppDbContext db, CancellationToken ct)
    {
        var caller = http.GetCaller();
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.OrganisationId == caller.OrganisationId && s.DeletedAtUtc == null)
            .OrderBy(s => s.CreatedAtUtc).ThenBy(s => s.Id)
            .ToListAsync(ct);
        return TypedResults.Ok(subscriptions.Select(s => s.ToResponse()).ToList());
    }

    private static async Task<Results<Created<CreatedWebhookResponse>, ValidationProblem>> Create(CreateWebhookRequest request, HttpContext http,
        AppDbContext db, WebhookSecrets secrets, IOptions<WebhookOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var errors = WebhookRules.Validate(request, options.Value.AllowHttp);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The subscription is not valid.");

        var caller = http.GetCaller();
        var secret = WebhookSecrets.Generate();
        var subscription = new WebhookSubscription
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            OrganisationId = caller.OrganisationId,
            Url = request.Url!,
            EventTypes = string.Join(' ', request.EventTypes!.Distinct(StringComparer.Ordinal)),
            ProtectedSecret = secrets.Protect(secret),
            CreatedBy = caller.ActorId,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.WebhookSubscriptions.Add(subscription);
        new AuditLog(db, clock).Add(caller.Actor, "webhook.create", "WebhookSubscription", subscription.Id.ToString(), details: $"url={subscription.Url};events={subscription.EventTypes}");
        await db.SaveChangesAsync(ct);
        var created = subscription.ToResponse();
        return TypedResults.Created($"/api/v1/webhooks/{subscription.Id}", new CreatedWebhookResponse(created.Id, created.Url, created.EventTypes, created.CreatedAt, secret));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.GetCaller();
        var subscription = await db.WebhookSubscriptions
            .SingleOrDefaultAsync(s => s.Id == id && s.OrganisationId == caller.OrganisationId && s.DeletedAtUtc == null, ct);
        if (subscription is null)
            return ApiProblems.Problem(404, "Webhook subscription not found.", $"No subscription {id} belongs to your organisation.", "webhook-not-found");
        subscription.DeletedAtUtc = clock.GetUtcNow().UtcDateTime;
        new AuditLog(db, clock).Add(caller.Actor, "webhook.delete", "WebhookSubscription", subscription.Id.ToString());
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
