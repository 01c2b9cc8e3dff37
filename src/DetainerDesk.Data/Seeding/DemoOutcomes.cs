using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.People;
using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Data.Seeding;

/// <summary>
/// Takes a lodged (and perhaps acknowledged) demo detainer further through its life, only through the aggregate's own
/// steps, so every state and timeline is one the rules accept: the agency's decision follows what its law answers
/// (with a small share that contradicts it, so the cooperation record has mismatches to show), then service, the
/// release date, eligibility, and an outcome — transferred to ICE, notified and released, declined with evidence,
/// held until ICE failed to come, lifted — or nothing more, as many real records stop. Every step lies before the
/// anchor and after the one before it.
/// </summary>
public sealed class DemoOutcomes(DemoCalendar calendar, DemoActors actors)
{
    private readonly DemoCalendar _calendar = calendar;
    private readonly DemoActors _actors = actors;

    /// <summary>Share of decisions that contradict the law: a decline where holds are required, a hold where they are forbidden.</summary>
    public const double MismatchShare = 0.03;

    /// <summary>
    /// Drives the detainer as far as it got before the anchor, under <paramref name="law"/>: the evaluation stored at
    /// lodging. The agency's decision rests on that same evaluation (same place, same lodging day), so no second copy
    /// of it is stored: at national scale that would add gigabytes of identical decisions and slow seeding down.
    /// </summary>
    public void Drive(DemoRandom random, DemoSite site, Detainer detainer, Booking booking, PolicyDecision law) =>
        new Life(this, random, site, detainer, booking, law).Run();

    /// <summary>
    /// What the agency decides, following its law: holds where state law requires them; mostly holds where allowed;
    /// notification only where holds are forbidden but notice is allowed (less often when notice needs a condition the
    /// record cannot show); a decline or a demand for a judicial warrant where both are forbidden.
    /// </summary>
    public static AgencyResponse Respond(DemoRandom random, PolicyDecision law)
    {
        var hold = law.HoldOnDetainer.Verdict;
        if (random.Chance(MismatchShare))
            return hold == PolicyVerdict.Forbidden ? AgencyResponse.HonourHold : AgencyResponse.Decline;
        var notify = law.NotifyReleaseDate.PermitsAction;
        var roll = random.NextDouble();
        return hold switch
        {
            PolicyVerdict.Required => AgencyResponse.HonourHold,
            PolicyVerdict.Allowed => roll < 0.85 ? AgencyResponse.HonourHold : roll < 0.95 && notify ? AgencyResponse.NotifyOnly : AgencyResponse.Decline,
            PolicyVerdict.AllowedOnlyIf => roll < 0.4 ? AgencyResponse.HonourHold : roll < 0.8 && notify ? AgencyResponse.NotifyOnly : AgencyResponse.Decline,
            _ when !notify => roll < 0.7 ? AgencyResponse.Decline : AgencyResponse.RequiresJudicialWarrant,
            _ when law.NotifyReleaseDate.Verdict == PolicyVerdict.AllowedOnlyIf =>
                roll < 0.35 ? AgencyResponse.NotifyOnly : roll < 0.85 ? AgencyResponse.Decline : AgencyResponse.RequiresJudicialWarrant,
            _ => roll < 0.85 ? AgencyResponse.NotifyOnly : AgencyResponse.Decline,
        };
    }

    public static string Describe(AgencyResponse response) => response switch
    {
        AgencyResponse.HonourHold => "honour the hold",
        AgencyResponse.NotifyOnly => "notify ICE of release only",
        AgencyResponse.Decline => "decline",
        AgencyResponse.RequiresJudicialWarrant => "requires a judicial warrant",
        _ => response.ToString(),
    };

    private const int Day = 24 * 60;

