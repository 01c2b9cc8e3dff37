using DetainerDesk.Data.Notifications;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;

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

    /// <summary>A lift or void takes effect at once: the agency holding the person must stop any hold now.</summary>
    public static void Ended(AppDbContext db, TimeProvider clock, Detainer d, string what, string reason) =>
        db.Notifications.Add(Notification.AboutDetainer(clock, d.ReceivingAgencyId, d.Id, "detainer.ended",
            $"Detainer {what}: do not hold the person on it",
            $"The detainer was {what} ({reason}). It gives no authority to keep the person; any hold on it has ended."));

    /// <summary>Release-date alerts: ICE plans pick-ups from these, so every new or changed date is sent.</summary>
    public static void ReleaseDate(AppDbContext db, TimeProvider clock, Detainer d, string localText, bool changed) =>
        db.Notifications.Add(Notification.AboutDetainer(clock, d.IssuingOfficeId, d.Id, "detainer.release-date",
            changed ? $"Release date changed: {localText}" : $"Release date set: {localText}",
            $"The holding agency expects to release the person on {localText} (facility time)."));

    /// <summary>The agency's notice of release to ICE, delivered to the issuing office's inbox.</summary>
    public static void ReleaseNotice(AppDbContext db, TimeProvider clock, Detainer d, string? releaseText) =>
        db.Notifications.Add(Notification.AboutDetainer(clock, d.IssuingOfficeId, d.Id, "detainer.notification",
            "Release notice from the holding agency",
            releaseText is null
                ? "The holding agency tells ICE that the person is about to be released."
                : $"The holding agency tells ICE that the person is to be released on {releaseText} (facility time)."));
}
