using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DetainerDesk.Web.Features.Detainers;

public sealed record RaiseClaimRequest(ClaimKind Kind, string Source, string? Reference = null, string? Note = null);
public sealed record ResolveClaimRequest(ClaimResolution Resolution, string Reason, string? Reference = null);

/// <summary>
/// Citizenship and crime-victim claims (domain brief §6.2 item 1): anyone who can see the detainer may raise one; it
/// blocks holds at once (a running hold ends), tells the issuing office and the holding agency, and stays open until
/// ICE records a resolution.
/// </summary>
public static class DetainerClaimsApi
{
    public static void MapDetainerClaimsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/detainers/{id:guid}/claims").WithTags("Detainer lifecycle").ProducesProblem(404).ProducesProblem(409)
            .WithIdempotencyKeys();
        group.MapPost("/", Raise).RequireAuthorization(Policies.ReadDetainers)
            .WithSummary("Raise a citizenship or victim claim; any running hold ends at once and no hold may start while it is open");
        group.MapPost("/resolve", Resolve).RequireAuthorization(Policies.LodgeDetainers)
            .WithSummary("ICE records the claim's resolution: upheld lifts the detainer, rejected closes the claim");
    }

    private static Task<Results<Ok<DetainerResponse>, ProblemHttpResult>> Raise(
        Guid id, RaiseClaimRequest body, HttpContext http, DetainerStepHandler steps, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var input = new TransitionInput(http.GetCaller().ActorId, clock.GetUtcNow().UtcDateTime, $"{body.Kind} claim raised",
            new TransitionEvidence(body.Source ?? "", body.Reference, body.Note));
        return DetainerLifecycleApi.StepAsync(http, steps, db, id, DetainerSteps.AuditAction(DetainerAction.RaiseClaim), ct,
            DetainerSteps.RaiseClaim(db, clock, body.Kind, input));
    }

    private static Task<Results<Ok<DetainerResponse>, ProblemHttpResult>> Resolve(
        Guid id, ResolveClaimRequest body, HttpContext http, DetainerStepHandler steps, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        DetainerLifecycleApi.Step(http, steps, db, id, DetainerSteps.AuditAction(DetainerAction.RejectClaim), ct, d => d.ResolveClaim(body.Resolution,
            new TransitionInput(http.GetCaller().ActorId, clock.GetUtcNow().UtcDateTime, body.Reason ?? "", new TransitionEvidence(http.GetCaller().DisplayName, body.Reference))));
}