    /// <summary>One detainer's walk. Each step returns false when its time would reach the anchor: the story stops there, open.</summary>
    private sealed class Life(DemoOutcomes owner, DemoRandom random, DemoSite site, Detainer detainer, Booking booking, PolicyDecision law)
    {
        private readonly DateTime _anchor = owner._calendar.AnchorUtc;
        private readonly bool _recent = DateOnly.FromDateTime(detainer.LodgedAtUtc) > owner._calendar.LastDay.AddDays(-30);
        private string Staff => owner._actors.AgencyStaff(random, site);

        public void Run()
        {
            if (detainer.Status == DetainerStatus.Lodged)
            {
                // Never acknowledged: the office sometimes cancels it; otherwise nobody knows how it ended.
                if (!_recent && random.Chance(0.12) && Lift(After(random.SkewedMinutes(Day, 20 * Day, 180 * Day)))) Close();
                return;
            }
            if (!random.Chance(_recent ? 0.5 : 0.95)) return; // received, never decided
            if (!_recent && random.Chance(0.02))
            {
                if (Lift(After(random.SkewedMinutes(60, 5 * Day, 60 * Day)))) Close();
                return;
            }

            var response = Respond(random, law);
            if (!Decide(response)) return;
            if (!_recent && random.Chance(0.05)) return; // the record stops at the decision

            var mustServe = response is AgencyResponse.HonourHold or AgencyResponse.NotifyOnly
                || law.Duties.Any(d => d.Kind == DutyKind.ServeSubjectCopy) || random.Chance(0.5);
            if (mustServe && !Step(After(random.SkewedMinutes(15, 6 * 60, 5 * Day)), at => detainer.RecordService(
                    Input(Staff, at, "Copy of the detainer served on the subject", "receiving agency", "Copy handed to the subject"))))
                return;

            var eligibleAt = detainer.LastChangedAtUtc.AddMinutes(ReleaseDelayMinutes());
            if (mustServe && random.Chance(0.6))
            {
                var known = After(random.SkewedMinutes(60, 2 * Day, 30 * Day));
                if (known < eligibleAt && !Step(known, at => detainer.RecordReleaseDate(eligibleAt,
                        Input(Staff, at, "Projected release date set", "jail management system")))) return;
            }

            if (!_recent && random.Chance(0.05))
            {
                // ICE cancels before the release (status adjusted, wrong person, priorities changed).
                var span = Math.Max(1, (int)(eligibleAt - detainer.LastChangedAtUtc).TotalMinutes);
                if (Lift(After(random.Between(1, span)))) Close();
                return;
            }
            if (!_recent && random.Chance(0.04)) return; // the release was never recorded

            var ended = response switch
            {
                AgencyResponse.HonourHold when DetainerForms.AsksForHold(detainer.FormType) => Hold(eligibleAt),
                AgencyResponse.HonourHold or AgencyResponse.NotifyOnly => NotifyAndRelease(eligibleAt),
                _ => Decline(eligibleAt, response),
            };
            if (ended) Close();
        }

        private bool Decide(AgencyResponse response)
        {
            var governing = response == AgencyResponse.NotifyOnly ? law.NotifyReleaseDate : law.HoldOnDetainer;
            var actor = Staff;
            var reason = $"Agency decision: {Describe(response)}";
            return Step(After(random.SkewedMinutes(10, 12 * 60, 10 * Day)), t => detainer.RecordDecision(
                new AgencyDecision(response, governing.RuleId, governing.Citation),
                new TransitionInput(actor, t, reason, new TransitionEvidence("policy engine", string.Join(',', law.RuleSetVersionsApplied)))));
        }

