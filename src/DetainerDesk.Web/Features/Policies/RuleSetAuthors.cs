using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.PolicyAdmin;

/// <summary>
/// Who saved a version, by name. A version keeps the actor id (a user id for people), which tells a reader nothing;
/// ids that are not users (the importer, the CLI) are shown as they are.
/// </summary>
public static class RuleSetAuthors
{
    public static async Task<IReadOnlyDictionary<string, string>> NamesAsync(AppDbContext db, IEnumerable<string> actorIds, CancellationToken ct)
    {
        var ids = actorIds.Distinct(StringComparer.Ordinal).ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return ids.ToDictionary(id => id, id => names.GetValueOrDefault(id, id), StringComparer.Ordinal);
    }
}
