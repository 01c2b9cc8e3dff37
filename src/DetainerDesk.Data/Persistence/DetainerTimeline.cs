using DetainerDesk.Domain.Detainers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DetainerDesk.Data.Persistence;

/// <summary>
/// One stored step of a detainer's timeline. The aggregate records the steps it accepts (<see cref="Detainer.Events"/>);
/// SaveChanges appends them here in the same transaction, so the timeline never disagrees with the detainer.
/// </summary>
public sealed class DetainerEventRow
{
    public long Id { get; init; }
    public Guid DetainerId { get; init; }
    public int Version { get; init; }
    public DetainerAction Action { get; init; }
    public DetainerStatus From { get; init; }
    public DetainerStatus To { get; init; }
    public required string Actor { get; init; }
    public DateTime AtUtc { get; init; }
    public required string Reason { get; init; }
    public required string EvidenceSource { get; init; }
    public string? EvidenceReference { get; init; }
    public string? EvidenceNote { get; init; }

    public static DetainerEventRow Of(Guid detainerId, DetainerEvent e) => new()
    {
        DetainerId = detainerId, Version = e.Version, Action = e.Action, From = e.From, To = e.To, Actor = e.Actor, AtUtc = e.AtUtc,
        Reason = e.Reason, EvidenceSource = e.Evidence.Source, EvidenceReference = e.Evidence.Reference, EvidenceNote = e.Evidence.Note,
    };
}

internal static class DetainerTimeline
{
    /// <summary>Adds a row for every step the tracked detainers accepted that is not stored yet (saving twice adds nothing).</summary>
    public static void AppendNewEvents(DbContext db)
    {
        var rows = db.Set<DetainerEventRow>();
        HashSet<(Guid, int)>? stored = null;
        foreach (var detainer in db.ChangeTracker.Entries<Detainer>().Select(e => e.Entity).Where(d => d.Events.Count > 0).ToList())
        {
            // Built once per save, and only when some detainer has steps: seeding saves thousands of detainers at a time.
            stored ??= [.. rows.Local.Select(r => (r.DetainerId, r.Version))];
            foreach (var e in detainer.Events)
                if (stored.Add((detainer.Id, e.Version)))
                    rows.Add(DetainerEventRow.Of(detainer.Id, e));
        }
    }
}

internal sealed class DetainerEventRowConfiguration : IEntityTypeConfiguration<DetainerEventRow>
{
    public void Configure(EntityTypeBuilder<DetainerEventRow> b)
    {
        b.ToTable("DetainerEvents");
        b.HasIndex(r => new { r.DetainerId, r.Version }).IsUnique();
        b.HasOne<Detainer>().WithMany().HasForeignKey(r => r.DetainerId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.Actor).HasMaxLength(450);
        b.Property(r => r.Reason).HasMaxLength(1000);
        b.Property(r => r.EvidenceSource).HasMaxLength(200);
        b.Property(r => r.EvidenceReference).HasMaxLength(200);
        b.Property(r => r.EvidenceNote).HasMaxLength(2000);
    }
}