        /// <summary>
        /// Held for ICE from eligibility: ICE usually takes custody within the limit; sometimes it collects the person at
        /// the release without a hold, sometimes it does not come and the hold expires. A hold whose end would not be
        /// recorded before the anchor is not started, so no demo hold is left running past its limit.
        /// </summary>
        private bool Hold(DateTime eligibleAt)
        {
            if (detainer.Status == DetainerStatus.ReleaseDateKnown && random.Chance(0.7) && !NotifyBefore(eligibleAt)) return false;
            if (!Eligible(eligibleAt)) return false;
            if (detainer.NotifiedAtUtc is null && !Notify(After(random.Between(1, 30)))) return false;
            if (random.Chance(0.15)) return TransferToIce(After(random.SkewedMinutes(20, 3 * 60, 10 * 60)));

            var limit = HoldLimit.Default(site.Facility.TimeZone);
            // The web app falls back to UTC for an unknown zone too; without the working-day rule the end is the same.
            if (limit.Validate() is not null) limit = HoldLimit.Default("UTC");
            var start = After(random.Between(1, 45));
            var end = HoldClock.EndOf(eligibleAt, limit);
            var transfer = random.Chance(0.86);
            var outcomeAt = transfer
                ? Min(start.AddMinutes(random.SkewedMinutes(30, 8 * 60, 40 * 60)), end.AddMinutes(-1))
                : end.AddMinutes(random.Between(1, 120));
            if (outcomeAt >= _anchor || outcomeAt <= start) return false;
            if (!Step(start, at => detainer.StartHold(limit, Input(Staff, at, "Held on the detainer after release eligibility", "receiving agency"))))
                return false;
            return transfer
                ? TransferToIce(outcomeAt)
                : Step(outcomeAt, at => detainer.RecordHoldExpiry(Input(Staff, at, "Hold limit reached; ICE did not take custody", "receiving agency",
                    $"The hold ended at {detainer.HoldEndsAtUtc:u}; the person was released")));
        }

        /// <summary>ICE is told of the release; it collects the person at the door about half the time where the law lets the agency hand them over.</summary>
        private bool NotifyAndRelease(DateTime eligibleAt)
        {
            if (detainer.Status == DetainerStatus.ReleaseDateKnown && random.Chance(0.8) && !NotifyBefore(eligibleAt)) return false;
            if (!Eligible(eligibleAt)) return false;
            if (detainer.NotifiedAtUtc is null && !Notify(After(random.Between(1, 60)))) return false;
            var releasedAt = After(random.SkewedMinutes(20, 2 * 60, 8 * 60));
            return law.TransferToIce.PermitsAction && random.Chance(0.45)
                ? TransferToIce(releasedAt)
                : Step(releasedAt, at => detainer.RecordReleaseDeclined(Input(Staff, at, "Released on schedule after notice to ICE", "jail release record",
                    "ICE was told of the release and did not take custody")));
        }

        /// <summary>Released when due, without notice or transfer, citing the rule the decision rests on.</summary>
        private bool Decline(DateTime eligibleAt, AgencyResponse response)
        {
            if (DetainerStatuses.ImpliesService(detainer.Status) && random.Chance(0.5) && !Eligible(eligibleAt)) return false;
            var governing = law.HoldOnDetainer;
            var releasedAt = Max(eligibleAt, detainer.LastChangedAtUtc).AddMinutes(random.Between(5, 240));
            return Step(releasedAt, at => detainer.RecordReleaseDeclined(Input(Staff, at, "Released without transfer", "jail release record",
                $"Decision: {Describe(response)} ({governing.Citation}; rule {governing.RuleId})")));
        }

        private bool NotifyBefore(DateTime eligibleAt)
        {
            var at = After(random.SkewedMinutes(5, 10 * 60, 3 * Day));
            return at >= eligibleAt || Notify(at);
        }

        private bool Notify(DateTime at) =>
            Step(at, t => detainer.SendNotification(Input(Staff, t, "ICE told of the release", "release notice to the field office")));

        private bool Eligible(DateTime eligibleAt)
        {
            var trigger = site.Plan.IsStatePrison ? ReleaseTrigger.SentenceServed : Trigger();
            var recordedAt = Max(eligibleAt, detainer.LastChangedAtUtc).AddMinutes(random.Between(1, 90));
            return Step(recordedAt, at => detainer.RecordReleaseEligible(trigger, eligibleAt,
                Input(Staff, at, $"Eligible for release: {trigger}", TriggerSource(trigger))));
        }

