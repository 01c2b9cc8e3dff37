using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Policies;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Policies;

/// <summary>What is wrong with an edited rule set, precise enough to find: the line (when known), the JSON path and the problem.</summary>
public sealed record RuleSetProblem(int? Line, int? Column, string Field, string Problem)
{
    public override string ToString() => Line is { } line ? $"Line {line}, {Field}: {Problem}" : $"{Field}: {Problem}";
}

/// <summary>Checks and saves an administrator's edit of a rule set as its next version.</summary>
public static class RuleSetEdits
{
    /// <summary>Parses the edited text with the same strict parser as the shipped files, and checks it still is the same rule set.</summary>
    public static (RuleSet? Set, RuleSetProblem? Problem) Check(string ruleSetId, string json)
    {
        if (string.IsNullOrWhiteSpace(json)) return (null, new RuleSetProblem(null, null, "$", "the rule set is empty"));
        try
        {
            var set = RuleSetParser.Parse(ruleSetId, json);
            return set.Id == ruleSetId
                ? (set, null)
                : (null, new RuleSetProblem(1, null, "$.id", $"must stay '{ruleSetId}'; a new jurisdiction is added as a file in the code base"));
        }
        catch (RuleSetFormatException e)
        {
            return (null, new RuleSetProblem(e.Line, e.Column, e.JsonPath, e.Problem));
        }
    }

    /// <summary>
    /// Saves the text as the next version and supersedes the active one, with its audit entry, in one transaction.
    /// Returns the new version number, or the problem that prevented saving.
    /// </summary>
    public static async Task<(int? Version, RuleSetProblem? Problem)> SaveAsync(AppDbContext db, AuditLog audit, Actor actor,
        string ruleSetId, string json, string changeNote, DateTime nowUtc, CancellationToken ct)
    {
        var (set, problem) = Check(ruleSetId, json);
        if (problem is null && string.IsNullOrWhiteSpace(changeNote))
            problem = new RuleSetProblem(null, null, "change note", "say what changed and why");
        var versions = await db.RuleSetVersions.Where(r => r.RuleSetId == ruleSetId).ToListAsync(ct);
        if (problem is null && versions.Count == 0)
            problem = new RuleSetProblem(null, null, "$.id", $"there is no rule set '{ruleSetId}'");
        var active = versions.SingleOrDefault(r => r.Status == RuleSetStatus.Active);
        var row = problem is null && set is not null
            ? StoredRuleSet.Of(set, json, versions.Max(r => r.Version) + 1, null, actor.Id, nowUtc, changeNote.Trim())
            : null;
        if (row is not null && active?.ContentHash == row.ContentHash)
            problem = new RuleSetProblem(null, null, "$", "nothing changed: the text is the same as the active version");

        if (problem is not null || row is null)
        {
            // Refusals are audited too: who tried to change which law, and why it was not accepted.
            audit.Add(actor, "policy.ruleset.save", "RuleSet", ruleSetId, AuditOutcomes.Refused, problem?.ToString());
            await db.SaveChangesAsync(ct);
            return (null, problem);
        }

        if (active is not null) active.Status = RuleSetStatus.Superseded;
        db.RuleSetVersions.Add(row);
        audit.Add(actor, "policy.ruleset.save", "RuleSet", ruleSetId,
            details: $"version={row.Version};previous={active?.Version};hash={row.ContentHash};note={Truncate(row.ChangeNote)}");
        // The unique (rule set, version) index turns a concurrent save of the same version into a conflict, not a fork.
        await db.SaveChangesAsync(ct);
        return (row.Version, null);
    }

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200];
}
