using DetainerDesk.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DetainerDesk.Data.Idempotency;

/// <summary>
/// A POST of the API that carried the caller's own event id (Idempotency-Key), and the answer it got. The row is
/// written before the work starts (StatusCode null: in progress) so that two simultaneous retries cannot both do it;
/// the unique (organisation, key) index lets only one insert win.
/// </summary>
public sealed class IdempotencyRecord
{
    public long Id { get; init; }
    public Guid OrganisationId { get; init; }
    public required string Key { get; init; }
    /// <summary>SHA-256 (hex) of the method, path and body: the same key with another request is refused.</summary>
    public required string RequestHash { get; init; }
    public int? StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public byte[]? ResponseBody { get; set; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime? CompletedAtUtc { get; set; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public const int MaxKeyLength = 200;

    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.Property(r => r.Key).HasMaxLength(MaxKeyLength);
        b.Property(r => r.RequestHash).HasMaxLength(64);
        b.Property(r => r.ContentType).HasMaxLength(100);
        b.Property(r => r.Location).HasMaxLength(400);
        b.Property(r => r.ETag).HasMaxLength(40);
        b.HasIndex(r => new { r.OrganisationId, r.Key }).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
