using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Detainers;
using FsCheck;
using FsCheck.Fluent;

namespace DetainerDesk.Domain.Tests.Detainers;

/// <summary>The moves a random run can make. <see cref="Progress"/> takes the natural next step for the current state,
/// so that random runs reach holds, expiries and claims during holds often, not only by luck.</summary>
internal enum Move
{
    Progress, Acknowledge, Decide, Serve, ReleaseDate, Eligible, Notify, StartHold, TransferToIce,
    ReleaseDeclined, Expire, RaiseClaim, UpholdClaim, RejectClaim, Lift, Void, TransferOut, Close,
}

/// <summary>One step: a move, how many minutes later it happens (sometimes negative: a clock going backwards), and a number that picks its arguments.</summary>
internal sealed record Step(Move Move, int Minutes, int Choice);

internal sealed record Run(DetainerFormType Form, HoldLimit Limit, Step[] Steps)
{
    public override string ToString() =>
        $"{Form}, limit {Limit.Limit.TotalHours} h{(Limit.ExcludeWeekendsAndHolidays ? " working days" : "")} {Limit.FacilityTimeZoneId}: "
        + string.Join(" → ", Steps.Select(s => $"{s.Move}(+{s.Minutes}m,{s.Choice})"));
}

/// <summary>What the detainer looked like before or after a step; the detainer itself is mutable.</summary>
internal sealed record State(
    DetainerStatus Status, int Version, int EventCount, AgencyDecision? Decision, DateTime? ServedAtUtc, DateTime? EligibleAtUtc,
    DateTime? NotifiedAtUtc, DateTime? HoldStartedAtUtc, DateTime? HoldEndsAtUtc, DateTime? HoldEndedAtUtc, ClaimKind? OpenClaim)
{
    public static State Of(Detainer d) => new(d.Status, d.Version, d.Events.Count, d.Decision, d.ServedAtUtc, d.EligibleAtUtc,
        d.NotifiedAtUtc, d.HoldStartedAtUtc, d.HoldEndsAtUtc, d.HoldEndedAtUtc, d.OpenClaim);
}

internal sealed record Observation(Move Move, DateTime At, TransitionEvidence Evidence, State Before, DomainError? Refusal, State After)
{
    public bool Accepted => Refusal is null;
}

internal static class LifecycleDriver
{
    public static readonly DetainerFormType[] HoldForms = [DetainerFormType.I247, DetainerFormType.I247D, DetainerFormType.I247A];
    public static readonly DetainerFormType[] NotificationForms = [DetainerFormType.I247N, DetainerFormType.I247G, DetainerFormType.I247X];
    private static readonly string[] Zones = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Pacific/Honolulu"];
    private static readonly string[] Sources = ["", "unknown", "jail management system", "signed refusal letter", "subject's attorney"];

    private static Gen<Step> Steps =>
        from move in Gen.Frequency((8, Gen.Constant(Move.Progress)), (3, Gen.Elements(Enum.GetValues<Move>())))
        from bucket in Gen.Choose(0, 19)
        from minutes in bucket == 0 ? Gen.Choose(-90, -1) : bucket < 15 ? Gen.Choose(0, 240) : Gen.Choose(240, 4000)
        from choice in Gen.Choose(0, 9999)
        select new Step(move, minutes, choice);

    private static Gen<HoldLimit> Limits =>
        from full in Gen.Choose(0, 2)
        from hours in Gen.Choose(0, 48)
        from exclude in Gen.Elements(false, false, true)
        from zone in Gen.Elements(Zones)
        select new HoldLimit(TimeSpan.FromHours(full > 0 ? 48 : hours), exclude, zone);

    public static Gen<Run> Runs(DetainerFormType[] forms) =>
        from form in Gen.Elements(forms)
        from limit in Limits
        from steps in Gen.ArrayOf(Steps).Resize(60)
        select new Run(form, limit, steps);

    public static Arbitrary<Run> AnyForm => Arb.From(Runs([.. HoldForms, .. HoldForms, .. NotificationForms]));

