namespace DetainerDesk.Web.Infrastructure;

/// <summary>Headers every response carries: no framing, no MIME sniffing, no referrer, scripts only from our own origin.</summary>
public static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // The interactive API reference is a third-party page with inline script; it gets its own, looser policy.
            if (!context.Request.Path.StartsWithSegments("/scalar"))
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            else
                headers.ContentSecurityPolicy = "frame-ancestors 'none'";
            return Task.CompletedTask;
        });
        await next();
    });
}
