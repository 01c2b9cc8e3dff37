using System.Globalization;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Identity;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.Policies;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Seeding;

/// <summary>
/// Loads the synthetic demo data into an empty database: organisations and facilities, one account per role, then
/// people, bookings, charges and detainers in batches, and one audit entry for the whole run. A database that already
/// has organisations is left alone. <paramref name="db"/>, <paramref name="users"/> and <paramref name="roles"/> in
/// <see cref="SeedAsync"/> must share one scope (one DbContext), as they do when resolved from the same scope.
/// </summary>
public static class DemoSeeder
{
    public const string AuditAction = "demo.seed";

    public static async Task<DemoSeedSummary> SeedAsync(AppDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles,
        DemoSeedOptions options, IProgress<SeedProgress>? progress, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        if (await db.Organisations.AnyAsync(ct))
            return new DemoSeedSummary(true, await CountAsync(db, ct), await ExistingAccountsAsync(db, ct));

        await DemoAccounts.EnsurePasswordAcceptedAsync(users, options.Password);
        // The same rule book the app evaluates with: the database's active versions, or the shipped files before their import.
        var book = await ActiveRuleBook.ForAsync(db, ct);
        var generator = new DemoDataGenerator(options.Seed, options.Scale, options.Clock, options.Anchor, book.Engine);
        var world = generator.World;

        progress?.Report(new SeedProgress("organisations", 0, 1));
        db.Organisations.AddRange(world.Organisations);
        db.Facilities.AddRange(world.Facilities);
        await db.SaveChangesAsync(ct);
        progress?.Report(new SeedProgress("organisations", 1, 1));
        progress?.Report(new SeedProgress("accounts", 0, generator.Accounts.Count));
        await DemoAccounts.CreateAsync(users, roles, generator.Accounts, world, options.Password);
        progress?.Report(new SeedProgress("accounts", generator.Accounts.Count, generator.Accounts.Count));
        db.ChangeTracker.Clear();

        var counts = await AddCasesAsync(db, generator, book, options, progress, ct);
        counts = counts with { Organisations = world.Organisations.Count(), Facilities = world.Facilities.Count() };
        await DemoReviews.AddAsync(db, options.Clock, ct);
        await DemoAtLarge.SeedAsync(db, generator, ct);

        new AuditLog(db, options.Clock).Add(Actor.System, AuditAction, "DemoData", null, AuditOutcomes.Success, Describe(generator, counts));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var accounts = generator.Accounts
            .Select(a => new DemoAccount(a.Email, a.Role, a.OrganisationCode, world.ByCode(a.OrganisationCode).Name))
            .ToList();
        return new DemoSeedSummary(false, counts, accounts);
    }

    /// <summary>
    /// Streams the generator into the database in batches. Change detection is off (nothing is modified after it is
    /// added) and the tracker is cleared after each save, so memory stays flat however many rows are written. Each
    /// detainer's timeline goes in with it (SaveChanges appends the aggregate's events), and so do its stored policy
    /// evaluations, in the app's format.
    /// </summary>
    private static async Task<DemoSeedCounts> AddCasesAsync(AppDbContext db, DemoDataGenerator generator, ActiveRuleBook book,
        DemoSeedOptions options, IProgress<SeedProgress>? progress, CancellationToken ct)
    {
        var total = Math.Min(options.DetainerLimit ?? generator.TargetDetainers, generator.TargetDetainers);
        long persons = 0, bookings = 0, charges = 0, detainers = 0, acknowledged = 0, evaluations = 0, ended = 0;
        var inBatch = 0;
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            progress?.Report(new SeedProgress("detainers", 0, total));
            foreach (var appearance in generator.Appearances(total))
            {
                if (appearance.NewPerson is { } person) { db.Persons.Add(person); persons++; }
                db.Bookings.Add(appearance.Booking); // adds its charges too
                db.Detainers.Add(appearance.Detainer);
                bookings++;
                charges += appearance.Booking.Charges.Count;
                detainers++;
                if (appearance.Detainer.ReceivedAtUtc is not null) acknowledged++;
                if (DetainerStatuses.IsTerminal(appearance.Detainer.Status)) ended++;
                AddEvaluation(db, appearance, book);
                evaluations++;

                if (++inBatch < options.BatchSize) continue;
                await SaveBatchAsync(db, ct);
                inBatch = 0;
                progress?.Report(new SeedProgress("detainers", detainers, total));
            }
            if (inBatch > 0) await SaveBatchAsync(db, ct);
            progress?.Report(new SeedProgress("detainers", detainers, total));
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
        return new DemoSeedCounts(0, 0, persons, bookings, charges, detainers, acknowledged, evaluations, ended);
    }

