using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DetainerDesk.Web.Infrastructure;

/// <summary>Describes the API-key scheme in the OpenAPI document so the interactive reference can send a key.</summary>
public sealed class OpenApiSecurity : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "DetainerDesk API";
        document.Info.Description = "Detainers for jail and prison systems and ICE tools. Authenticate with an API key: `Authorization: ApiKey dd_…`. Errors are RFC 9457 problem details.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["ApiKey"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "A key created with `detainerdesk apikeys create`.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiKey", document)] = [] });
        return Task.CompletedTask;
    }
}
