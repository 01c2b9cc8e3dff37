using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Persistence;

/// <summary>The ASP.NET Core Data Protection key ring lives in the database, so every node reads the same keys (<see cref="DataProtectionSetup"/>).</summary>
public abstract partial class AppDbContext : IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// The key ring saves its rows with the synchronous SaveChanges, from a scope and a context of its own, so such a
    /// save never carries an audit entry or any other change. Only that save may bypass SaveChangesAsync.
    /// </summary>
    private bool HoldsOnlyKeyRingChanges() => ChangeTracker.Entries()
        .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
        .All(e => e.Entity is DataProtectionKey);
}