    /// <summary>The lodging day's decision, stored as the app stores it (the versions named as the active rule book numbers them).</summary>
    private static void AddEvaluation(AppDbContext db, DemoAppearance appearance, ActiveRuleBook book) =>
        db.PolicyEvaluations.Add(DemoPolicy.Row(appearance.Detainer.Id, appearance.Law, PolicyDecisionJson.Serialize(appearance.Law),
            string.Join("; ", book.Describe(appearance.Law)), appearance.Evaluation));

    private static async Task SaveBatchAsync(AppDbContext db, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Counts only: the audit log holds ids and codes, never names.</summary>
    private static string Describe(DemoDataGenerator generator, DemoSeedCounts c) => string.Create(CultureInfo.InvariantCulture,
        $"seed={generator.Seed};scale={generator.Scale};fiscalYears=FY{generator.Calendar.FiscalYears[0].Year}-FY{generator.Calendar.FiscalYears[^1].Year};" +
        $"organisations={c.Organisations};facilities={c.Facilities};persons={c.Persons};bookings={c.Bookings};charges={c.Charges};" +
        $"detainers={c.Detainers};acknowledged={c.Acknowledged};ended={c.Ended};evaluations={c.Evaluations};accounts={generator.Accounts.Count}");

    private static async Task<DemoSeedCounts> CountAsync(AppDbContext db, CancellationToken ct) => new(
        await db.Organisations.CountAsync(ct),
        await db.Facilities.CountAsync(ct),
        await db.Persons.LongCountAsync(ct),
        await db.Bookings.LongCountAsync(ct),
        await db.Charges.LongCountAsync(ct),
        await db.Detainers.LongCountAsync(ct),
        await db.Detainers.LongCountAsync(d => d.ReceivedAtUtc != null, ct),
        await db.PolicyEvaluations.LongCountAsync(ct),
        await db.Detainers.LongCountAsync(d => d.Status >= DetainerStatus.TransferredToIce, ct));

    /// <summary>The demo accounts already in the database, found by their e-mail domain, with role and organisation.</summary>
    private static async Task<IReadOnlyList<DemoAccount>> ExistingAccountsAsync(AppDbContext db, CancellationToken ct)
    {
        var suffix = "@" + DemoAccounts.EmailDomain;
        var rows = await (
            from u in db.Users
            where u.Email != null && u.Email.EndsWith(suffix)
            join o in db.Organisations on u.OrganisationId equals o.Id
            from ur in db.UserRoles.Where(ur => ur.UserId == u.Id).DefaultIfEmpty()
            from r in db.Roles.Where(r => ur != null && r.Id == ur.RoleId).DefaultIfEmpty()
            select new { u.Email, Role = r != null ? r.Name : null, o.Code, o.Name }).AsNoTracking().ToListAsync(ct);

        // In the order the accounts are planned (officer first), which is the order people read them in.
        var order = DemoAccounts.Plan(0).Select(p => p.Email).ToList();
        return rows
            .Select(r => new DemoAccount(r.Email!, r.Role ?? "", r.Code, r.Name))
            .OrderBy(a => order.IndexOf(a.Email) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(a => a.Email, StringComparer.Ordinal)
            .ToList();
    }
}
