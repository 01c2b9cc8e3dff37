using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.ReferenceData;

/// <summary>What one call of <see cref="ReferenceDataLoader.LoadAsync"/> inserted; all zero when the data was already there.</summary>
public sealed record ReferenceDataSummary(
    bool AlreadyLoaded, int States, int Counties, int FieldOffices, int CountyAorAssignments, int IceFacilities)
{
    public static readonly ReferenceDataSummary NothingToDo = new(true, 0, 0, 0, 0, 0);
}

/// <summary>
/// Loads the shipped reference data on first run. Idempotent: if any reference table already holds rows it does
/// nothing. All tables are written in one transaction, so a failed load leaves nothing behind and the next run retries.
/// </summary>
public static class ReferenceDataLoader
{
    private const int BatchSize = 1000;

    // The key names this loader's PostgreSQL advisory lock (released at commit): two web nodes starting together must not both insert.
    private const string TakePostgresLock = "SELECT pg_advisory_xact_lock(4919131752989213746)";

    public static async Task<ReferenceDataSummary> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        // The usual case on every start after the first: answer without parsing the files.
        if (await AnyLoadedAsync(db, ct))
            return ReferenceDataSummary.NothingToDo;
        // Parse before writing: a broken file fails before the database is touched.
        var data = ReferenceDataSet.ReadEmbedded();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            // SQLite's BEGIN IMMEDIATE already serialises writers; PostgreSQL needs the lock to make the check below safe.
            if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlRawAsync(TakePostgresLock, token);
            // Checked again under the lock: another node may have loaded meanwhile.
            if (await AnyLoadedAsync(db, token))
                return ReferenceDataSummary.NothingToDo;

            await InsertAsync(db, data.States, token);
            await InsertAsync(db, data.Counties, token);
            await InsertAsync(db, data.FieldOffices, token);
            await InsertAsync(db, data.CountyAorAssignments, token);
            await InsertAsync(db, data.IceFacilities, token);
            await transaction.CommitAsync(token);
            return new ReferenceDataSummary(false, data.States.Count, data.Counties.Count, data.FieldOffices.Count,
                data.CountyAorAssignments.Count, data.IceFacilities.Count);
        }, ct);
    }

    private static async Task<bool> AnyLoadedAsync(AppDbContext db, CancellationToken ct) =>
        await db.States.AnyAsync(ct) || await db.Counties.AnyAsync(ct) || await db.FieldOffices.AnyAsync(ct)
        || await db.CountyAorAssignments.AnyAsync(ct) || await db.IceFacilities.AnyAsync(ct);

    private static async Task InsertAsync<T>(AppDbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        foreach (var batch in rows.Chunk(BatchSize))
        {
            db.AddRange(batch);
            await db.SaveChangesAsync(ct);
        }
    }
}
