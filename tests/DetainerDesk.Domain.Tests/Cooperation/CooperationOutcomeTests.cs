using DetainerDesk.Domain.Cooperation;
using DetainerDesk.Domain.Detainers;
using static DetainerDesk.Domain.Detainers.DetainerStatus;

namespace DetainerDesk.Domain.Tests.Cooperation;

/// <summary>How the cooperation record names the end of a detainer, from the facts recorded on it.</summary>
public sealed class CooperationOutcomeTests
{
    public static TheoryData<DetainerStatus, DetainerStatus?, bool, bool, CooperationOutcome> Cases => new()
    {
        { TransferredToIce, null, false, false, CooperationOutcome.Honoured },
        { TransferredToIce, null, true, true, CooperationOutcome.Honoured },
        { ReleasedIceNoShow, null, false, true, CooperationOutcome.IceNoShow },
        // Told ICE, held nobody, released on schedule: the agency answered with a notification only.
        { ReleasedDeclined, null, true, false, CooperationOutcome.NotificationOnly },
        // Released without notice or hold: declined (the lifecycle records this only with evidence).
        { ReleasedDeclined, null, false, false, CooperationOutcome.Declined },
        // A claim ended a running hold: the hold was honoured until then, so it is not a decline.
        { ReleasedDeclined, null, false, true, CooperationOutcome.IceNoShow },
        { Lifted, null, false, false, CooperationOutcome.Lifted },
        { Voided, null, false, false, CooperationOutcome.Lifted },
        { TransferredToOtherAgency, null, false, false, CooperationOutcome.MovedToOtherAgency },
        // Closed keeps the end it was closed from; without it the end is unknown, never declined.
        { Closed, TransferredToIce, false, false, CooperationOutcome.Honoured },
        { Closed, ReleasedDeclined, false, false, CooperationOutcome.Declined },
        { Closed, null, false, false, CooperationOutcome.Open },
        { Lodged, null, false, false, CooperationOutcome.Open },
        { PolicyEvaluated, null, false, false, CooperationOutcome.Open },
        { NotificationSent, null, true, false, CooperationOutcome.Open },
        { HoldActive, null, false, true, CooperationOutcome.Open },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Outcome_follows_the_recorded_end(DetainerStatus status, DetainerStatus? beforeClose, bool notified, bool held, CooperationOutcome expected) =>
        Assert.Equal(expected, CooperationOutcomes.Classify(new ObservedFacts(status, beforeClose, notified, held)));

    [Fact]
    public void Every_live_status_is_open_and_every_outcome_has_words()
    {
        foreach (var status in Enum.GetValues<DetainerStatus>().Where(s => !DetainerStatuses.IsTerminal(s)))
            Assert.Equal(CooperationOutcome.Open, CooperationOutcomes.Classify(new ObservedFacts(status, null, true, true)));
        Assert.All(CooperationOutcomes.All, o => Assert.False(string.IsNullOrWhiteSpace(CooperationOutcomes.Describe(o))));
    }

    [Fact]
    public void Only_ended_answers_of_the_agency_count_towards_a_decline_rate()
    {
        Assert.True(CooperationOutcomes.IsAgencyAnswer(CooperationOutcome.Declined));
        Assert.True(CooperationOutcomes.IsAgencyAnswer(CooperationOutcome.Honoured));
        Assert.False(CooperationOutcomes.IsAgencyAnswer(CooperationOutcome.Open));
        Assert.False(CooperationOutcomes.IsAgencyAnswer(CooperationOutcome.Lifted));
        Assert.False(CooperationOutcomes.IsAgencyAnswer(CooperationOutcome.MovedToOtherAgency));
    }
}
