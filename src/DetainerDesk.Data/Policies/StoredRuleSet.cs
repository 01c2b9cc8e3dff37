using DetainerDesk.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DetainerDesk.Data.Policies;

public enum RuleSetStatus
{
    Active = 1,
    Superseded = 2,
}

/// <summary>
/// One numbered version of one jurisdiction's rule set, as JSON text. Versions are only ever added: an edit or a changed
/// file supersedes the active row and adds the next number, so every evaluation can name the exact text it used.
/// </summary>
public sealed class StoredRuleSet
{
    public Guid Id { get; init; }
    /// <summary>The rule set's own id (the jurisdiction key in the file, e.g. <c>wa-king-county</c>).</summary>
    public required string RuleSetId { get; init; }
    public int Version { get; init; }
    public required string Name { get; init; }
    public JurisdictionLayer Layer { get; init; }
    public required string Json { get; init; }
    public required string ContentHash { get; init; }
    /// <summary>The earliest effectiveFrom of the file's law versions.</summary>
    public DateOnly EffectiveFrom { get; init; }
    /// <summary>The last effectiveTo of the file's law versions; null while the newest is still in force.</summary>
    public DateOnly? EffectiveTo { get; init; }
    /// <summary>The shipped file this version was imported from; null when an administrator wrote it.</summary>
    public string? SourceFile { get; init; }
    public required string CreatedBy { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public required string ChangeNote { get; init; }
    public RuleSetStatus Status { get; set; }

    public static StoredRuleSet Of(RuleSet parsed, string json, int version, string? sourceFile, string createdBy, DateTime nowUtc, string note) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(nowUtc, TimeSpan.Zero)),
        RuleSetId = parsed.Id,
        Version = version,
        Name = parsed.Name,
        Layer = parsed.Scope.Layer,
        Json = json,
        ContentHash = new RuleSetFile(parsed.Id, json).ContentHash,
        EffectiveFrom = parsed.Versions.Min(v => v.EffectiveFrom),
        EffectiveTo = parsed.Versions.Any(v => v.EffectiveTo is null) ? null : parsed.Versions.Max(v => v.EffectiveTo),
        SourceFile = sourceFile,
        CreatedBy = createdBy,
        CreatedAtUtc = nowUtc,
        ChangeNote = note,
        Status = RuleSetStatus.Active,
    };
}

internal sealed class StoredRuleSetConfiguration : IEntityTypeConfiguration<StoredRuleSet>
{
    public void Configure(EntityTypeBuilder<StoredRuleSet> b)
    {
        b.ToTable("RuleSetVersions");
        b.HasIndex(r => new { r.RuleSetId, r.Version }).IsUnique();
        b.HasIndex(r => r.Status);
        b.Property(r => r.RuleSetId).HasMaxLength(100);
        b.Property(r => r.Name).HasMaxLength(200);
        b.Property(r => r.ContentHash).HasMaxLength(64);
        b.Property(r => r.SourceFile).HasMaxLength(200);
        b.Property(r => r.CreatedBy).HasMaxLength(450);
        b.Property(r => r.ChangeNote).HasMaxLength(2000);
    }
}
