using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DetainerDesk.Web.Infrastructure;

/// <summary>RFC 9457 problem details as the API writes them: status, title, a detail a person can act on, and a stable code.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult Problem(int status, string title, string detail, string? code = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title,
            extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code });

    public static ProblemHttpResult DetainerNotFound(Guid id) =>
        Problem(404, "Detainer not found.", $"No detainer {id} is visible to your organisation.");

    /// <summary>The version the caller last saw, from If-Match ("3" or 3); null when absent or unreadable.</summary>
    public static int? ReadIfMatch(HttpRequest request) =>
        int.TryParse(request.Headers.IfMatch.ToString().Trim().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}
