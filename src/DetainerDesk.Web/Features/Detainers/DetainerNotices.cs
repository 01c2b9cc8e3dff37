using System.Globalization;
using DetainerDesk.Data.Notifications;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Features.Shared;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>
/// The in-app messages that go with a step taken on the detainer page, added to the same unit of work as the step, so
/// a refused or conflicting step tells nobody anything.
/// </summary>
public static class DetainerNotices
{
    /// <summary>A claim blocks holds at once; the issuing office and the holding agency both need to know now.</summary>
    public static void ClaimRaised(AppDbContext db, TimeProvider clock, Detainer d, ClaimKind kind, string source)
    {
        var text = $"A {kind} claim was raised (source: {source}). No hold may run while it is open; refer the person to the LESC hotline (855) 448-6903.";
        foreach (var organisation in new[] { d.IssuingOfficeId, d.ReceivingAgencyId })
            db.Notifications.Add(Notification.AboutDetainer(clock, organisation, d.Id, "detainer.claim", $"{kind} claim raised: holds are blocked", text));
    }

    /// <summary>
    /// A lift or void takes effect at once (domain brief §6.2 item 12): the agency holding the person must stop any hold
    /// now. The kind names which one (detainer.lifted, detainer.voided), for inbox filters and webhook subscribers.
    /// </summary>
    public static void Ended(AppDbContext db, TimeProvider clock, Detainer d, DetainerAction how, bool wasHolding, string reason)
    {
        var what = how switch
        {
            DetainerAction.Lift => "lifted",
            DetainerAction.Void => "voided",
            _ => throw new ArgumentOutOfRangeException(nameof(how), how, "Only a lift or a void ends a detainer with this notice."),
        };
        var text = wasHolding
            ? $"The issuing office {what} this detainer. The hold ended at once: release the person unless held on other grounds. Reason: {reason}"
            : $"The issuing office {what} this detainer; it gives no authority to hold or to notify. Reason: {reason}";
        db.Notifications.Add(Notification.AboutDetainer(clock, d.ReceivingAgencyId, d.Id, $"detainer.{what}",
            wasHolding ? $"Detainer {what}: end the hold now" : $"Detainer {what}", text));
    }

    /// <summary>The agency's notice of release to ICE, delivered to the issuing office's inbox, with the legal basis when one overrode the decision.</summary>
    public static void ReleaseNotice(AppDbContext db, TimeProvider clock, Detainer d, string facilityTimeZone, string? legalBasis)
    {
        var when = d.ReleaseDateUtc is { } release
            ? string.Create(CultureInfo.InvariantCulture,
                $"The person is expected to be released on {FacilityClock.Format(release, facilityTimeZone)} (facility time), {release:yyyy-MM-dd HH:mm} UTC.")
            : "No release date is recorded yet.";
        var legal = legalBasis is null ? "" : $" The agency gave this notice on the legal basis: {legalBasis}.";
        db.Notifications.Add(Notification.AboutDetainer(clock, d.IssuingOfficeId, d.Id, "detainer.release-notice",
            "Release notice from the holding agency", when + legal));
    }
}
