using DetainerDesk.Domain.Cooperation;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using static DetainerDesk.Domain.Tests.Policies.Scenario;

namespace DetainerDesk.Domain.Tests.Cooperation;

/// <summary>Recorded answers held against the law's prediction, on the shipped rule sets.</summary>
public sealed class PolicyMismatchTests
{
    private static PolicyDecision Law(Jurisdiction place, string day = "2025-06-01") => PolicyEngine.Default.Evaluate(At(place, day));

    [Fact]
    public void Washington_RCW_10_93_160_a_transfer_or_hold_on_an_administrative_warrant_contradicts_the_law()
    {
        var law = Law(Seattle);
        Assert.Equal([MismatchKind.TransferredWhereForbidden],
            PolicyMismatches.Find(law, new ObservedAnswer(AgencyResponse.Decline, Held: false, Notified: false, CooperationOutcome.Honoured)));
        var held = PolicyMismatches.Find(law, new ObservedAnswer(AgencyResponse.HonourHold, Held: true, Notified: true, CooperationOutcome.Honoured));
        Assert.Contains(MismatchKind.HeldWhereForbidden, held);
        Assert.Contains(MismatchKind.NotifiedWhereForbidden, held);
        Assert.Equal("RCW 10.93.160", PolicyMismatches.Contradicted(law, MismatchKind.TransferredWhereForbidden).Citation);
    }

    [Fact]
    public void Washington_a_decline_is_what_the_law_expects()
    {
        Assert.Empty(PolicyMismatches.Find(Law(Seattle), new ObservedAnswer(AgencyResponse.Decline, false, false, CooperationOutcome.Declined)));
    }

    [Fact]
    public void Texas_SB4_a_decline_contradicts_the_mandate_but_a_transfer_does_not()
    {
        var law = Law(Houston);
        Assert.Equal([MismatchKind.DeclinedWhereRequired],
            PolicyMismatches.Find(law, new ObservedAnswer(null, false, false, CooperationOutcome.Declined)));
        Assert.Equal([MismatchKind.DeclinedWhereRequired],
            PolicyMismatches.Find(law, new ObservedAnswer(AgencyResponse.Decline, false, false, CooperationOutcome.Open)));
        Assert.Empty(PolicyMismatches.Find(law, new ObservedAnswer(AgencyResponse.HonourHold, true, true, CooperationOutcome.Honoured)));
    }

    [Fact]
    public void Before_SB4_took_effect_a_Texas_decline_was_lawful()
    {
        Assert.Empty(PolicyMismatches.Find(Law(Houston, "2017-08-31"), new ObservedAnswer(AgencyResponse.Decline, false, false, CooperationOutcome.Declined)));
    }

    [Fact]
    public void A_conditional_answer_is_never_a_mismatch_because_its_condition_is_not_in_the_data()
    {
        var law = Law(Wichita); // federal baseline only: holds "allowed only if" within 48 hours
        Assert.Equal(PolicyVerdict.AllowedOnlyIf, law.HoldOnDetainer.Verdict);
        Assert.Empty(PolicyMismatches.Find(law, new ObservedAnswer(AgencyResponse.HonourHold, true, true, CooperationOutcome.IceNoShow)));
        Assert.Empty(PolicyMismatches.Find(law, new ObservedAnswer(AgencyResponse.Decline, false, false, CooperationOutcome.Declined)));
    }
}
