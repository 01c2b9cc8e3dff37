using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DetainerDesk.Web.Infrastructure;

/// <summary>
/// Maps the closed list of expected exceptions to RFC 9457 problem details on the API: unreadable bodies (400),
/// concurrent changes and unique-key clashes (409). Anything else stays a logged 500; pages get the error page.
/// </summary>
public sealed class ProblemExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => Problem(400, "The request body is not valid JSON for this endpoint.", Describe(json)),
            BadHttpRequestException bad => Problem(bad.StatusCode, "The request could not be read.", bad.Message),
            DbUpdateConcurrencyException => Problem(409, "The record was changed by someone else.", "Reload it and try again."),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } or
            DbUpdateException { InnerException: SqliteException { SqliteErrorCode: 19 } } => Problem(409, "The record already exists.", "A record with the same key was saved at the same time."),
            _ => null,
        };
        // By now the middleware has pointed Request.Path at the error page; the feature keeps the path that failed.
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path.Value ?? "";
        if (problem is null || !path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)) return false;

        http.Response.StatusCode = problem.Status!.Value;
        await http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
        return true;
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static string Describe(JsonException json)
    {
        var where = string.IsNullOrEmpty(json.Path) ? "" : $" at {json.Path}";
        var line = json.LineNumber is { } l ? $" (line {l + 1}, byte {json.BytePositionInLine + 1})" : "";
        return $"The value{where}{line} could not be read: {json.Message.Split(" Path:", 2)[0]}";
    }
}
