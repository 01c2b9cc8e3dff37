using DetainerDesk.Data.ApiKeys;
using DetainerDesk.Data.Identity;
using DetainerDesk.Domain.Audit;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DetainerDesk.Data.Persistence;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.HasIndex(o => o.Code).IsUnique();
        b.Property(o => o.Code).HasMaxLength(20);
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.StateCode).HasMaxLength(2);
        b.Property(o => o.CountyFips).HasMaxLength(5);
        b.Property(o => o.AorCode).HasMaxLength(3);
    }
}

internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> b)
    {
        b.HasIndex(f => f.Code).IsUnique();
        b.HasIndex(f => f.AgencyId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(f => f.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(f => f.Code).HasMaxLength(20);
        b.Property(f => f.Name).HasMaxLength(200);
        b.Property(f => f.City).HasMaxLength(100);
        b.Property(f => f.StateCode).HasMaxLength(2);
        b.Property(f => f.CountyFips).HasMaxLength(5);
        b.Property(f => f.AorCode).HasMaxLength(3);
        b.Property(f => f.TimeZone).HasMaxLength(64);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Ignore(p => p.DisplayName);
        b.Property(p => p.FamilyName).HasMaxLength(100);
        b.Property(p => p.GivenName).HasMaxLength(100);
        b.Property(p => p.MiddleName).HasMaxLength(100);
        b.Property(p => p.CountryOfCitizenship).HasMaxLength(100);
        b.Property(p => p.ANumber).HasMaxLength(10);
        b.Property(p => p.FbiNumber).HasMaxLength(20);
        b.HasIndex(p => p.ANumber);
        b.HasIndex(p => new { p.FamilyName, p.DateOfBirth });
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> b)
    {
        b.Property(x => x.BookingNumber).HasMaxLength(40);
        b.HasIndex(x => new { x.FacilityId, x.BookingNumber }).IsUnique();
        b.HasIndex(x => x.PersonId);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Facility>().WithMany().HasForeignKey(x => x.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Charges).WithOne().HasForeignKey(c => c.BookingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChargeConfiguration : IEntityTypeConfiguration<Charge>
{
    public void Configure(EntityTypeBuilder<Charge> b)
    {
        b.Property(c => c.NcicCode).HasMaxLength(4);
        b.Property(c => c.Description).HasMaxLength(200);
        b.HasIndex(c => new { c.BookingId, c.Sequence }).IsUnique();
    }
}

internal sealed class DetainerConfiguration : IEntityTypeConfiguration<Detainer>
{
    public void Configure(EntityTypeBuilder<Detainer> b)
    {
        b.Property(d => d.WarrantNumber).HasMaxLength(40);
        b.Property(d => d.LodgedByUserId).HasMaxLength(450);
        b.Property(d => d.ReceivedByUserId).HasMaxLength(450);
        b.Property(d => d.Version).IsConcurrencyToken();
        // The steps since load go to the DetainerEvents table (see DetainerTimeline); the aggregate keeps only its state.
        b.Ignore(d => d.Events);
        b.OwnsOne(d => d.Decision, decision =>
        {
            decision.Property(x => x.Response).HasColumnName("DecisionResponse");
            decision.Property(x => x.RuleId).HasColumnName("DecisionRuleId").HasMaxLength(100);
            decision.Property(x => x.Citation).HasColumnName("DecisionCitation").HasMaxLength(400);
        });
        // The hold-expiry work looks for running holds by their end.
        b.HasIndex(d => new { d.Status, d.HoldEndsAtUtc });
        b.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Booking>().WithMany().HasForeignKey(d => d.BookingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Facility>().WithMany().HasForeignKey(d => d.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(d => d.ReceivingAgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(d => d.IssuingOfficeId).OnDelete(DeleteBehavior.Restrict);
        // The two scoped list queries: an agency's inbox and a field office's lodged detainers, newest first.
        b.HasIndex(d => new { d.ReceivingAgencyId, d.Status, d.LodgedAtUtc });
        b.HasIndex(d => new { d.IssuingOfficeId, d.LodgedAtUtc });
        b.HasIndex(d => new { d.FacilityId, d.LodgedAtUtc });
        b.HasIndex(d => d.LodgedAtUtc);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasKey(a => a.Sequence);
        b.Property(a => a.Sequence).ValueGeneratedNever();
        b.Property(a => a.Actor).HasMaxLength(450);
        b.Property(a => a.Action).HasMaxLength(64);
        b.Property(a => a.EntityType).HasMaxLength(64);
        b.Property(a => a.EntityId).HasMaxLength(64);
        b.Property(a => a.Outcome).HasMaxLength(16);
        b.Property(a => a.Details).HasMaxLength(2000);
        b.Property(a => a.PreviousHash).HasMaxLength(64);
        b.Property(a => a.Hash).HasMaxLength(64);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
        b.HasIndex(a => a.AtUtc);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.HasIndex(k => k.Prefix).IsUnique();
        b.Property(k => k.Prefix).HasMaxLength(8);
        b.Property(k => k.Hash).HasMaxLength(64);
        b.Property(k => k.Name).HasMaxLength(100);
        b.Property(k => k.Role).HasMaxLength(32);
        b.HasOne<Organisation>().WithMany().HasForeignKey(k => k.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.HasIndex(u => u.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
