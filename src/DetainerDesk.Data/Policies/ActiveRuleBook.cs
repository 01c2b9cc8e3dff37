using System.Collections.Concurrent;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Policies;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Policies;

/// <summary>
/// The engine the application evaluates with: built from the active rule-set versions in the database, with the
/// version number of each, so a stored evaluation can name exactly which text it used.
/// </summary>
public sealed class ActiveRuleBook
{
    // One entry per database. The key of an entry is the set of active row ids, read on every call (one small query):
    // any save, on any web node, changes that set, so a stale engine is never used and no cross-node signal is needed.
    private static readonly ConcurrentDictionary<string, (string Stamp, ActiveRuleBook Book)> Cache = new(StringComparer.Ordinal);

    private ActiveRuleBook(RuleBook book, IReadOnlyDictionary<string, int> versions)
    {
        Book = book;
        Engine = new PolicyEngine(book);
        Versions = versions;
    }

    public RuleBook Book { get; }
    public PolicyEngine Engine { get; }
    /// <summary>Rule-set id → active stored version number.</summary>
    public IReadOnlyDictionary<string, int> Versions { get; }

    public static async Task<ActiveRuleBook> ForAsync(AppDbContext db, CancellationToken ct)
    {
        var active = await db.RuleSetVersions.AsNoTracking().Where(r => r.Status == RuleSetStatus.Active)
            .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        var stamp = string.Join(',', active);
        var key = db.Database.GetConnectionString() ?? "";
        if (Cache.TryGetValue(key, out var cached) && cached.Stamp == stamp) return cached.Book;

        var rows = await db.RuleSetVersions.AsNoTracking().Where(r => active.Contains(r.Id))
            .Select(r => new { r.RuleSetId, r.Version, r.Json }).ToListAsync(ct);
        // A database the shipped files were never imported into (a tool run before the app's first start) uses the files.
        var book = rows.Count == 0
            ? new ActiveRuleBook(RuleBook.Embedded, new Dictionary<string, int>())
            : new ActiveRuleBook(new RuleBook(rows.Select(r => RuleSetParser.Parse($"{r.RuleSetId} v{r.Version}", r.Json))),
                rows.ToDictionary(r => r.RuleSetId, r => r.Version, StringComparer.Ordinal));
        Cache[key] = (stamp, book);
        return book;
    }

    /// <summary>The engine's "set@version" names with the stored version number added: <c>wa-king-county@king-ord-18665 v2</c>.</summary>
    public IReadOnlyList<string> Describe(PolicyDecision decision) =>
        [.. decision.RuleSetVersionsApplied.Select(applied =>
        {
            var setId = applied.Split('@')[0];
            return Versions.TryGetValue(setId, out var number) ? $"{applied} v{number}" : applied;
        })];
}
