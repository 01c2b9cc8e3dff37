using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DetainerDesk.Data.Imports;

/// <summary>
/// One input file of one kind, identified by the SHA-256 of its bytes: the same file under another name or path is
/// the same source, and importing it again adds nothing. <see cref="CommittedThroughLine"/> moves forward in the
/// same transaction as each batch of records, so an interrupted import resumes after the last committed batch.
/// </summary>
public sealed class ImportSource
{
    public Guid Id { get; init; }
    /// <summary>The importer, e.g. "ice-detainers".</summary>
    public required string Kind { get; init; }
    public required string Sha256 { get; init; }
    /// <summary>The file name when first imported (no folder: paths say something about the importing machine, not the data).</summary>
    public required string FileName { get; init; }
    public long SizeBytes { get; init; }
    public required string Format { get; init; }
    public DateTime FirstStartedAtUtc { get; init; }
    /// <summary>Every line up to and including this one is imported or was rejected; 0 before the first batch.</summary>
    public long CommittedThroughLine { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    /// <summary>Totals over all runs; a resumed run adds to them.</summary>
    public long ImportedCount { get; set; }
    public long RejectedCount { get; set; }
}

internal sealed class ImportSourceConfiguration : IEntityTypeConfiguration<ImportSource>
{
    public void Configure(EntityTypeBuilder<ImportSource> b)
    {
        b.Property(s => s.Kind).HasMaxLength(40);
        b.Property(s => s.Sha256).HasMaxLength(64);
        b.Property(s => s.FileName).HasMaxLength(260);
        b.Property(s => s.Format).HasMaxLength(10);
        b.HasIndex(s => new { s.Kind, s.Sha256 }).IsUnique();
    }
}
