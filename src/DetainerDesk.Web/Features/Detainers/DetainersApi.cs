using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>/api/v1/detainers: the detainer journey for jail systems and ICE tools.</summary>
public static class DetainersApi
{
    public static RouteGroupBuilder MapDetainersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/detainers").WithTags("Detainers").RequireAuthorization(Policies.ReadDetainers);
        group.MapPost("/", Lodge).RequireAuthorization(Policies.LodgeDetainers).ProducesProblem(400).WithName("LodgeDetainer")
            .WithSummary("Lodge a detainer with the agency holding the person");
        group.MapGet("/{id:guid}", Get).ProducesProblem(404).WithName("GetDetainer").WithSummary("One detainer, if the caller's organisation may see it");
        group.MapGet("/", List).WithName("ListDetainers").WithSummary("Detainers the caller's organisation may see, newest first");
        group.MapPost("/{id:guid}/acknowledge", Acknowledge).RequireAuthorization(Policies.AcknowledgeDetainers)
            .ProducesProblem(404).ProducesProblem(409).WithName("AcknowledgeDetainer").WithSummary("The receiving agency acknowledges receipt");
        return group;
    }

    private static async Task<Results<Created<DetainerResponse>, ValidationProblem>> Lodge(
        LodgeDetainerRequest request, HttpContext http, LodgeDetainerHandler handler, AppDbContext db, CancellationToken ct)
    {
        var caller = http.GetCaller();
        var result = await handler.HandleAsync(caller, request.ToCommand(), ct);
        if (!result.Succeeded) return TypedResults.ValidationProblem(ToApiErrors(result.Errors), title: "The detainer was not lodged.");
        var details = (await DetainerQueries.FindAsync(db, caller, result.Value, ct))!;
        http.Response.Headers.ETag = ETagOf(details.Version);
        return TypedResults.Created($"/api/v1/detainers/{details.Id}", DetainerResponse.From(details));
    }

    private static async Task<Results<Ok<DetainerResponse>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, AppDbContext db, AuditLog audit, CancellationToken ct)
    {
        var caller = http.GetCaller();
        var details = await DetainerQueries.FindAsync(db, caller, id, ct);
        await audit.RecordAsync(caller.Actor, "detainer.read", "Detainer", id.ToString(), details is null ? AuditOutcomes.Denied : AuditOutcomes.Success, cancellationToken: ct);
        if (details is null) return NotFound(id);
        http.Response.Headers.ETag = ETagOf(details.Version);
        return TypedResults.Ok(DetainerResponse.From(details));
    }

    private static async Task<Ok<DetainerListResponse>> List(
        HttpContext http, AppDbContext db, AuditLog audit, CancellationToken ct,
        DetainerStatus? status = null, Guid? facility = null, int page = 1, int pageSize = 25)
    {
        var caller = http.GetCaller();
        var result = await DetainerQueries.ListAsync(db, caller, new DetainerFilter(status, facility, page, pageSize), ct);
        await audit.RecordAsync(caller.Actor, "detainer.list", "Detainer", null, details: $"status={status};facility={facility};page={result.Page};rows={result.Items.Count}", cancellationToken: ct);
        var items = result.Items.Select(i => new DetainerSummaryResponse(i.Id, i.Status, i.FormType, i.SubjectName,
            new FacilityRef(i.FacilityId, i.FacilityName), i.AgencyName, i.IssuingOfficeCode, i.LodgedAtUtc, i.ReceivedAtUtc)).ToList();
        return TypedResults.Ok(new DetainerListResponse(items, result.Total, result.Page, result.PageSize));
    }

    private static async Task<Results<Ok<DetainerResponse>, ProblemHttpResult>> Acknowledge(
        Guid id, HttpContext http, DetainerStepHandler steps, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.GetCaller();
        var outcome = await steps.AcknowledgeAsync(caller, id, ReadIfMatch(http.Request), clock.GetUtcNow().UtcDateTime, ct);
        switch (outcome)
        {
            case StepOutcome.NotFound:
                return NotFound(id);
            case StepOutcome.StaleVersion stale:
                return Problem(409, "The detainer has changed.", $"You acted on version {ReadIfMatch(http.Request)}, but it is now version {stale.CurrentVersion}. Reload it and try again.");
            case StepOutcome.Refused refused:
                return Problem(409, "The detainer cannot be acknowledged.", refused.Error.Message, refused.Error.Code);
        }
        var details = (await DetainerQueries.FindAsync(db, caller, id, ct))!;
        http.Response.Headers.ETag = ETagOf(details.Version);
        return TypedResults.Ok(DetainerResponse.From(details));
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        Problem(404, "Detainer not found.", $"No detainer {id} is visible to your organisation.");

    private static ProblemHttpResult Problem(int status, string title, string detail, string? code = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title,
            extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code });

    private static string ETagOf(int version) => $"\"{version}\"";

    private static int? ReadIfMatch(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString().Trim().Trim('"');
        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>Domain field paths ("Subject.FamilyName") become the JSON paths of the request ("subject.familyName").</summary>
    public static Dictionary<string, string[]> ToApiErrors(IEnumerable<DomainError> errors) => errors
        .GroupBy(e => ApiField(e.Field))
        .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());

    private static string ApiField(string? field) => field switch
    {
        null => "",
        "Basis" => "probableCause",
        "WarrantKind" => "warrant.kind",
        "WarrantNumber" => "warrant.number",
        "WarrantDate" => "warrant.date",
        _ => string.Join('.', field.Split('.').Select(p => char.ToLowerInvariant(p[0]) + p[1..])),
    };
}
