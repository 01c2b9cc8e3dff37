using System.Diagnostics;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Imports.JailBookings;

/// <summary>
/// `import jail-bookings`: a jail's or prison's export (docs/jail-bookings.md) into the persons, bookings, charges and
/// detainer receipts the rest of DetainerDesk uses, for the facilities of one agency only.
/// It reads files like <see cref="ImportPipeline"/> (the same readers, header search, value checks, reject file and
/// summary) but resolves each row against the database and the batch so far instead of bulk-inserting flat records: a
/// row needs the database (is the booking known? whom do the identifiers point to? which detainer?), and a later row
/// of the file needs what an earlier one wrote. So a batch's rows are read and checked first, its bookings and persons
/// loaded in one query each (<see cref="JailBookingBatch"/>), then its rows written in order and the batch saved once.
/// Idempotent by natural keys (facility + booking number, booking + charge number, the detainer's id), so a re-run,
/// a resumed run and an export that repeats yesterday's bookings add nothing twice. The file (by SHA-256) is an
/// <see cref="ImportSource"/> of its own per agency, whose marker and counts move in each batch's transaction.
/// </summary>
public sealed class JailBookingImport(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string KindName = "jail-bookings";
    public const int DefaultBatchSize = 500;

    /// <summary>The local agency with this code (an ORI), or null.</summary>
    public static Task<Organisation?> FindAgencyAsync(AppDbContext db, string code, CancellationToken ct)
    {
        var upper = code.Trim().ToUpperInvariant();
        return db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Kind == OrganisationKind.LocalAgency && o.Code.ToUpper() == upper, ct);
    }

    public async Task<ImportSummary> RunAsync(Organisation agency, string path, string rejectPath, Actor actor,
        IProgress<ImportProgress>? progress = null, int batchSize = DefaultBatchSize, CancellationToken ct = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var fileName = Path.GetFileName(path);
        var sha256 = await ImportRows.HashAsync(path, ct);
        var facilities = await db.Facilities.AsNoTracking().Where(f => f.AgencyId == agency.Id).ToListAsync(ct);
        var byCode = facilities.ToDictionary(f => f.Code, StringComparer.OrdinalIgnoreCase);
        var reader = new JailBookingColumns(byCode, agency.Code);
        var agent = actor with { OrganisationId = agency.Id };
        var writer = new JailBookingWriter(db, audit, clock, agent, facilities.Select(f => f.Id).ToHashSet());

        using var file = TabularFile.Open(path);
        using var rejects = new RejectFile(rejectPath);
        var context = new ImportRowContext(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        using var rows = file.Rows().GetEnumerator();
        var top = new List<SourceRow>();
        while (top.Count < ImportLimits.HeaderSearchRows && rows.MoveNext()) top.Add(rows.Current);
        var columns = ColumnMap.Find(JailBookingColumns.List, top, fileName);

        var source = await ImportRows.SourceAsync(db, clock, $"{KindName}:{agency.Code}", sha256, fileName, file, ct);
        db.ChangeTracker.Clear(); // the batches attach the record themselves
        // Rows up to the marker are checked again (their rejects belong in this run's file) but were counted by an earlier run.
        var countedBefore = source.CommittedThroughLine;
        progress?.Report(new ImportProgress(fileName, 0, file.BytesRead, file.Length));

        long read = 0, imported = 0, rejected = 0, duplicates = 0, blank = 0, lastLine = 0;
        long batchImported = 0, batchRejected = 0, inBatch = 0;
        string? error = null;
        // A batch's rows are read and checked first, then its bookings and persons are loaded at once and the rows written in order.
        var pending = new List<(SourceRow Row, JailBookingRow? Checked, List<RejectReason> Problems)>(batchSize);
        async Task WritePendingAsync()
        {
            var batch = await JailBookingBatch.LoadAsync(db, [.. pending.Where(p => p.Checked is not null).Select(p => p.Checked!)], ct);
            foreach (var (row, checkedRow, problems) in pending)
            {
                var outcome = checkedRow is null ? RowOutcome.Rejected : await writer.WriteAsync(batch, checkedRow, fileName, problems, ct);
                switch (outcome)
                {
                    case RowOutcome.Imported: imported++; batchImported++; break;
                    case RowOutcome.Duplicate: duplicates++; break;
                    default:
                        rejected++;
                        if (row.Line > countedBefore) batchRejected++;
                        foreach (var problem in problems) rejects.Write(row.Line, problem);
                        break;
                }
            }
            pending.Clear();
        }
        // The batch's changes are detected once, when it is saved; rows only add and change tracked entities.
        var previousAutoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            try
            {
                foreach (var row in ImportRows.AfterHeader(top, rows, columns.HeaderLine))
                {
                    ct.ThrowIfCancellationRequested();
                    lastLine = row.Line;
                    if (row.Cells.All(string.IsNullOrWhiteSpace)) { blank++; continue; }
                    read++;
                    inBatch++;
                    var problems = new List<RejectReason>();
                    var checkedRow = ImportRows.HasValidShape(row, columns, problems) ? reader.Read(row, columns, context, clock.GetUtcNow().UtcDateTime, problems) : null;
                    pending.Add((row, checkedRow, problems));
                    if (inBatch >= batchSize)
                    {
                        await WritePendingAsync();
                        await CommitAsync(source, row.Line, batchImported, batchRejected, complete: false, null, ct);
                        await transaction.DisposeAsync();
                        transaction = await db.Database.BeginTransactionAsync(ct);
                        (batchImported, batchRejected, inBatch) = (0, 0, 0);
                    }
                    if (read % 200 == 0) progress?.Report(new ImportProgress(fileName, read, file.BytesRead, file.Length));
                }
            }
            catch (ImportFormatException e)
            {
                // The rows before the damage are good: keep them, so the run's report matches the database.
                error = e.Message;
            }
            await WritePendingAsync();

            var summary = $"file={fileName};sha256={sha256};agency={agency.Code};read={read};imported={imported};rejected={rejected};duplicates={duplicates}";
            await CommitAsync(source, Math.Max(lastLine, source.CommittedThroughLine), batchImported, batchRejected, complete: error is null,
                () => audit.Add(agent, $"import.{KindName}", nameof(ImportSource), source.Id.ToString(), error is null ? AuditOutcomes.Success : AuditOutcomes.Failure, summary), ct);
        }
        finally
        {
            await transaction.DisposeAsync();
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = previousAutoDetect;
        }

        progress?.Report(new ImportProgress(fileName, read, file.Length, file.Length));
        return new ImportSummary(fileName, KindName, file.Format, sha256, read, imported, rejected, duplicates, blank, rejects.Path,
            context.Unmapped, error is null, error, stopwatch.Elapsed);
    }

    /// <summary>Saves the batch's rows with the file's marker and counts, and commits them: after a crash both are there or neither.</summary>
    private async Task CommitAsync(ImportSource source, long throughLine, long imported, long rejected, bool complete, Action? beforeSave, CancellationToken ct)
    {
        source.CommittedThroughLine = throughLine;
        source.ImportedCount += imported;
        source.RejectedCount += rejected;
        if (complete) source.CompletedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        db.Entry(source).State = EntityState.Modified;
        beforeSave?.Invoke();
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        await db.Database.CommitTransactionAsync(ct);
        db.ChangeTracker.Clear();
    }
}
