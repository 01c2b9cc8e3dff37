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
        var group = routes.MapGroup("/api/v1/detainers").WithTags("Detainers").RequireAuthorization(Policies.ReadDetainers).WithIdempotencyKeys();
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
        return TypedResults.Created($"/api/v1/detainers/{details.Id}", await DetainerLifecycleApi.ResponseAsync(db, details, ct));
    }

    private static async Task<Results<Ok<DetainerResponse>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, AppDbContext db, AuditLog audit, CancellationToken ct)
    {
        var caller = http.GetCaller();
        var details = await DetainerQueries.FindAsync(db, caller, id, ct);
        await audit.RecordAsync(caller.Actor, "detainer.read", "Detainer", id.ToString(), details is null ? AuditOutcomes.Denied : AuditOutcomes.Success, cancellationToken: ct);
        if (details is null) return ApiProblems.DetainerNotFound(id);
        http.Response.Headers.ETag = ETagOf(details.Version);
        return TypedResults.Ok(await DetainerLifecycleApi.ResponseAsync(db, details, ct));
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

    private static Task<Results<Ok<DetainerResponse>, ProblemHttpResult>> Acknowledge(
        Guid id, HttpContext http, DetainerStepHandler steps, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        DetainerLifecycleApi.Step(http, steps, db, id, "detainer.acknowledge", ct,
            d => d.Acknowledge(http.GetCaller().ActorId, clock.GetUtcNow().UtcDateTime));

    private static string ETagOf(int version) => $"\"{version}\"";

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
