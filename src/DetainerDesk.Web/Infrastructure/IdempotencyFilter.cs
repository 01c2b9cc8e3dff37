using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Idempotency;
using DetainerDesk.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DetainerDesk.Web.Infrastructure;

/// <summary>
/// Replays the stored answer to a POST retried with the same Idempotency-Key, per organisation:
/// <list type="bullet">
/// <item>first time: the key is reserved (a row, committed before the work starts), the endpoint runs, and a
/// successful answer (2xx) is stored with it; any other answer releases the key, since nothing was created;</item>
/// <item>same key, same method, path and body: the stored status and body, byte for byte, and nothing runs;</item>
/// <item>same key, another request: 422; same key while the first is still running: 409 (the unique index on
/// organisation and key lets only one of two simultaneous retries reserve it).</item>
/// </list>
/// The filter's rows live in its own unit of work, apart from the endpoint's.
/// </summary>
public sealed class IdempotencyFilter(IServiceScopeFactory scopes, TimeProvider clock) : IEndpointFilter
{
    /// <summary>A reservation older than this belongs to a request that died half-way (nothing was committed); it may be taken over.</summary>
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Headers.TryGetValue(IdempotencyKeys.Header, out var header))
            return await next(context);

        var key = header.ToString().Trim();
        if (key.Length is 0 or > IdempotencyKeys.MaxLength || key.Any(char.IsControl))
            return ApiProblems.Problem(400, "The Idempotency-Key header is not valid.",
                $"Send your event id as 1 to {IdempotencyKeys.MaxLength} printable characters.", "idempotency-key-invalid");

        var caller = http.GetCaller();
        var ct = http.RequestAborted;
        var hash = await HashAsync(http.Request, ct);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audit = new AuditLog(db, clock);
        var now = clock.GetUtcNow().UtcDateTime;

        var existing = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.OrganisationId == caller.OrganisationId && r.Key == key, ct);
        if (existing is not null && existing.RequestHash != hash)
        {
            await audit.RecordAsync(caller.Actor, "api.idempotency-mismatch", "IdempotencyRecord", existing.Id.ToString(CultureInfo.InvariantCulture), AuditOutcomes.Refused, $"key={key}", ct);
            return ApiProblems.Problem(422, "The Idempotency-Key was already used for another request.",
                $"Event id '{key}' was first sent with a different method, path or body. Send a new event id for a new request.", "idempotency-key-reused");
        }
        if (existing is { StatusCode: { } status })
        {
            await audit.RecordAsync(caller.Actor, "api.idempotent-replay", "IdempotencyRecord", existing.Id.ToString(CultureInfo.InvariantCulture),
                details: $"key={key};path={http.Request.Path};status={status}", cancellationToken: ct);
            return new StoredResponse(status, existing.ContentType, existing.Location, existing.ETag, existing.ResponseBody ?? [], Replayed: true);
        }
        if (existing is not null)
        {
            if (existing.CreatedAtUtc > now - Abandoned) return InProgress(key);
            await db.IdempotencyRecords.Where(r => r.Id == existing.Id && r.StatusCode == null).ExecuteDeleteAsync(ct);
        }

        var reservation = new IdempotencyRecord { OrganisationId = caller.OrganisationId, Key = key, RequestHash = hash, CreatedAtUtc = now };
        db.IdempotencyRecords.Add(reservation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            return InProgress(key);
        }

        StoredResponse answer;
        try
        {
            var result = await next(context);
            if (result is not IResult executable)
            {
                await ReleaseAsync(db, reservation.Id);
                return result;
            }
            answer = await CaptureAsync(http, executable);
        }
        catch
        {
            await ReleaseAsync(db, reservation.Id);
            throw;
        }

        if (answer.Status is >= 200 and < 300)
            await db.IdempotencyRecords.Where(r => r.Id == reservation.Id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.StatusCode, answer.Status)
                .SetProperty(r => r.ContentType, answer.ContentType)
                .SetProperty(r => r.Location, answer.Location)
                .SetProperty(r => r.ETag, answer.ETag)
                .SetProperty(r => r.ResponseBody, answer.Body)
                .SetProperty(r => r.CompletedAtUtc, clock.GetUtcNow().UtcDateTime), CancellationToken.None);
        else
            await ReleaseAsync(db, reservation.Id);
        return answer;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult InProgress(string key) =>
        ApiProblems.Problem(409, "A request with this Idempotency-Key is still running.",
            $"Event id '{key}' is being processed. Retry in a moment to get its answer.", "idempotency-key-in-progress");

    // The work was not kept (refused, failed or threw), so the same event id may be sent again.
    private static Task ReleaseAsync(AppDbContext db, long id) =>
        db.IdempotencyRecords.Where(r => r.Id == id && r.StatusCode == null).ExecuteDeleteAsync(CancellationToken.None);

    private static async Task<string> HashAsync(HttpRequest request, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        if (request.Body.CanSeek)
        {
            request.Body.Position = 0;
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(buffer, ct)) > 0) sha.AppendData(buffer, 0, read);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Runs the endpoint's result into memory, so the same bytes go to the caller now and to a retry later.</summary>
    private static async Task<StoredResponse> CaptureAsync(HttpContext http, IResult result)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await result.ExecuteAsync(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        var headers = http.Response.Headers;
        return new StoredResponse(http.Response.StatusCode, http.Response.ContentType,
            headers.Location.Count > 0 ? headers.Location.ToString() : null, headers.ETag.Count > 0 ? headers.ETag.ToString() : null, buffer.ToArray(), Replayed: false);
    }

    private static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } or SqliteException { SqliteErrorCode: 19 };
}

/// <summary>An answer as it was first given: status, the headers a client acts on, and the exact body.</summary>
public sealed record StoredResponse(int Status, string? ContentType, string? Location, string? ETag, byte[] Body, bool Replayed) : IResult
{
    public async Task ExecuteAsync(HttpContext http)
    {
        http.Response.StatusCode = Status;
        if (ContentType is not null) http.Response.ContentType = ContentType;
        if (Location is not null) http.Response.Headers.Location = Location;
        if (ETag is not null) http.Response.Headers.ETag = ETag;
        if (Replayed) http.Response.Headers["Idempotent-Replayed"] = "true";
        http.Response.ContentLength = Body.Length;
        await http.Response.Body.WriteAsync(Body);
    }
}
