using System.Text.RegularExpressions;
using DetainerDesk.Data.Notifications;

namespace DetainerDesk.Web.Features.Webhooks;

public sealed record CreateWebhookRequest(string? Url, IReadOnlyList<string>? EventTypes);

public sealed record WebhookResponse(Guid Id, string Url, IReadOnlyList<string> EventTypes, DateTime CreatedAt);

/// <summary>The answer to a new subscription: the only time the secret is shown.</summary>
public sealed record CreatedWebhookResponse(Guid Id, string Url, IReadOnlyList<string> EventTypes, DateTime CreatedAt, string Secret);

public static partial class WebhookRules
{
    public const int MaxEventTypes = 20;

    public static WebhookResponse ToResponse(this WebhookSubscription s) => new(s.Id, s.Url, s.EventTypeList, s.CreatedAtUtc);

    /// <summary>The request's errors by field, empty when it is valid; the URL must be https unless Webhooks:AllowHttp.</summary>
    public static Dictionary<string, string[]> Validate(CreateWebhookRequest request, bool allowHttp)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            errors["url"] = ["Enter the absolute https URL that should receive the notifications."];
        else if (url.Scheme == "http" && !allowHttp)
            errors["url"] = ["The URL must use https: notifications travel outside DetainerDesk."];
        else if (!string.IsNullOrEmpty(url.UserInfo))
            errors["url"] = ["Do not put a user name or password in the URL; deliveries are signed instead."];
        else if (request.Url!.Length > 2000)
            errors["url"] = ["The URL is longer than 2,000 characters."];

        var types = request.EventTypes ?? [];
        if (types.Count == 0)
            errors["eventTypes"] = ["Name at least one event type (a notification kind such as \"detainer.lodged\"), or \"*\" for all."];
        else if (types.Count > MaxEventTypes)
            errors["eventTypes"] = [$"Name at most {MaxEventTypes} event types."];
        else if (types.FirstOrDefault(t => t != WebhookSubscription.AllEvents && !EventType().IsMatch(t)) is { } bad)
            errors["eventTypes"] = [$"\"{bad}\" is not an event type: use lower-case kinds such as \"detainer.lodged\", or \"*\"."];
        return errors;
    }

    [GeneratedRegex(@"^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+$")]
    private static partial Regex EventType();
}
