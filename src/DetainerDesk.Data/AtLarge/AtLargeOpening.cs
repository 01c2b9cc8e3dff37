using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.AtLarge.Priorities;
using DetainerDesk.Domain.Detainers;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.AtLarge;

/// <summary>A detainer that ended in release without transfer: what a case needs to open.</summary>
public sealed record ReleasedDetainer(Guid DetainerId, Guid PersonId, Guid FieldOfficeId, DetainerAction How, DateTime ReleasedAtUtc);

/// <summary>
/// When a detainer ends in release without transfer (declined, or the hold expired without pick-up), an at-large case
/// opens for the issuing field office, linked to the detainer and classified under the framework in force on the day
/// of the release (issue 7). SaveChanges does it, in the transaction that records the release, whichever front took
/// the step (page, API, hold clock), so a release is never left without its case; the unique detainer link keeps a
/// retried step from opening two.
/// </summary>
public static class AtLargeOpening
{
    public const string AuditAction = "atlarge.case-open";
    public const string SystemActor = "system:at-large";

    public static bool IsReleaseWithoutTransfer(DetainerAction action) => action is DetainerAction.ReleaseDeclined or DetainerAction.RecordHoldExpiry;

    /// <summary>
    /// Called by SaveChanges. Only detainers loaded and changed in this unit count: seeding and imports add detainers
    /// that already ended, and those are not new releases. The case is audited at the moment of the release.
    /// </summary>
    internal static async Task OpenForNewReleasesAsync(AppDbContext db, CancellationToken ct)
    {
        var released = db.ChangeTracker.Entries<Detainer>()
            .Where(e => e.State == EntityState.Modified)
            .Select(e => (Detainer: e.Entity, Release: e.Entity.Events.LastOrDefault(x => IsReleaseWithoutTransfer(x.Action))))
            .Where(x => x.Release is not null)
            .ToList();
        foreach (var (d, release) in released)
        {
            var c = await OpenAsync(db, new ReleasedDetainer(d.Id, d.PersonId, d.IssuingOfficeId, release!.Action, release.AtUtc),
                release.AtUtc, FrameworkBook.Embedded, Guid.NewGuid, ct);
            if (c is null) continue;
            var classification = c.CurrentClassification;
            new AuditLog(db, new AtLargeSaveHooks.FixedTime(release.AtUtc)).Add(Actor.System, AuditAction, "AtLargeCase", c.Id.ToString(),
                details: $"detainer={d.Id};framework={classification?.FrameworkKey ?? "none"};priority={classification?.Priority ?? "none"}");
        }
    }

    /// <summary>Opens and classifies the case for a released detainer and adds it to the unit of work; null when it already has one.</summary>
    public static async Task<AtLargeCase?> OpenAsync(AppDbContext db, ReleasedDetainer released, DateTime nowUtc, FrameworkBook frameworks,
        Func<Guid> newId, CancellationToken ct)
    {
        if (db.AtLargeCases.Local.Any(c => c.DetainerId == released.DetainerId)
            || await db.AtLargeCases.AnyAsync(c => c.DetainerId == released.DetainerId, ct))
            return null;
        var facts = await AtLargeFacts.ForPersonAsync(db, released.PersonId, DateOnly.FromDateTime(released.ReleasedAtUtc), ct);
        return Open(db, released, nowUtc, frameworks, facts, newId);
    }

    /// <summary>
    /// Opens the case with facts already read, without looking for an earlier case (the caller knows there is none;
    /// the unique detainer link refuses a second one anyway).
    /// </summary>
    /// <param name="newId">Ids for the case and its classification (the demo data pass deterministic ones).</param>
    public static AtLargeCase Open(AppDbContext db, ReleasedDetainer released, DateTime nowUtc, FrameworkBook frameworks, PriorityFacts facts, Func<Guid> newId)
    {
        var opened = AtLargeCase.Open(new OpenCaseCommand(newId(), released.PersonId, released.FieldOfficeId, CaseOrigin.ReleasedWithoutTransfer,
            SystemActor, nowUtc, released.How == DetainerAction.ReleaseDeclined
                ? "The agency released the person without transfer (declined)"
                : "The hold expired and the person was released without transfer", released.DetainerId));
        var c = opened.Value ?? throw new InvalidOperationException(string.Join("; ", opened.Errors.Select(e => e.Message)));
        if (frameworks.InForceOn(facts.AsOf) is { } framework)
            c.Classify(newId(), framework, facts, SystemActor, nowUtc);
        db.AtLargeCases.Add(c);
        return c;
    }
}
