using DetainerDesk.Domain.Detainers;
using static DetainerDesk.Domain.Tests.Detainers.Lifecycle;

namespace DetainerDesk.Domain.Tests.Detainers;

/// <summary>The lifecycles of issue 3's "done when" list, and the refusals around them.</summary>
public sealed class DetainerLifecycleTests
{
    [Fact]
    public void Honoured_and_transferred_leaves_a_timeline_of_every_step()
    {
        var d = Holding();
        Ok(d.SendNotification(By("clerk", 11)));
        Ok(d.RecordTransferToIce(By("ice-officer", 20, "I-203 order to detain"), TransferAllowed));
        Ok(d.Close(By("system", 21)));

        Assert.Equal(DetainerStatus.Closed, d.Status);
        Assert.Equal(At(20), d.HoldEndedAtUtc);
        Assert.Equal(At(58), d.HoldEndsAtUtc);
        Assert.Equal(
            [DetainerStatus.Received, DetainerStatus.PolicyEvaluated, DetainerStatus.ServedOnSubject, DetainerStatus.ReleaseEligible,
             DetainerStatus.HoldActive, DetainerStatus.HoldActive, DetainerStatus.TransferredToIce, DetainerStatus.Closed],
            d.Events.Select(e => e.To));
        Assert.Equal(1 + d.Events.Count, d.Version);
        Assert.All(d.Events.Zip(d.Events.Skip(1)), pair => Assert.Equal(pair.First.To, pair.Second.From));
        Assert.Equal("I-203 order to detain", d.Events[^2].Evidence.Source);
    }

    [Fact]
    public void Declined_and_released_needs_a_source_and_unknown_is_not_declined()
    {
        var d = Served(new AgencyDecision(AgencyResponse.Decline, "ca-values-act", "Cal. Gov. Code 7284.6"));
        Assert.Equal("notification-not-allowed", d.SendNotification(By("clerk", 4))?.Code);
        Assert.Equal("evidence-required", d.RecordReleaseDeclined(By("clerk", 5, "unknown"))?.Code);
        Assert.Equal("evidence-required", d.RecordReleaseDeclined(By("clerk", 5, " "))?.Code);
        Ok(d.RecordReleaseDeclined(By("clerk", 5, "policy decision ca-values-act")));
        Assert.Equal(DetainerStatus.ReleasedDeclined, d.Status);
    }

    [Fact]
    public void ICE_no_show_expires_at_48_hours_and_never_before()
    {
        var d = Holding(); // eligible at hour 10, so the hold ends at hour 58
        Assert.Equal("hold-not-expired", d.RecordHoldExpiry(By("system", 57.99))?.Code);
        Assert.Equal("hold-limit-passed", d.RecordTransferToIce(By("ice-officer", 58), TransferAllowed)?.Code);
        Assert.Equal("hold-limit-passed", d.Lift(By("ice-officer", 58))?.Code);
        Ok(d.RecordHoldExpiry(By("system", 58)));
        Assert.Equal(DetainerStatus.ReleasedIceNoShow, d.Status);
        Assert.Equal(At(58), d.HoldEndedAtUtc);
    }

    [Fact]
    public void Cancelled_while_holding_ends_the_hold_at_once()
    {
        var d = Holding();
        Ok(d.Lift(By("field-office", 12, "I-247A cancellation")));
        Assert.Equal(DetainerStatus.Lifted, d.Status);
        Assert.Equal(At(12), d.HoldEndedAtUtc);
    }

    [Fact]
    public void A_citizenship_claim_while_holding_releases_the_person_and_must_be_resolved_before_closing()
    {
        var d = Holding();
        Ok(d.RaiseClaim(ClaimKind.Citizenship, By("attorney", 12, "subject's attorney")));
        Assert.Equal(DetainerStatus.ReleasedDeclined, d.Status);
        Assert.Equal(At(12), d.HoldEndedAtUtc);
        Assert.Equal("claim-open", d.Close(By("system", 13))?.Code);
        Ok(d.ResolveClaim(ClaimResolution.Rejected, By("lesc", 14, "LESC record check")));
        Assert.Equal(DetainerStatus.ReleasedDeclined, d.Status);
        Ok(d.Close(By("system", 15)));
    }

