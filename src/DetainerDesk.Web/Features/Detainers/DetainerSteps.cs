using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.Policies;
using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>
/// The steps whose effects go beyond the aggregate — notices, jobs, the law — written once, for the detainer page and
/// the API alike: each front reads and checks its own input, then hands the same step to <see cref="DetainerStepHandler"/>.
/// Two copies of a step drifted apart before (the page told ICE release dates the law kept from it), so neither front
/// adds a notice or a job of its own.
/// </summary>
public static class DetainerSteps
{
    /// <summary>The audit action of each step, the same whichever front took it.</summary>
    public static string AuditAction(DetainerAction action) => "detainer." + action switch
    {
        DetainerAction.RecordDecision => "decision",
        DetainerAction.RecordService => "service",
        DetainerAction.RecordReleaseDate => "release-date",
        DetainerAction.RecordReleaseEligible => "release-eligible",
        DetainerAction.SendNotification => "notification",
        DetainerAction.StartHold => "hold",
        DetainerAction.TransferToIce => "transfer",
        DetainerAction.ReleaseDeclined => "release-declined",
        DetainerAction.RaiseClaim => "claim-raise",
        DetainerAction.UpholdClaim or DetainerAction.RejectClaim => "claim-resolve",
        DetainerAction.Lift => "lift",
        DetainerAction.Void => "void",
        DetainerAction.Close => "close",
        DetainerAction.TransferToOtherAgency => "transfer-agency",
        DetainerAction.RecordHoldExpiry => "hold-expiry",
        DetainerAction.Acknowledge => "acknowledge",
    };

    /// <summary>
    /// Sets or changes the projected release date. ICE is alerted, through the outbox, only where it may lawfully be told
    /// (<see cref="ReleaseDateJob.IceMayBeTold"/>); the job checks again when it runs. <paramref name="input"/> turns
    /// the step's own reason (with the date in facility time) into the caller's input.
    /// </summary>
    public static Func<Detainer, Task<DomainError?>> ReleaseDate(AppDbContext db, DateTime releaseUtc, Func<string, TransitionInput> input, CancellationToken ct) =>
        async d =>
        {
            var text = FacilityClock.Format(releaseUtc, await ZoneAsync(db, d, ct));
            var previous = d.ReleaseDateUtc;
            var step = input(previous is null ? $"Release date set: {text}" : $"Release date changed to {text}");
            var refusal = d.RecordReleaseDate(releaseUtc, step);
            if (refusal is null && previous != releaseUtc && ReleaseDateJob.IceMayBeTold(d))
                ReleaseDateJob.Enqueue(db, d.Id, changed: previous is not null, step.AtUtc);
            return refusal;
        };

    /// <summary>Tells ICE of the release: refused where the decision forbids it, unless a legal basis (with its document) overrides it.</summary>
    public static Func<Detainer, Task<DomainError?>> Notify(AppDbContext db, TimeProvider clock, TransitionInput input, string? legalBasis, CancellationToken ct) =>
        async d =>
        {
            var basis = string.IsNullOrWhiteSpace(legalBasis) ? null : legalBasis.Trim();
            var refusal = d.SendNotification(input, basis);
            if (refusal is null) DetainerNotices.ReleaseNotice(db, clock, d, await ZoneAsync(db, d, ct), basis);
            return refusal;
        };

    /// <summary>Starts the hold at most 48 hours from eligibility (the facility's zone decides the local limit) and queues its clock.</summary>
    public static Func<Detainer, Task<DomainError?>> Hold(AppDbContext db, TransitionInput input, CancellationToken ct) =>
        async d => HoldClockJobs.StartHold(db, d, await ZoneAsync(db, d, ct), input);

    /// <summary>
    /// The hand-over to ICE custody, held to the transfer answer of the detainer's stored policy evaluation (a live one
    /// only for a detainer lodged before evaluations were stored): refused with the rule's citation, and the condition's
    /// text where the law allows it only if one holds, unless a legal basis such as a judicial warrant is recorded.
    /// </summary>
    public static Func<Detainer, Task<DomainError?>> TransferToIce(AppDbContext db, TransitionInput input, string? legalBasis, CancellationToken ct) =>
        async d =>
        {
            var law = await PolicyEvaluations.LatestAsync(db, d.Id, ct)
                ?? (await PolicyPrediction.EvaluateAsync(db, DetainerPolicyFacts.Of(d), ct)).Decision;
            return d.RecordTransferToIce(input, law.TransferToIce, legalBasis);
        };

    /// <summary>A claim blocks holds at once; both sides are told in the same unit of work.</summary>
    public static Func<Detainer, Task<DomainError?>> RaiseClaim(AppDbContext db, TimeProvider clock, ClaimKind kind, TransitionInput input) =>
        d =>
        {
            var refusal = d.RaiseClaim(kind, input);
            if (refusal is null) DetainerNotices.ClaimRaised(db, clock, d, kind, input.Evidence.Source);
            return Task.FromResult(refusal);
        };

    /// <summary>The issuing office lifts (or records the voiding of) the detainer; the holding agency is told at once.</summary>
    public static Func<Detainer, Task<DomainError?>> End(AppDbContext db, TimeProvider clock, DetainerAction how, TransitionInput input) =>
        d =>
        {
            var wasHolding = d.Status == DetainerStatus.HoldActive;
            var refusal = how switch
            {
                DetainerAction.Lift => d.Lift(input),
                DetainerAction.Void => d.Void(input),
                _ => throw new ArgumentOutOfRangeException(nameof(how), how, "Only a lift or a void ends a detainer this way."),
            };
            if (refusal is null) DetainerNotices.Ended(db, clock, d, how, wasHolding, input.Reason);
            return Task.FromResult(refusal);
        };

    /// <summary>A step that touches only the aggregate, in the shape the handler takes.</summary>
    public static Func<Detainer, Task<DomainError?>> Only(Func<Detainer, DomainError?> step) => d => Task.FromResult(step(d));

    private static async Task<string> ZoneAsync(AppDbContext db, Detainer d, CancellationToken ct) =>
        await db.Facilities.Where(f => f.Id == d.FacilityId).Select(f => f.TimeZone).SingleOrDefaultAsync(ct) ?? "UTC";
}
