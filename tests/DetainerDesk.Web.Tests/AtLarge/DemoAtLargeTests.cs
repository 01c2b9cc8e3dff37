using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.Seeding;
using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.AtLarge.Priorities;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Tests.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.AtLarge;

/// <summary>The at-large half of the small demo: 129 teams over the field offices and the open cases of recent releases.</summary>
public abstract class DemoAtLargeTests(DemoDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_field_office_has_teams_129_in_all()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var teams = await db.FugitiveTeams.AsNoTracking().ToListAsync(Ct);
        Assert.Equal(DemoAtLarge.Teams, teams.Count);
        var offices = await db.Organisations.Where(o => o.Kind == OrganisationKind.FieldOffice).Select(o => o.Id).ToListAsync(Ct);
        Assert.All(offices, o => Assert.InRange(teams.Count(t => t.FieldOfficeId == o), 5, 6));
        Assert.Equal(teams.Count, teams.Select(t => t.Code).Distinct().Count());
    }

    [Fact]
    public async Task Recent_releases_without_transfer_have_open_cases_classified_under_the_framework_of_their_day()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cases = await db.AtLargeCases.AsNoTracking().Include(c => c.Classifications).ToListAsync(Ct);
        Assert.InRange(cases.Count, 20, DemoAtLarge.MaxCases);
        Assert.All(cases, c => Assert.Equal(CaseOrigin.ReleasedWithoutTransfer, c.Origin));
        Assert.Contains(cases, c => c.Status == CaseStatus.Open);
        Assert.Contains(cases, c => c.Status == CaseStatus.Assigned);
        Assert.Contains(cases, c => c.Status == CaseStatus.Located);

        var releases = await db.DetainerEvents.AsNoTracking()
            .Where(e => e.Action == DetainerAction.ReleaseDeclined || e.Action == DetainerAction.RecordHoldExpiry)
            .ToDictionaryAsync(e => e.DetainerId, Ct);
        var offices = await db.Detainers.AsNoTracking().ToDictionaryAsync(d => d.Id, d => (d.IssuingOfficeId, d.PersonId), Ct);
        var teams = await db.FugitiveTeams.AsNoTracking().ToDictionaryAsync(t => t.Id, Ct);
        foreach (var c in cases)
        {
            var release = releases[c.DetainerId!.Value];
            Assert.Equal(offices[c.DetainerId.Value], (c.FieldOfficeId, c.PersonId));
            Assert.True(c.OpenedAtUtc >= release.AtUtc);
            var classification = Assert.Single(c.Classifications);
            Assert.Equal(FrameworkBook.Embedded.InForceOn(DateOnly.FromDateTime(release.AtUtc))!.Id, classification.FrameworkId);
            Assert.NotEmpty(classification.Facts);
            if (c.TeamId is { } team) Assert.Equal(c.FieldOfficeId, teams[team].FieldOfficeId);
        }
        // Booking charges are pending charges, which the current framework makes priorities.
        Assert.Contains(cases, c => c.Classifications[0].FiredRules.Count > 0);
    }

    /// <summary>The at-large rows for the demo's determinism digest.</summary>
    public static async Task<IEnumerable<string>> DigestLinesAsync(AppDbContext db, CancellationToken ct) =>
    [
        .. (await db.FugitiveTeams.AsNoTracking().ToListAsync(ct)).Select(t => $"T|{t.Id}|{t.Code}|{t.Name}|{t.FieldOfficeId}"),
        .. (await db.AtLargeCases.AsNoTracking().Include(c => c.Classifications).ToListAsync(ct)).Select(c =>
            $"A|{c.Id}|{c.DetainerId}|{c.Status}|{c.TeamId}|{c.OpenedAtUtc:O}|{c.LastChangedAtUtc:O}|{string.Join(",", c.Classifications.Select(x => $"{x.Id}:{x.FrameworkKey}:{x.Priority}"))}"),
    ];
}

[Collection(SqliteDemoData.Name)]
public sealed class SqliteDemoAtLargeTests(SqliteDemoDatabase database) : DemoAtLargeTests(database);
[Collection(PostgresDemoData.Name)]
public sealed class PostgresDemoAtLargeTests(PostgresDemoDatabase database) : DemoAtLargeTests(database);
