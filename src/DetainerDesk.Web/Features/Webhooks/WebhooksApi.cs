using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
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

    private static async Task<Ok<List<WebhookResponse>>> List(HttpContext http, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await WebhookCommands.ListAsync(db, http.GetCaller(), ct)).Select(s => s.ToResponse()).ToList());

    private static async Task<Results<Created<CreatedWebhookResponse>, ValidationProblem>> Create(CreateWebhookRequest request, HttpContext http,
        AppDbContext db, WebhookSecrets secrets, IOptions<WebhookOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var errors = WebhookRules.Validate(request, options.Value.AllowHttp);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The subscription is not valid.");
        var created = await WebhookCommands.CreateAsync(db, secrets, clock, http.GetCaller(), request.Url!, request.EventTypes!, ct);
        // The answer carries the secret: no cache may keep it.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/api/v1/webhooks/{created.Id}", created);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        await WebhookCommands.DeleteAsync(db, clock, http.GetCaller(), id, ct)
            ? TypedResults.NoContent()
            : ApiProblems.Problem(404, "Webhook subscription not found.", $"No subscription {id} belongs to your organisation.", "webhook-not-found");
}
