using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DetainerDesk.Data.ReferenceData;

internal sealed class UsStateConfiguration : IEntityTypeConfiguration<UsState>
{
    public void Configure(EntityTypeBuilder<UsState> b)
    {
        b.HasKey(s => s.Fips);
        b.Property(s => s.Fips).HasMaxLength(2);
        b.Property(s => s.Code).HasMaxLength(2);
        b.Property(s => s.Name).HasMaxLength(60);
        b.Property(s => s.DefaultTimeZone).HasMaxLength(64);
        b.HasIndex(s => s.Code).IsUnique();
    }
}

internal sealed class UsCountyConfiguration : IEntityTypeConfiguration<UsCounty>
{
    public void Configure(EntityTypeBuilder<UsCounty> b)
    {
        b.HasKey(c => c.Fips);
        b.Property(c => c.Fips).HasMaxLength(5);
        b.Property(c => c.StateFips).HasMaxLength(2);
        b.Property(c => c.Name).HasMaxLength(100);
        b.HasIndex(c => c.StateFips);
    }
}

internal sealed class FieldOfficeConfiguration : IEntityTypeConfiguration<FieldOffice>
{
    public void Configure(EntityTypeBuilder<FieldOffice> b)
    {
        b.HasKey(f => f.Code);
        b.Property(f => f.Code).HasMaxLength(3);
        b.Property(f => f.Name).HasMaxLength(100);
        b.Property(f => f.Address).HasMaxLength(200);
        b.Property(f => f.Note).HasMaxLength(500);
    }
}

internal sealed class CountyAorAssignmentConfiguration : IEntityTypeConfiguration<CountyAorAssignment>
{
    public void Configure(EntityTypeBuilder<CountyAorAssignment> b)
    {
        b.Property(a => a.CountyFips).HasMaxLength(5);
        b.Property(a => a.AorCode).HasMaxLength(3);
        b.Property(a => a.Source).HasMaxLength(100);
        b.HasIndex(a => new { a.CountyFips, a.EffectiveFrom }).IsUnique();
    }
}

internal sealed class IceFacilityConfiguration : IEntityTypeConfiguration<IceFacility>
{
    public void Configure(EntityTypeBuilder<IceFacility> b)
    {
        b.HasKey(f => f.DetLoc);
        b.Property(f => f.DetLoc).HasMaxLength(16);
        b.Property(f => f.Name).HasMaxLength(200);
        b.Property(f => f.Address).HasMaxLength(200);
        b.Property(f => f.City).HasMaxLength(100);
        b.Property(f => f.County).HasMaxLength(100);
        b.Property(f => f.StateCode).HasMaxLength(2);
        b.Property(f => f.Zip).HasMaxLength(10);
        b.Property(f => f.AorCode).HasMaxLength(3);
        b.Property(f => f.Type).HasMaxLength(20);
        b.Property(f => f.TypeDetailed).HasMaxLength(40);
        b.HasIndex(f => f.AorCode);
    }
}
