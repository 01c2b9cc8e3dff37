using DetainerDesk.Domain.Detainers;
using FsCheck.Fluent;

namespace DetainerDesk.Domain.Tests.Detainers;

/// <summary>
/// The lifecycle properties mean something only if random runs reach the interesting situations. This checks that
/// they do, with floors at about half the shares measured when it was written (e.g. 16 % of runs hold, 4 % expire).
/// </summary>
public sealed class LifecycleCoverageTests
{
    [Fact]
    public void Random_runs_reach_holds_expiries_claims_and_cancellations_during_holds()
    {
        var logs = LifecycleDriver.Runs([.. LifecycleDriver.HoldForms, .. LifecycleDriver.NotificationForms])
            .Sample(2000, 60).Select(run => LifecycleDriver.Play(run).Log).ToList();

        double Share(Func<Observation, bool> happened) => logs.Count(log => log.Any(happened)) / (double)logs.Count;
        bool FromHold(Observation o) => o.Accepted && o.Before.Status == DetainerStatus.HoldActive;

        Assert.Equal(2000, logs.Count);
        Assert.InRange(Share(o => o.After.Status == DetainerStatus.HoldActive), 0.08, 1);
        Assert.InRange(Share(o => FromHold(o) && o.Move == Move.Expire), 0.02, 1);
        Assert.InRange(Share(o => FromHold(o) && o.Move == Move.RaiseClaim), 0.01, 1);
        Assert.InRange(Share(o => FromHold(o) && o.Move == Move.Lift), 0.02, 1);
        Assert.InRange(Share(o => FromHold(o) && o.Move == Move.TransferToIce), 0.02, 1);
        Assert.InRange(Share(o => o.Refusal?.Code == "hold-not-expired"), 0.02, 1);
        Assert.InRange(Share(o => o.Refusal?.Code == "hold-limit-passed"), 0.03, 1);
        Assert.InRange(Share(o => o.Refusal?.Code == "claim-open" && o.Move == Move.StartHold), 0.005, 1);
        Assert.InRange(Share(o => o.Refusal?.Code == "evidence-required"), 0.03, 1);
        Assert.InRange(Share(o => o.Refusal?.Code == "form-never-holds"), 0.1, 1);
        Assert.InRange(Share(o => o.Accepted && o.After.Status == DetainerStatus.Closed), 0.3, 1);
    }
}