    /// <summary>Lodges a detainer on the run's form (on a day that form could be issued) and applies every step, keeping refusals.</summary>
    public static (Detainer Detainer, List<Observation> Log) Play(Run run)
    {
        var lodgedAt = run.Form switch
        {
            DetainerFormType.I247 => new DateTime(2015, 1, 9, 14, 0, 0, DateTimeKind.Utc),
            DetainerFormType.I247D or DetainerFormType.I247N or DetainerFormType.I247X => new DateTime(2016, 12, 22, 9, 30, 0, DateTimeKind.Utc),
            DetainerFormType.I247A or DetainerFormType.I247G => Commands.Now,
        };
        var command = Commands.Valid() with { FormType = run.Form, WarrantDate = DateOnly.FromDateTime(lodgedAt).AddDays(-1) };
        var detainer = Detainer.Lodge(command, Commands.Context() with { NowUtc = lodgedAt }).Value
            ?? throw new InvalidOperationException($"Lodging {run.Form} on {lodgedAt:u} was refused.");

        var log = new List<Observation>();
        var now = lodgedAt;
        foreach (var step in run.Steps)
        {
            now = now.AddMinutes(step.Minutes);
            var move = step.Move == Move.Progress ? NextMove(detainer, step.Choice) : step.Move;
            var evidence = new TransitionEvidence(Sources[step.Choice / 10 % Sources.Length], $"ref-{step.Choice}");
            var input = new TransitionInput($"user-{step.Choice % 7}", now, $"{move} in a random run", evidence);
            var before = State.Of(detainer);
            var refusal = Apply(detainer, move, step.Choice, run.Limit, input);
            log.Add(new Observation(move, now, evidence, before, refusal, State.Of(detainer)));
        }
        return (detainer, log);
    }

    private static DomainError? Apply(Detainer d, Move move, int choice, HoldLimit limit, TransitionInput input) => move switch
    {
        Move.Progress => throw new InvalidOperationException("Progress is resolved before applying."),
        Move.Acknowledge => d.Acknowledge(input.Actor, input.AtUtc),
        Move.Decide => d.RecordDecision(new AgencyDecision(
            choice / 3 % 4 != 0 ? AgencyResponse.HonourHold : (AgencyResponse)(choice / 12 % 4 + 1), $"rule-{choice % 13}", "8 CFR 287.7"), input),
        Move.Serve => d.RecordService(input),
        Move.ReleaseDate => d.RecordReleaseDate(input.AtUtc.AddDays(choice % 30), input),
        Move.Eligible => d.RecordReleaseEligible((ReleaseTrigger)(choice % 6 + 1), input.AtUtc.AddMinutes(-(choice % 600)), input),
        Move.Notify => d.SendNotification(input),
        Move.StartHold => d.StartHold(limit, input),
        Move.TransferToIce => d.RecordTransferToIce(input, Lifecycle.TransferAllowed),
        Move.ReleaseDeclined => d.RecordReleaseDeclined(input),
        Move.Expire => d.RecordHoldExpiry(input),
        Move.RaiseClaim => d.RaiseClaim((ClaimKind)(choice % 2 + 1), input),
        Move.UpholdClaim => d.ResolveClaim(ClaimResolution.Upheld, input),
        Move.RejectClaim => d.ResolveClaim(ClaimResolution.Rejected, input),
        Move.Lift => d.Lift(input),
        Move.Void => d.Void(input),
        Move.TransferOut => d.RecordTransferToOtherAgency(input),
        Move.Close => d.Close(input),
    };

    private static Move NextMove(Detainer d, int choice) => d.Status switch
    {
        DetainerStatus.Lodged => Move.Acknowledge,
        DetainerStatus.Received => Move.Decide,
        DetainerStatus.PolicyEvaluated => Move.Serve,
        DetainerStatus.ServedOnSubject => choice % 2 == 0 ? Move.ReleaseDate : Move.Eligible,
        DetainerStatus.ReleaseDateKnown => choice % 3 == 0 ? Move.Notify : Move.Eligible,
        DetainerStatus.ReleaseEligible => choice % 4 == 0 ? Move.Notify : Move.StartHold,
        DetainerStatus.NotificationSent => d.EligibleAtUtc is null ? Move.Eligible : Move.StartHold,
        DetainerStatus.HoldActive => (choice % 5) switch { 0 => Move.RaiseClaim, 1 => Move.Lift, 2 => Move.TransferToIce, _ => Move.Expire },
        DetainerStatus.TransferredToIce or DetainerStatus.ReleasedDeclined or DetainerStatus.ReleasedIceNoShow or DetainerStatus.Lifted
            or DetainerStatus.Voided or DetainerStatus.TransferredToOtherAgency => d.OpenClaim is null ? Move.Close : Move.RejectClaim,
        DetainerStatus.Closed => Move.Close,
    };
}
