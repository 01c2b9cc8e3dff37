using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DetainerDesk.Web.Infrastructure;

/// <summary>
/// The caller's own event id on a POST ("Idempotency-Key: jms-event-4711"): a retried request gets the first answer
/// again and creates nothing. Applied once per route group; see <see cref="IdempotencyFilter"/> for the rules.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 200;

    public static TBuilder WithIdempotencyKeys<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        // The filter compares the raw body, which parameter binding has read before any filter runs. A final
        // convention wraps the finished request delegate so the body is buffered first and can be read again.
        builder.Finally(endpoint =>
        {
            if (endpoint.RequestDelegate is not { } inner) return;
            endpoint.RequestDelegate = http =>
            {
                if (http.Request.Headers.ContainsKey(Header)) http.Request.EnableBuffering();
                return inner(http);
            };
        });
        builder.AddEndpointFilter<TBuilder, IdempotencyFilter>();
        builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            if (!HttpMethods.IsPost(context.Description.HttpMethod ?? "")) return Task.CompletedTask;
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = "Your system's own id for this event (at most 200 characters). A retry with the same id and the same body "
                    + "gets the first answer again and changes nothing; the same id with another body is refused (422); while the first "
                    + "request is still running a retry gets 409. Only successful answers are kept, so a refused request may be retried.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = MaxLength },
            });
            return Task.CompletedTask;
        });
        return builder;
    }
}
