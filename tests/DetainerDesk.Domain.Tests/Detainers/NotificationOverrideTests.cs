using DetainerDesk.Domain.Detainers;
using static DetainerDesk.Domain.Tests.Detainers.Lifecycle;

namespace DetainerDesk.Domain.Tests.Detainers;

/// <summary>Telling ICE of a release where the decision forbids it: refused with the citation unless a legal basis overrides it.</summary>
public sealed class NotificationOverrideTests
{
    private static readonly AgencyDecision Declined = new(AgencyResponse.Decline, "wa-keep-washington-working", "RCW 10.93.160");

    [Fact]
    public void A_forbidden_notification_is_refused_with_the_rules_citation()
    {
        var d = Served(Declined);
        var refusal = d.SendNotification(By("clerk", 4));
        Assert.Equal("notification-not-allowed", refusal?.Code);
        Assert.Contains("RCW 10.93.160", refusal!.Message);
        Assert.Contains("wa-keep-washington-working", refusal.Message);
        Assert.Null(d.NotifiedAtUtc);
        Assert.Equal(DetainerStatus.ServedOnSubject, d.Status);
    }

    [Fact]
    public void A_legal_basis_overrides_the_decision_and_is_kept_in_the_events_reason_and_evidence()
    {
        var d = Served(Declined);
        Ok(d.SendNotification(By("clerk", 4, "King County Superior Court warrant 26-1-0001"), "judicial warrant received"));
        Assert.Equal(DetainerStatus.NotificationSent, d.Status);
        Assert.Equal(At(4), d.NotifiedAtUtc);
        var recorded = d.Events[^1];
        Assert.Equal(DetainerAction.SendNotification, recorded.Action);
        Assert.Contains("judicial warrant received", recorded.Reason);
        Assert.Contains("Decline, rule wa-keep-washington-working", recorded.Reason);
        Assert.Equal("Legal basis: judicial warrant received", recorded.Evidence.Note);
        Assert.Equal("King County Superior Court warrant 26-1-0001", recorded.Evidence.Source);
    }

    [Fact]
    public void An_override_needs_the_document_behind_it()
    {
        var d = Served(Declined);
        Assert.Equal("legal-basis-evidence-required", d.SendNotification(By("clerk", 4, "unknown"), "judicial warrant received")?.Code);
        Assert.Equal("notification-not-allowed", d.SendNotification(By("clerk", 4), "  ")?.Code);
        Assert.Equal(4, d.Version);
    }

    [Fact]
    public void Where_the_decision_allows_notification_a_legal_basis_changes_nothing_in_the_record()
    {
        var d = Served();
        Ok(d.SendNotification(By("clerk", 4), "judicial warrant received"));
        Assert.Equal("step by clerk", d.Events[^1].Reason);
        Assert.Equal("already-notified", d.SendNotification(By("clerk", 5), "judicial warrant received")?.Code);
    }
}
