using DetainerDesk.Data.AtLarge;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.AtLarge.Priorities;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Seeding;

/// <summary>
/// The at-large half of the demo: 129 fugitive operations teams over the field offices (the press release's count),
/// and a case for every detainer released without transfer in the last 180 days (at most <see cref="MaxCases"/>),
/// opened and classified as the app opens them, about 60 % assigned to a team and a third of those located. Draws
/// from streams of its own, so the rest of the demo data stay exactly as they were.
/// </summary>
public static class DemoAtLarge
{
    public const int Teams = 129;
    public const int MaxCases = 2_000;
    private const int CaseWindowDays = 180;
    /// <summary>Offices that get a sixth team: 25 offices × 5 + 4 = 129.</summary>
    private static readonly string[] LargerOffices = ["LOS", "NYC", "HOU", "CHI"];

    public static IReadOnlyList<FugitiveTeam> PlanTeams(int seed, IEnumerable<Organisation> fieldOffices)
    {
        var random = new DemoRandom(unchecked(seed * 41 + 0x7EA5));
        var teams = new List<FugitiveTeam>();
        foreach (var office in fieldOffices.Where(o => o.Kind == OrganisationKind.FieldOffice).OrderBy(o => o.Code, StringComparer.Ordinal))
        {
            var count = LargerOffices.Contains(office.Code) ? 6 : 5;
            var city = office.Name.Replace(" Field Office", "", StringComparison.Ordinal);
            for (var n = 1; n <= count; n++)
                teams.Add(new FugitiveTeam { Id = random.NextGuid(), FieldOfficeId = office.Id, Code = $"{office.Code}-FOT-{n:00}", Name = $"{city} Fugitive Operations Team {n}" });
        }
        return teams;
    }

    public static async Task<(int Teams, int Cases)> SeedAsync(AppDbContext db, DemoDataGenerator generator, CancellationToken ct)
    {
        var teams = PlanTeams(generator.Seed, generator.World.FieldOffices);
        db.FugitiveTeams.AddRange(teams);
        await db.SaveChangesAsync(ct);
        var byOffice = teams.GroupBy(t => t.FieldOfficeId).ToDictionary(g => g.Key, g => g.ToList());

        var anchor = generator.Calendar.AnchorUtc;
        var since = anchor.AddDays(-CaseWindowDays);
        var releases = (await (
                from e in db.DetainerEvents
                where (e.Action == DetainerAction.ReleaseDeclined || e.Action == DetainerAction.RecordHoldExpiry) && e.AtUtc >= since && e.AtUtc < anchor
                join d in db.Detainers on e.DetainerId equals d.Id
                orderby e.AtUtc descending, e.DetainerId
                select new ReleasedDetainer(d.Id, d.PersonId, d.IssuingOfficeId, e.Action, e.AtUtc))
                .AsNoTracking().Take(MaxCases).ToListAsync(ct))
            .OrderBy(e => e.ReleasedAtUtc).ThenBy(e => e.DetainerId).ToList();

        var records = await AtLargeFacts.ForPeopleAsync(db, [.. releases.Select(r => r.PersonId)], ct);
        var random = new DemoRandom(unchecked(generator.Seed * 47 + 0xCA5E));
        var cases = 0;
        foreach (var release in releases)
        {
            var openedAt = release.ReleasedAtUtc.AddMinutes(random.Between(1, 120));
            var facts = records.Facts(release.PersonId, DateOnly.FromDateTime(release.ReleasedAtUtc));
            var c = AtLargeOpening.Open(db, release, openedAt, FrameworkBook.Embedded, facts, random.NextGuid);
            cases++;
            Progress(c, byOffice.GetValueOrDefault(c.FieldOfficeId) ?? [], random, openedAt, anchor);
            if (cases % 500 == 0) { await db.SaveChangesAsync(ct); db.ChangeTracker.Clear(); }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return (teams.Count, cases);
    }

    private static void Progress(AtLargeCase c, IReadOnlyList<FugitiveTeam> teams, DemoRandom random, DateTime openedAt, DateTime anchor)
    {
        if (teams.Count == 0 || !random.Chance(0.6)) return;
        var assignedAt = openedAt.AddHours(random.Between(4, 24 * 14));
        if (assignedAt >= anchor) return;
        var team = random.Pick(teams);
        c.Assign(team.Id, new TransitionInput("system:demo", assignedAt, "Assigned by the supervisor's weekly review", new TransitionEvidence("case review")));
        if (!random.Chance(0.33)) return;
        var locatedAt = assignedAt.AddHours(random.Between(12, 24 * 30));
        if (locatedAt >= anchor) return;
        c.Locate(new TransitionInput("system:demo", locatedAt, "Address confirmed", new TransitionEvidence("records check", "state DMV")));
    }
}
