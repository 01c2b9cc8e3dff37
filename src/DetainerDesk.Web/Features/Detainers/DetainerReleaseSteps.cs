using DetainerDesk.Data.Notifications;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Infrastructure;
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
        var releaseUtc = releaseAt.UtcDateTime;
        return DetainerLifecycleApi.Step(http, steps, db, id, "detainer.release-date", ct, d =>
        {
            var previous = d.ReleaseDateUtc;
            var input = DetainerLifecycleApi.Input(http, clock, new EvidenceRequest(null, body.Reference, body.Note, body.Reason),
                previous is null ? "Projected release date set" : "Projected release date changed");
            var refusal = d.RecordReleaseDate(releaseUtc, input);
            if (refusal is null && previous != releaseUtc && ReleaseDateJob.IceMayBeTold(d))
                ReleaseDateJob.Enqueue(db, d.Id, changed: previous is not null, input.AtUtc);
            return refusal;
        });
    }

    public static Task<Results<Ok<DetainerResponse>, ProblemHttpResult>> Notify(
        Guid id, ReleaseNoticeRequest body, HttpContext http, DetainerStepHandler steps, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var basis = string.IsNullOrWhiteSpace(body.LegalBasis) ? null : body.LegalBasis.Trim();
        // With a legal basis the document behind it must be named: the caller's own name is no evidence of a warrant.
        var evidence = new EvidenceRequest(basis is null ? body.Source : body.Source ?? "", body.Reference, body.Note, body.Reason);
        return DetainerLifecycleApi.Step(http, steps, db, id, "detainer.notification", ct, d =>
        {
            var refusal = d.SendNotification(DetainerLifecycleApi.Input(http, clock, evidence, "ICE told of the release"), basis);
            if (refusal is not null) return refusal;
            var when = d.ReleaseDateUtc is { } release
                ? $"The person is expected to be released at {release:yyyy-MM-dd HH:mm} UTC."
                : "No release date is recorded yet.";
            var legal = basis is null ? "" : $" The agency gave this notice on the legal basis: {basis}.";
            db.Notifications.Add(Notification.AboutDetainer(clock, d.IssuingOfficeId, d.Id, "detainer.release-notice",
                "Release notice from the holding agency", when + legal));
            return null;
        });
    }

    /// <summary>A 400 validation problem (RFC 9457 with an errors map) in the ProblemHttpResult the steps already return.</summary>
    public static ProblemHttpResult Invalid(string field, string message, string title) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title,
        });
}
