using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DetainerDesk.Data.Linkage;

internal sealed class MatchReviewConfiguration : IEntityTypeConfiguration<MatchReview>
{
    public void Configure(EntityTypeBuilder<MatchReview> b)
    {
        b.ToTable("MatchReviews");
        b.Property(r => r.Source).HasMaxLength(20);
        b.Property(r => r.Summary).HasMaxLength(2000);
        b.Property(r => r.DecidedBy).HasMaxLength(100);
        b.Property(r => r.Reason).HasMaxLength(1000);
        // The queue: open items, strongest first; and "was this pair seen before?" on arrival.
        b.HasIndex(r => new { r.Status, r.CreatedAtUtc });
        b.HasIndex(r => new { r.PersonId, r.CandidateId });
        b.HasIndex(r => r.CandidateId);
    }
}

internal sealed class PersonMergeConfiguration : IEntityTypeConfiguration<PersonMerge>
{
    public void Configure(EntityTypeBuilder<PersonMerge> b)
    {
        b.ToTable("PersonMerges");
        b.Property(m => m.MergedBy).HasMaxLength(100);
        b.Property(m => m.Reason).HasMaxLength(1000);
        b.Property(m => m.UnmergedBy).HasMaxLength(100);
        b.Property(m => m.UnmergeReason).HasMaxLength(1000);
        b.HasIndex(m => m.SurvivorId);
        b.HasIndex(m => m.AbsorbedId);
    }
}
