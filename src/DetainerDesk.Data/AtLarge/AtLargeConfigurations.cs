using System.Text.Json;
using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.AtLarge.Priorities;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DetainerDesk.Data.AtLarge;

internal sealed class FugitiveTeamConfiguration : IEntityTypeConfiguration<FugitiveTeam>
{
    public void Configure(EntityTypeBuilder<FugitiveTeam> b)
    {
        b.ToTable("FugitiveTeams");
        b.Property(t => t.Id).ValueGeneratedNever();
        b.HasIndex(t => t.Code).IsUnique();
        b.HasIndex(t => t.FieldOfficeId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(t => t.FieldOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(t => t.Code).HasMaxLength(20);
        b.Property(t => t.Name).HasMaxLength(200);
    }
}

internal sealed class AtLargeCaseConfiguration : IEntityTypeConfiguration<AtLargeCase>
{
    public void Configure(EntityTypeBuilder<AtLargeCase> b)
    {
        b.ToTable("AtLargeCases");
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Property(c => c.TipReference).HasMaxLength(100);
        b.Property(c => c.OpenedBy).HasMaxLength(450);
        b.Ignore(c => c.CurrentClassification);
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.FieldOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Detainer>().WithMany().HasForeignKey(c => c.DetainerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FugitiveTeam>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
        // One case per released detainer: opening twice (a retried job, two nodes) must fail, not duplicate.
        b.HasIndex(c => c.DetainerId).IsUnique();
        // The team board and the office's list: open cases by status.
        b.HasIndex(c => new { c.FieldOfficeId, c.Status });
        b.HasIndex(c => new { c.TeamId, c.Status });
        b.HasIndex(c => c.PersonId);
        b.HasOne<Booking>().WithMany().HasForeignKey(c => c.RebookingId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(c => c.Classifications).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Classifications).HasField("_classifications").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> b)
    {
        b.ToTable("AtLargeCaseEvents");
        b.HasIndex(e => new { e.CaseId, e.Version }).IsUnique();
        b.Property(e => e.Actor).HasMaxLength(450);
        b.Property(e => e.Reason).HasMaxLength(1000);
        b.Property(e => e.EvidenceSource).HasMaxLength(200);
        b.Property(e => e.EvidenceReference).HasMaxLength(200);
    }
}

internal sealed class PriorityClassificationConfiguration : IEntityTypeConfiguration<PriorityClassification>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<PriorityClassification> b)
    {
        b.ToTable("AtLargeClassifications");
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasIndex(c => new { c.CaseId, c.Sequence }).IsUnique();
        b.Ignore(c => c.FrameworkKey);
        b.Property(c => c.FrameworkId).HasMaxLength(60);
        b.Property(c => c.Priority).HasMaxLength(20);
        b.Property(c => c.PriorityLabel).HasMaxLength(200);
        b.Property(c => c.Reason).HasMaxLength(2000);
        b.Property(c => c.ClassifiedBy).HasMaxLength(450);
        // Stored as JSON text: a classification is read whole, to explain it, never queried by its facts.
        b.Property(c => c.Facts).HasColumnName("FactsJson").HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            v => JsonSerializer.Deserialize<List<string>>(v, Json) ?? new List<string>(),
            new ValueComparer<IReadOnlyList<string>>((x, y) => x!.SequenceEqual(y!), v => v.Count, v => v.ToList()));
        b.Property(c => c.FiredRules).HasColumnName("FiredRulesJson").HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            v => JsonSerializer.Deserialize<List<FiredRule>>(v, Json) ?? new List<FiredRule>(),
            new ValueComparer<IReadOnlyList<FiredRule>>((x, y) => x!.Count == y!.Count && x.Zip(y).All(p => Same(p.First, p.Second)), v => v.Count, v => v.ToList()));
    }

    private static bool Same(FiredRule a, FiredRule b) =>
        a.RuleId == b.RuleId && a.Priority == b.Priority && a.Citation == b.Citation && a.Because.SequenceEqual(b.Because);
}

internal sealed class AtLargeArrestConfiguration : IEntityTypeConfiguration<AtLargeArrest>
{
    public void Configure(EntityTypeBuilder<AtLargeArrest> b)
    {
        b.ToTable("AtLargeArrests");
        b.Property(a => a.Id).ValueGeneratedNever();
        b.HasIndex(a => a.CaseId).IsUnique();
        b.HasIndex(a => new { a.FieldOfficeId, a.ArrestedAtUtc });
        b.HasIndex(a => a.ArrestedAtUtc);
        b.HasOne<AtLargeCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.FieldOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FugitiveTeam>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Detainer>().WithMany().HasForeignKey(a => a.DetainerId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.ProbableCause).HasMaxLength(400);
        b.Property(a => a.Note).HasMaxLength(2000);
        b.Property(a => a.RecordedBy).HasMaxLength(450);
    }
}
