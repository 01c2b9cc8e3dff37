using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>
/// What the agency says about the release: its projected date, and the notice to ICE. Release dates are information
/// sanctuary laws may forbid sharing (domain brief §6.2 item 14): ICE hears of one only where the notice is lawful.
/// </summary>
public static class DetainerReleaseSteps
{
    public static Task<Results<Ok<DetainerResponse>, ProblemHttpResult>> ReleaseDate(
        Guid id, ReleaseDateRequest body, HttpContext http, DetainerStepHandler steps, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (body.ReleaseAt is not { } releaseAt)
            return Task.FromResult<Results<Ok<DetainerResponse>, ProblemHttpResult>>(Invalid("releaseAt",
                "Give the release date and time with its UTC offset, e.g. 2026-12-03T17:00:00-06:00.", "The release date was not recorded."));
        return DetainerLifecycleApi.StepAsync(http, steps, db, id, DetainerSteps.AuditAction(DetainerAction.RecordReleaseDate), ct,
            DetainerSteps.ReleaseDate(db, releaseAt.UtcDateTime,
                reason => DetainerLifecycleApi.Input(http, clock, new EvidenceRequest(null, body.Reference, body.Note, body.Reason), reason), ct));
    }

    public static Task<Results<Ok<DetainerResponse>, ProblemHttpResult>> Notify(
        Guid id, ReleaseNoticeRequest body, HttpContext http, DetainerStepHandler steps, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var evidence = new EvidenceRequest(DetainerLifecycleApi.LegalBasisSource(body.LegalBasis, body.Source), body.Reference, body.Note, body.Reason);
        return DetainerLifecycleApi.StepAsync(http, steps, db, id, DetainerSteps.AuditAction(DetainerAction.SendNotification), ct,
            DetainerSteps.Notify(db, clock, DetainerLifecycleApi.Input(http, clock, evidence, "ICE told of the release"), body.LegalBasis, ct));
    }

    /// <summary>A 400 validation problem (RFC 9457 with an errors map) in the ProblemHttpResult the steps already return.</summary>
    public static ProblemHttpResult Invalid(string field, string message, string title) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title,
        });
}