    [Fact]
    public void An_open_claim_blocks_a_hold_until_it_is_rejected_and_an_upheld_claim_lifts()
    {
        var d = Served();
        Ok(d.RecordReleaseEligible(ReleaseTrigger.SentenceServed, At(4), By("clerk", 4)));
        Assert.Equal("claim-source-required", d.RaiseClaim(ClaimKind.CrimeVictim, By("deputy", 4, ""))?.Code);
        Ok(d.RaiseClaim(ClaimKind.CrimeVictim, By("deputy", 4, "subject at booking")));
        Assert.Equal("claim-open", d.StartHold(Chicago48, By("sergeant", 5))?.Code);
        Ok(d.ResolveClaim(ClaimResolution.Rejected, By("lesc", 6)));
        Ok(d.StartHold(Chicago48, By("sergeant", 7)));

        var other = Served();
        Ok(other.RaiseClaim(ClaimKind.Citizenship, By("subject", 4, "subject's statement")));
        Ok(other.ResolveClaim(ClaimResolution.Upheld, By("lesc", 5, "US passport")));
        Assert.Equal(DetainerStatus.Lifted, other.Status);
    }

    /// <summary>The I-247N and I-247X can no longer be lodged today; the random runs cover them on 2016 lodging dates.</summary>
    [Fact]
    public void A_notification_only_form_never_holds()
    {
        var d = Served(form: DetainerFormType.I247G);
        Ok(d.RecordReleaseEligible(ReleaseTrigger.ChargesDroppedOrDismissed, At(4), By("clerk", 4)));
        Assert.Equal("form-never-holds", d.StartHold(Chicago48, By("sergeant", 5))?.Code);
        Ok(d.SendNotification(By("clerk", 5)));
    }

    [Fact]
    public void Without_service_nothing_takes_effect()
    {
        var d = Lodged();
        Ok(d.Acknowledge("clerk", At(1)));
        Ok(d.RecordDecision(Honour, By("sergeant", 2)));
        Assert.Equal("not-served", d.SendNotification(By("clerk", 3))?.Code);
        Assert.Equal("not-served", d.RecordReleaseEligible(ReleaseTrigger.Acquittal, At(3), By("clerk", 3))?.Code);
        Assert.Equal("not-served", d.StartHold(Chicago48, By("clerk", 3))?.Code);
    }

    [Fact]
    public void A_local_limit_of_zero_means_no_hold_and_a_late_start_is_refused()
    {
        var d = Served();
        Ok(d.RecordReleaseEligible(ReleaseTrigger.PretrialDiversion, At(4), By("clerk", 4)));
        Assert.Equal("hold-limit-passed", d.StartHold(new HoldLimit(TimeSpan.Zero, false, "America/Chicago"), By("sergeant", 4))?.Code);
        Assert.Equal("hold-limit-passed", d.StartHold(Chicago48, By("sergeant", 52))?.Code);
        Assert.Equal(DetainerStatus.ReleaseEligible, d.Status);
    }

    [Fact]
    public void Steps_need_UTC_times_that_move_forward_and_a_reason()
    {
        var d = Served();
        Assert.Equal("time-before-last-event", d.RecordReleaseDate(At(100), By("clerk", 2.5))?.Code);
        Assert.Equal("time-not-utc", d.RecordReleaseDate(At(100), By("clerk", 4) with { AtUtc = DateTime.SpecifyKind(At(4), DateTimeKind.Local) })?.Code);
        Assert.Equal("reason-required", d.RecordReleaseDate(At(100), By("clerk", 4) with { Reason = "" })?.Code);
        Assert.Equal(4, d.Version);
    }

    [Fact]
    public void Ended_detainers_accept_only_close_and_closed_ones_nothing()
    {
        foreach (var status in Enum.GetValues<DetainerStatus>().Where(DetainerStatuses.IsTerminal))
            foreach (var action in Enum.GetValues<DetainerAction>())
            {
                var answer = DetainerTransitions.Decide(status, action);
                var expected = status != DetainerStatus.Closed && action is DetainerAction.Close or DetainerAction.UpholdClaim or DetainerAction.RejectClaim;
                Assert.True(expected == (answer.Refusal is null), $"{status}/{action}");
                if (answer.Target is { } target) Assert.Contains(target, new[] { status, DetainerStatus.Closed });
            }
    }

    [Fact]
    public void Cancellation_voiding_and_release_are_open_in_every_live_state()
    {
        foreach (var status in Enum.GetValues<DetainerStatus>().Where(s => !DetainerStatuses.IsTerminal(s)))
        {
            Assert.Equal(DetainerStatus.Lifted, DetainerTransitions.Decide(status, DetainerAction.Lift).Target);
            Assert.Equal(DetainerStatus.Voided, DetainerTransitions.Decide(status, DetainerAction.Void).Target);
            Assert.Equal(DetainerStatus.ReleasedDeclined, DetainerTransitions.Decide(status, DetainerAction.ReleaseDeclined).Target);
            Assert.NotNull(DetainerTransitions.Decide(status, DetainerAction.RaiseClaim).Target);
        }
    }
}
