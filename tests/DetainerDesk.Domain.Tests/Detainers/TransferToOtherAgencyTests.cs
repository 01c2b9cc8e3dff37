using DetainerDesk.Domain.Detainers;
using static DetainerDesk.Domain.Tests.Detainers.Lifecycle;

namespace DetainerDesk.Domain.Tests.Detainers;

/// <summary>The detainer follows the person to another agency ("any subsequent LEA", domain brief §2.1).</summary>
public sealed class TransferToOtherAgencyTests
{
    private static ReceivingCustody Elsewhere() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

    [Fact]
    public void The_old_detainer_ends_here_and_a_new_one_is_lodged_there_linked_to_it()
    {
        var d = Served();
        var to = Elsewhere();
        var result = d.TransferToOtherAgency(to, By("clerk", 5, "transfer order TO-1"));

        Assert.True(result.Succeeded);
        Assert.Equal(DetainerStatus.TransferredToOtherAgency, d.Status);
        var follower = result.Value!;
        Assert.Equal(to.NewDetainerId, follower.Id);
        Assert.Equal(d.Id, follower.FollowsDetainerId);
        Assert.Equal(DetainerStatus.Lodged, follower.Status);
        Assert.Equal((to.AgencyId, to.FacilityId, to.BookingId), (follower.ReceivingAgencyId, follower.FacilityId, follower.BookingId));
        Assert.Equal((d.PersonId, d.IssuingOfficeId, d.FormType, d.WarrantNumber), (follower.PersonId, follower.IssuingOfficeId, follower.FormType, follower.WarrantNumber));
        // The receiving agency decides under its own law and serves it again: nothing of the old decision carries over.
        Assert.Null(follower.Decision);
        Assert.Null(follower.ServedAtUtc);
        Assert.Equal(At(5), follower.LodgedAtUtc);
        Assert.Equal(1, follower.Version);
    }

    [Fact]
    public void An_open_claim_travels_with_the_person_and_still_blocks_a_hold()
    {
        var d = Served();
        Ok(d.RaiseClaim(ClaimKind.Citizenship, By("attorney", 4, "subject's attorney")));
        var follower = d.TransferToOtherAgency(Elsewhere(), By("clerk", 5)).Value!;
        Assert.Equal(ClaimKind.Citizenship, follower.OpenClaim);
        Ok(follower.Acknowledge("clerk-b", At(6)));
        Ok(follower.RecordDecision(Honour, By("sergeant-b", 7)));
        Ok(follower.RecordService(By("deputy-b", 8)));
        Ok(follower.RecordReleaseEligible(ReleaseTrigger.SentenceServed, At(9), By("clerk-b", 9)));
        Assert.Equal("claim-open", follower.StartHold(Chicago48, By("sergeant-b", 9.5))?.Code);
    }

    [Fact]
    public void A_transfer_is_refused_during_a_hold_within_the_same_agency_and_after_the_end()
    {
        var holding = Holding();
        Assert.Equal("hold-running", holding.TransferToOtherAgency(Elsewhere(), By("clerk", 11)).Errors.Single().Code);

        var d = Served();
        var sameAgency = Elsewhere() with { AgencyId = d.ReceivingAgencyId };
        Assert.Equal("same-agency", d.TransferToOtherAgency(sameAgency, By("clerk", 4)).Errors.Single().Code);
        Assert.Equal(DetainerStatus.ServedOnSubject, d.Status);

        Ok(d.Lift(By("field-office", 5)));
        Assert.Equal("detainer-ended", d.TransferToOtherAgency(Elsewhere(), By("clerk", 6)).Errors.Single().Code);
    }
}