        /// <summary>
        /// Where the place's law does not allow the transfer (an agency that honoured a hold against its law), the
        /// lifecycle accepts it only on a recorded legal basis: the demo records the judicial warrant that would make it lawful.
        /// </summary>
        private bool TransferToIce(DateTime at)
        {
            var answer = law.TransferToIce;
            if (answer.Verdict is PolicyVerdict.Allowed or PolicyVerdict.Required)
                return Step(at, t => detainer.RecordTransferToIce(Input(Staff, t, "Custody transferred to ICE", "custody hand-over log"), answer));
            var warrant = $"judicial warrant {detainer.WarrantNumber}-J";
            return Step(at, t => detainer.RecordTransferToIce(Input(Staff, t, "Custody transferred to ICE", warrant), answer, "judicial warrant received"));
        }

        private bool Lift(DateTime at)
        {
            var officer = owner._actors.Officer(random, site);
            var why = random.Pick(LiftReasons);
            return Step(at, t => detainer.Lift(new TransitionInput(officer, t, "Lifted by the issuing office",
                new TransitionEvidence("issuing field office", detainer.WarrantNumber, why))));
        }

        /// <summary>Most ended detainers are closed for the record within days or weeks; some are not yet.</summary>
        private void Close()
        {
            if (!random.Chance(0.85)) return;
            Step(After(random.SkewedMinutes(60, 3 * Day, 60 * Day)), at => detainer.Close(Input(Staff, at, "Closed: kept for the record", "receiving agency")));
        }

        /// <summary>How long after the last step the person becomes releasable: days to months in a jail, months to years in a prison.</summary>
        private int ReleaseDelayMinutes() => site.Plan.IsStatePrison
            ? random.Between(30, 900) * Day + random.Next(Day)
            : random.SkewedMinutes(Day, 12 * Day, 300 * Day);

        private ReleaseTrigger Trigger()
        {
            var roll = random.NextDouble();
            return roll < 0.40 ? ReleaseTrigger.BondPostedOrOwnRecognizance
                : roll < 0.65 ? ReleaseTrigger.SentenceServed
                : roll < 0.80 ? ReleaseTrigger.ChargesDroppedOrDismissed
                : roll < 0.88 ? ReleaseTrigger.PretrialDiversion
                : roll < 0.92 ? ReleaseTrigger.Acquittal
                : ReleaseTrigger.OtherwiseReleasable;
        }

        private static string TriggerSource(ReleaseTrigger trigger) => trigger switch
        {
            ReleaseTrigger.BondPostedOrOwnRecognizance => "bond receipt",
            ReleaseTrigger.SentenceServed => "sentence computation",
            ReleaseTrigger.ChargesDroppedOrDismissed or ReleaseTrigger.Acquittal => "court docket",
            ReleaseTrigger.PretrialDiversion => "court order",
            _ => "jail management system",
        };

        private TransitionInput Input(string actor, DateTime at, string reason, string source, string? note = null) =>
            new(actor, at, reason, new TransitionEvidence(source, booking.BookingNumber, note));

        /// <summary>A time the given minutes after the detainer's last step.</summary>
        private DateTime After(int minutes) => detainer.LastChangedAtUtc.AddMinutes(minutes);

        /// <summary>Runs one step at <paramref name="at"/> unless that lies on or after the anchor. A refusal is a bug in the generator.</summary>
        private bool Step(DateTime at, Func<DateTime, DomainError?> step)
        {
            if (at >= _anchor) return false;
            var refusal = step(at);
            if (refusal is not null)
                throw new InvalidOperationException($"The demo generator built a step the lifecycle refuses on detainer {detainer.Id} ({detainer.Status}): {refusal.Code}: {refusal.Message}");
            return true;
        }

        private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
        private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
    }

    private static readonly string[] LiftReasons =
    [
        "Subject not removable after review",
        "No longer an enforcement priority",
        "Identity mismatch: not the person sought",
        "Subject's status adjusted",
        "Detainer reissued by another office",
    ];
}
