using DetainerDesk.Domain.Detainers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DetainerDesk.Domain.Tests.Detainers;

/// <summary>
/// The invariants of domain brief §2.2 and §6.2 over random runs: a fresh lodged detainer, up to 60 random actions at
/// random times with random arguments, refusals ignored, the invariant checked after every step.
/// A failing run throws with the step that broke it; FsCheck prints the run.
/// </summary>
public sealed class LifecycleProperties
{
    private const int Runs = 10_000;

    private static Property ForEveryStep(Arbitrary<Run> runs, Action<Run, Observation> check) => Prop.ForAll(runs, (Run run) =>
    {
        foreach (var step in LifecycleDriver.Play(run).Log) check(run, step);
    });

    private static void Require(bool holds, Observation step, string rule)
    {
        if (!holds) throw new InvalidOperationException($"{rule}: {step.Move} at {step.At:u} from {step.Before} → {step.After} ({step.Refusal?.Code ?? "accepted"})");
    }

    [Property(MaxTest = Runs)]
    public Property A_hold_starts_only_on_a_hold_form_after_service_with_an_honouring_decision_and_no_open_claim() =>
        ForEveryStep(LifecycleDriver.AnyForm, (run, step) =>
        {
            if (step.After.Status != DetainerStatus.HoldActive || step.Before.Status == DetainerStatus.HoldActive) return;
            Require(DetainerForms.AsksForHold(run.Form), step, "form never holds");
            Require(step.After.ServedAtUtc <= step.At, step, "not served");
            Require(step.After.Decision is { Response: AgencyResponse.HonourHold }, step, "decision does not allow a hold");
            Require(step.After.OpenClaim is null, step, "claim open");
            Require(step.After.EligibleAtUtc <= step.At && step.At < step.After.HoldEndsAtUtc, step, "outside the hold window");
        });

    [Property(MaxTest = Runs)]
    public Property Detainers_on_notification_only_forms_never_hold() =>
        ForEveryStep(Arb.From(LifecycleDriver.Runs(LifecycleDriver.NotificationForms)), (_, step) =>
            Require(step.After.Status != DetainerStatus.HoldActive && step.After.HoldStartedAtUtc is null, step, "held on a notification-only form"));

    [Property(MaxTest = Runs)]
    public Property A_hold_never_outlasts_its_limit_and_is_never_extended() =>
        ForEveryStep(LifecycleDriver.AnyForm, (run, step) =>
        {
            if (step.Before.Status == DetainerStatus.HoldActive)
            {
                Require(step.After.HoldEndsAtUtc == step.Before.HoldEndsAtUtc, step, "limit moved");
                if (step.Accepted && step.After.Status == DetainerStatus.HoldActive)
                    Require(step.At < step.After.HoldEndsAtUtc, step, "still holding after the limit");
                if (step.Accepted && step.At >= step.Before.HoldEndsAtUtc)
                    Require(step.After.Status is DetainerStatus.ReleasedIceNoShow or DetainerStatus.ReleasedDeclined, step, "past the limit, something other than release");
                if (step.Move == Move.Expire)
                    Require(step.Accepted == (step.At >= step.Before.HoldEndsAtUtc), step, "expiry accepted before or refused after the limit");
            }
            if (step.Accepted && step.Move == Move.StartHold)
            {
                var end = step.After.HoldEndsAtUtc!.Value;
                Require(end == HoldClock.EndOf(step.After.EligibleAtUtc!.Value, run.Limit), step, "end not computed from eligibility");
                if (!run.Limit.ExcludeWeekendsAndHolidays)
                    Require(end - step.After.EligibleAtUtc!.Value == run.Limit.Limit && run.Limit.Limit <= TimeSpan.FromHours(48), step, "wall-clock limit");
            }
        });

