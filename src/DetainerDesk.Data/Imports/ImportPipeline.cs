using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Imports;

/// <summary>
/// Imports one file: reads it row by row, checks and maps each row, writes good rows in batches, each batch in one
/// transaction together with the file's progress marker (<see cref="ImportSource.CommittedThroughLine"/>), and writes
/// every bad row to the reject file. Reading and checking run on one task and the writing on another, so the
/// two overlap; batches are committed in file order. Memory holds a few batches, never the file.
/// Re-running the same file (same bytes) skips what earlier runs committed, so an interrupted run finishes without
/// duplicates or gaps, and a finished file imports nothing twice; the unique (source, line) index backs this up.
/// </summary>
public sealed class ImportPipeline(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int DefaultBatchSize = 5000;

    public async Task<ImportSummary> RunAsync<TRecord>(ImportKind<TRecord> kind, string path, string rejectPath, Actor actor,
        IProgress<ImportProgress>? progress = null, int batchSize = DefaultBatchSize, CancellationToken ct = default) where TRecord : class
    {
        var stopwatch = Stopwatch.StartNew();
        var fileName = Path.GetFileName(path);
        var sha256 = await ImportRows.HashAsync(path, ct);
        using var file = TabularFile.Open(path);
        using var rejects = new RejectFile(rejectPath);
        var context = new ImportRowContext(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

        using var rows = file.Rows().GetEnumerator();
        var top = new List<SourceRow>();
        while (top.Count < ImportLimits.HeaderSearchRows && rows.MoveNext()) top.Add(rows.Current);
        var columns = ColumnMap.Find(kind.Columns, top, fileName);

        var source = await ImportRows.SourceAsync(db, clock, kind.Name, sha256, fileName, file, ct);
        var alreadyComplete = source.CompletedAtUtc is not null;
        var resumeAfter = source.CommittedThroughLine;
        progress?.Report(new ImportProgress(fileName, 0, file.BytesRead, file.Length));

        // Checking and writing overlap: one task reads, checks and maps rows into batches, this one commits them in
        // order. The channel holds at most two batches, so memory stays flat and a commit is never far behind the reading.
        var channel = Channel.CreateBounded<PendingBatch<TRecord>>(new BoundedChannelOptions(2)
            { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reading = Task.Run(() => ReadAsync(kind, fileName, file, top, rows, columns, source.Id, resumeAfter, context, rejects, progress,
            batchSize, channel.Writer, stop.Token), CancellationToken.None);

        long imported = 0;
        Exception? writeFailure = null;
        var previousAutoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await foreach (var pending in channel.Reader.ReadAllAsync(stop.Token))
                imported += await CommitAsync(source, pending.Records, pending.ThroughLine, pending.NewRejects, complete: false, stop.Token);
        }
        catch (Exception e)
        {
            writeFailure = e;
            await stop.CancelAsync();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = previousAutoDetect;
        }

        ReadTail<TRecord> tail;
        try
        {
            // A failure of the reading (or the caller's cancellation) ends the loop above too; report the reading's own.
            tail = await reading;
        }
        catch (OperationCanceledException) when (writeFailure is not null && !ct.IsCancellationRequested)
        {
            ExceptionDispatchInfo.Throw(writeFailure);
            throw;
        }
        if (writeFailure is not null) ExceptionDispatchInfo.Throw(writeFailure);

        var error = tail.Error;
        var batch = tail.Records;
        var newRejects = tail.NewRejects;
        if (!alreadyComplete)
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                imported += await CommitAsync(source, batch, Math.Max(tail.LastLine, source.CommittedThroughLine), newRejects, complete: error is null, ct,
                    () => audit.Add(actor, $"import.{kind.Name}", nameof(ImportSource), source.Id.ToString(),
                        error is null ? AuditOutcomes.Success : AuditOutcomes.Failure,
                        $"file={fileName};sha256={sha256};imported={source.ImportedCount + batch.Count};rejected={source.RejectedCount + newRejects}"));
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = previousAutoDetect;
            }
        }
        progress?.Report(new ImportProgress(fileName, tail.Read, file.Length, file.Length));
        return new ImportSummary(fileName, kind.Name, file.Format, sha256, tail.Read, imported, tail.Rejected, tail.Duplicates, tail.Blank, rejects.Path,
            context.Unmapped, error is null, error, stopwatch.Elapsed);
    }

    /// <summary>A full batch for the writer, with the progress marker and reject count its commit records.</summary>
    private sealed record PendingBatch<TRecord>(List<TRecord> Records, long ThroughLine, long NewRejects);

    /// <summary>What the reading leaves for the last commit: the partial batch, the counts, and the file's damage if any.</summary>
    private sealed record ReadTail<TRecord>(List<TRecord> Records, long NewRejects, long LastLine, long Read, long Rejected, long Duplicates, long Blank, string? Error);

    private static async Task<ReadTail<TRecord>> ReadAsync<TRecord>(ImportKind<TRecord> kind, string fileName, TabularFile file, List<SourceRow> top,
        IEnumerator<SourceRow> rows, ColumnMap columns, Guid sourceId, long resumeAfter, ImportRowContext context, RejectFile rejects,
        IProgress<ImportProgress>? progress, int batchSize, ChannelWriter<PendingBatch<TRecord>> output, CancellationToken ct) where TRecord : class
    {
        long read = 0, rejected = 0, duplicates = 0, blank = 0, newRejects = 0, lastLine = 0;
        string? error = null;
        var batch = new List<TRecord>(batchSize);
        var problems = new List<RejectReason>();
        Exception? failure = null;
        try
        {
            foreach (var row in ImportRows.AfterHeader(top, rows, columns.HeaderLine))
            {
                ct.ThrowIfCancellationRequested();
                lastLine = row.Line;
                if (IsBlank(row)) { blank++; continue; }
                read++;
                problems.Clear();
                var record = Check(kind, row, columns, sourceId, context, problems);
                var done = row.Line <= resumeAfter;
                if (record is null)
                {
                    rejected++;
                    if (!done) newRejects++;
                    foreach (var problem in problems) rejects.Write(row.Line, problem);
                }
                else if (done) duplicates++;
                else batch.Add(record);

                if (batch.Count >= batchSize)
                {
                    await output.WriteAsync(new PendingBatch<TRecord>(batch, row.Line, newRejects), ct);
                    batch = new List<TRecord>(batchSize);
                    newRejects = 0;
                }
                if (read % 1000 == 0) progress?.Report(new ImportProgress(fileName, read, file.BytesRead, file.Length));
            }
        }
        catch (ImportFormatException e)
        {
            // The rows before the damage are good: keep them, so the run's report matches the database.
            error = e.Message;
        }
        catch (Exception e)
        {
            failure = e;
            throw;
        }
        finally
        {
            output.TryComplete(failure);
        }
        return new ReadTail<TRecord>(batch, newRejects, lastLine, read, rejected, duplicates, blank, error);
    }

    private static TRecord? Check<TRecord>(ImportKind<TRecord> kind, SourceRow row, ColumnMap columns, Guid sourceId, ImportRowContext context, List<RejectReason> problems)
        where TRecord : class =>
        ImportRows.HasValidShape(row, columns, problems) ? kind.Map(row, columns, sourceId, context, problems) : null;

    private static bool IsBlank(SourceRow row) => row.Cells.All(string.IsNullOrWhiteSpace);

    /// <summary>Writes the batch and moves the marker in one transaction: after a crash either both are there or neither.</summary>
    private async Task<long> CommitAsync<TRecord>(ImportSource source, List<TRecord> batch, long throughLine, long newRejects, bool complete,
        CancellationToken ct, Action? beforeSave = null) where TRecord : class
    {
        var count = batch.Count;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await BulkInsert.InsertAsync(db, batch, ct);
        source.CommittedThroughLine = throughLine;
        source.ImportedCount += count;
        source.RejectedCount += newRejects;
        if (complete) source.CompletedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.Entry(source).State = EntityState.Modified;
        beforeSave?.Invoke();
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        db.Attach(source);
        batch.Clear();
        return count;
    }
}
