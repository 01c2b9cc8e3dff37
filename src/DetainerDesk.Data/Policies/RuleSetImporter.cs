using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Policies;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Policies;

/// <summary>
/// Brings the reviewed rule-set files of the code base into the database on start: a file never imported becomes
/// version 1; a file whose text changed since it was last imported becomes the next version and supersedes the active
/// one (a reviewed change to the law in the repository wins over an earlier edit in the UI, and both stay in the history).
/// </summary>
public static class RuleSetImporter
{
    private const string TakePostgresLock = "SELECT pg_advisory_xact_lock(4919131752989213747)";

    /// <summary>Imports <paramref name="files"/> (the shipped ones by default) and returns how many versions were added.</summary>
    public static async Task<int> ImportAsync(AppDbContext db, AuditLog audit, DateTime nowUtc, IReadOnlyList<RuleSetFile>? files, CancellationToken ct)
    {
        // Parse before writing: a broken file fails before the database is touched.
        var parsed = (files ?? RuleBook.EmbeddedFiles()).Select(f => (File: f, Set: RuleSetParser.Parse(f.Name, f.Json))).ToList();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            // Two web nodes starting together must not both add version 2.
            if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync(TakePostgresLock, token);
            var stored = await db.RuleSetVersions.ToListAsync(token);
            var added = 0;
            foreach (var (file, set) in parsed)
            {
                var versions = stored.Where(r => r.RuleSetId == set.Id).ToList();
                var lastImport = versions.Where(r => r.SourceFile is not null).MaxBy(r => r.Version);
                if (lastImport?.ContentHash == file.ContentHash) continue;

                foreach (var active in versions.Where(r => r.Status == RuleSetStatus.Active)) active.Status = RuleSetStatus.Superseded;
                var number = versions.Count == 0 ? 1 : versions.Max(r => r.Version) + 1;
                var note = lastImport is null ? $"Imported from {file.Name}." : $"{file.Name} changed in the code base; imported again.";
                var row = StoredRuleSet.Of(set, file.Json, number, file.Name, Actor.System.Id, nowUtc, note);
                db.RuleSetVersions.Add(row);
                audit.Add(Actor.System, "policy.ruleset.import", "RuleSet", set.Id, details: $"version={number};hash={row.ContentHash};file={file.Name}");
                // One save per rule set: the audit chain links one new entry per save.
                await db.SaveChangesAsync(token);
                added++;
            }
            await transaction.CommitAsync(token);
            return added;
        }, ct);
    }
}