    [Property(MaxTest = Runs)]
    public Property Nothing_takes_effect_before_service() =>
        ForEveryStep(LifecycleDriver.AnyForm, (_, step) =>
        {
            var after = step.After;
            if (DetainerStatuses.ImpliesService(after.Status)) Require(after.ServedAtUtc is not null, step, "effective state without service");
            Require(after.NotifiedAtUtc is null || after.ServedAtUtc <= after.NotifiedAtUtc, step, "notified before service");
            Require(after.HoldStartedAtUtc is null || after.ServedAtUtc <= after.HoldStartedAtUtc, step, "held before service");
            Require(after.EligibleAtUtc is null || after.ServedAtUtc is not null, step, "eligibility recorded before service");
        });

    [Property(MaxTest = Runs)]
    public Property Released_declined_is_recorded_only_with_evidence_and_its_source() =>
        ForEveryStep(LifecycleDriver.AnyForm, (_, step) =>
        {
            if (step.Accepted && step.After.Status == DetainerStatus.ReleasedDeclined && step.Before.Status != DetainerStatus.ReleasedDeclined)
                Require(step.Evidence.HasSource, step, "declined without a source");
            if (step.Move == Move.ReleaseDeclined && !step.Evidence.HasSource)
                Require(!step.Accepted, step, "unknown recorded as declined");
        });

    [Property(MaxTest = Runs)]
    public Property An_open_claim_blocks_holds_ends_a_running_hold_and_needs_a_resolution() =>
        ForEveryStep(LifecycleDriver.AnyForm, (_, step) =>
        {
            Require(step.After.OpenClaim is null || step.After.Status != DetainerStatus.HoldActive, step, "holding with an open claim");
            Require(step.After.Status != DetainerStatus.Closed || step.After.OpenClaim is null, step, "closed with an open claim");
            if (step.Accepted && step.Move == Move.RaiseClaim && step.Before.Status == DetainerStatus.HoldActive)
                Require(step.After.Status == DetainerStatus.ReleasedDeclined && step.After.HoldEndedAtUtc == step.At, step, "claim did not end the hold");
            if (step.Accepted && step.Move == Move.UpholdClaim && !DetainerStatuses.IsTerminal(step.Before.Status))
                Require(step.After.Status == DetainerStatus.Lifted, step, "upheld claim did not lift");
            if (step.Accepted && step.Move is Move.UpholdClaim or Move.RejectClaim)
                Require(step.Before.OpenClaim is not null && step.After.OpenClaim is null, step, "resolution without a claim");
        });

    [Property(MaxTest = Runs)]
    public Property Cancellation_is_accepted_in_every_live_state_and_ends_a_running_hold() =>
        ForEveryStep(LifecycleDriver.AnyForm, (_, step) =>
        {
            if (step.Move != Move.Lift || DetainerStatuses.IsTerminal(step.Before.Status)) return;
            Require(step.Accepted || step.Refusal!.Code is "time-before-last-event" or "hold-limit-passed", step, "cancellation refused");
            if (step.Accepted)
                Require(step.After.Status == DetainerStatus.Lifted
                    && (step.Before.Status != DetainerStatus.HoldActive || step.After.HoldEndedAtUtc == step.At), step, "hold not ended by cancellation");
        });

    [Property(MaxTest = Runs)]
    public Property Ended_detainers_accept_only_close_and_closed_ones_nothing() =>
        ForEveryStep(LifecycleDriver.AnyForm, (_, step) =>
        {
            if (!DetainerStatuses.IsTerminal(step.Before.Status) || !step.Accepted) return;
            Require(step.Before.Status != DetainerStatus.Closed, step, "closed detainer changed");
            Require(step.After.Status == DetainerStatus.Closed
                || (step.Move is Move.UpholdClaim or Move.RejectClaim && step.After.Status == step.Before.Status), step, "ended detainer changed");
        });

    [Property(MaxTest = Runs)]
    public Property Every_accepted_step_adds_one_event_and_one_version_and_a_refusal_changes_nothing() =>
        ForEveryStep(LifecycleDriver.AnyForm, (_, step) =>
        {
            if (step.Accepted)
                Require(step.After.Version == step.Before.Version + 1 && step.After.EventCount == step.Before.EventCount + 1, step, "event or version missing");
            else
                Require(step.After == step.Before && step.Refusal!.Message.Length > 10, step, "refusal changed the detainer or gave no reason");
        });
}
