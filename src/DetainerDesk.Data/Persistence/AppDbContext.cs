using DetainerDesk.Data.ApiKeys;
using DetainerDesk.Data.Identity;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Notifications;
using DetainerDesk.Data.ReferenceData;
using DetainerDesk.Domain.Audit;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Domain.People;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Persistence;

/// <summary>
/// The unit of work for every feature. One subclass per provider (SQLite, PostgreSQL) owns its migrations;
/// the model itself is defined once here. Features add their tables in partial files (AppDbContext.Feature.cs).
/// </summary>
public abstract partial class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Facility> Facilities => Set<Facility>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<Booking> Bookings => Set<Booking>();
    public DbSet<Charge> Charges => Set<Charge>();
    public DbSet<Detainer> Detainers => Set<Detainer>();
    public DbSet<DetainerEventRow> DetainerEvents => Set<DetainerEventRow>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<OutboxJob> OutboxJobs => Set<OutboxJob>();
    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<UsState> States => Set<UsState>();
    public DbSet<UsCounty> Counties => Set<UsCounty>();
    public DbSet<FieldOffice> FieldOffices => Set<FieldOffice>();
    public DbSet<CountyAorAssignment> CountyAorAssignments => Set<CountyAorAssignment>();
    public DbSet<IceFacility> IceFacilities => Set<IceFacility>();

    /// <summary>Serialises writers of the audit chain within the current transaction.</summary>
    protected abstract Task LockAuditChainAsync(CancellationToken cancellationToken);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly, t => t.Namespace?.StartsWith("DetainerDesk.Data", StringComparison.Ordinal) == true);
    }

    /// <summary>
    /// Saves the change together with its audit entries in one transaction. New audit entries are linked into
    /// the hash chain here, under a lock, so that two writers never fork the chain.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        DetainerTimeline.AppendNewEvents(this);
        NotificationDelivery.EnqueueForNewNotifications(this);
        await AtLarge.AtLargeSaveHooks.RunAsync(this, cancellationToken);
        var newEntries = ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .ToList();
        if (newEntries.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await LockAuditChainAsync(cancellationToken);
            var last = await AuditEntries.AsNoTracking()
                .OrderByDescending(a => a.Sequence)
                .Select(a => new { a.Sequence, a.Hash })
                .FirstOrDefaultAsync(cancellationToken);
            var sequence = last?.Sequence ?? 0;
            var hash = last?.Hash ?? AuditChain.Genesis;
            foreach (var entry in newEntries)
            {
                AuditChain.Link(entry, sequence, hash);
                (sequence, hash) = (entry.Sequence, entry.Hash);
            }
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) => HoldsOnlyKeyRingChanges()
        ? base.SaveChanges(acceptAllChangesOnSuccess)
        : throw new NotSupportedException("Use SaveChangesAsync: it links audit entries into the hash chain.");
}
