using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DetainerDesk.Data.Persistence;

// The columns of the jail API (issue 3), beside the main configurations so that each feature's mapping stays in its own file.

/// <summary>A detainer that followed the person from another agency points to the one it continues.</summary>
internal sealed class DetainerFollowsConfiguration : IEntityTypeConfiguration<Detainer>
{
    public void Configure(EntityTypeBuilder<Detainer> b)
    {
        b.HasOne<Detainer>().WithMany().HasForeignKey(d => d.FollowsDetainerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => d.FollowsDetainerId);
    }
}

/// <summary>Re-arrests are found by strong identifiers, so each has an index.</summary>
internal sealed class PersonIdentifiersConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(p => p.StateId).HasMaxLength(RecordNumber.MaxLength);
        b.HasIndex(p => p.FbiNumber);
        b.HasIndex(p => p.StateId);
    }
}
