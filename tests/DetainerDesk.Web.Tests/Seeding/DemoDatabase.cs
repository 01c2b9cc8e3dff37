using System.Security.Cryptography;
using System.Text;
using DetainerDesk.Data.Identity;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.Seeding;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.Seeding;

/// <summary>A clock that always says the same instant: the tests' "today".</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly FixedClock LateNovember2026 = new(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>
/// A migrated database of its own, seeded once with the small demo data (seed 2026) for the whole test class, with
/// services built as the CLI builds them. <see cref="SeedAnotherAsync"/> seeds further databases for comparisons.
/// </summary>
public abstract class DemoDatabase(DatabaseProvider provider) : IAsyncLifetime
{
    public const string Password = "demo password for the seeding tests";
    public const int DefaultSeed = 2026;

    private readonly List<TestDatabase> _databases = [];
    private readonly List<ServiceProvider> _providers = [];
    private ServiceProvider? _services;

    public DemoSeedSummary FirstSeed { get; private set; } = null!;

    public static DemoSeedOptions Options(int seed = DefaultSeed) => new() { Seed = seed, Password = Password, Clock = FixedClock.LateNovember2026 };

    public void SkipIfUnavailable() =>
        Assert.SkipWhen(provider == DatabaseProvider.Postgres && TestDatabase.PostgresServer is null,
            $"PostgreSQL tests need {TestDatabase.PostgresVariable}; ./test.sh sets it.");

    public async ValueTask InitializeAsync()
    {
        if (provider == DatabaseProvider.Postgres && TestDatabase.PostgresServer is null) return;
        _services = await CreateMigratedAsync();
        FirstSeed = await SeedAsync(_services, Options());
    }

    /// <summary>A scope on the class's seeded database.</summary>
    public AsyncServiceScope Scope() => _services!.CreateAsyncScope();

    /// <summary>Seeds a fresh database with <paramref name="seed"/> and returns the digest of what it holds.</summary>
    public async Task<string> SeedAnotherAsync(int seed)
    {
        var services = await CreateMigratedAsync();
        await SeedAsync(services, Options(seed));
        await using var scope = services.CreateAsyncScope();
        return await DigestAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Services over a fresh, migrated, empty database (disposed with the fixture).</summary>
    public Task<ServiceProvider> EmptyAsync() => CreateMigratedAsync();

    public static async Task<DemoSeedSummary> SeedAsync(IServiceProvider services, DemoSeedOptions options)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        return await DemoSeeder.SeedAsync(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<UserManager<AppUser>>(),
            sp.GetRequiredService<RoleManager<IdentityRole>>(), options, null, TestContext.Current.CancellationToken);
    }

    /// <summary>A SHA-256 over the ids, names, dates and states of every organisation, person, booking and detainer.</summary>
    public static async Task<string> DigestAsync(AppDbContext db)
    {
        var ct = TestContext.Current.CancellationToken;
        var lines = new List<string>();
        lines.AddRange((await db.Organisations.AsNoTracking().ToListAsync(ct)).Select(o => $"O|{o.Id}|{o.Code}|{o.Name}"));
        lines.AddRange((await db.Facilities.AsNoTracking().ToListAsync(ct)).Select(f => $"F|{f.Id}|{f.Code}|{f.AgencyId}"));
        lines.AddRange((await db.Persons.AsNoTracking().ToListAsync(ct)).Select(p =>
            $"P|{p.Id}|{p.FamilyName}|{p.GivenName}|{p.MiddleName}|{p.DateOfBirth:O}|{p.Sex}|{p.CountryOfCitizenship}|{p.ANumber}"));
        lines.AddRange((await db.Bookings.AsNoTracking().ToListAsync(ct)).Select(b => $"B|{b.Id}|{b.PersonId}|{b.FacilityId}|{b.BookingNumber}|{b.BookedAtUtc:O}"));
        lines.AddRange((await db.Charges.AsNoTracking().ToListAsync(ct)).Select(c => $"C|{c.Id}|{c.BookingId}|{c.NcicCode}|{c.Level}"));
        lines.AddRange((await db.Detainers.AsNoTracking().ToListAsync(ct)).Select(d =>
            $"D|{d.Id}|{d.PersonId}|{d.BookingId}|{d.IssuingOfficeId}|{d.FormType}|{d.Basis}|{d.WarrantKind}|{d.WarrantNumber}|{d.WarrantDate:O}|{d.LodgedAtUtc:O}|{d.LodgedByUserId}|{d.Status}|{d.ReceivedAtUtc:O}|{d.ReceivedByUserId}"));
        lines.AddRange((await db.Users.AsNoTracking().ToListAsync(ct)).Select(u => $"U|{u.Id}|{u.Email}|{u.OrganisationId}"));
        lines.AddRange(await DetainerDesk.Web.Tests.AtLarge.DemoAtLargeTests.DigestLinesAsync(db, ct));
        lines.Sort(StringComparer.Ordinal);
        var text = string.Join('\n', lines);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private async Task<ServiceProvider> CreateMigratedAsync()
    {
        var database = await TestDatabase.CreateAsync(provider);
        _databases.Add(database);
        var services = new ServiceCollection();
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<SqliteAppDbContext>(o => o.UseSqlite(database.ConnectionString));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContext<PgAppDbContext>(o => o.UseNpgsql(database.ConnectionString));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PgAppDbContext>());
                break;
        }
        services.AddDetainerDeskIdentityCore();
        services.AddSingleton<TimeProvider>(FixedClock.LateNovember2026);
        services.AddLogging();
        var built = services.BuildServiceProvider();
        _providers.Add(built);
        await using var scope = built.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync(TestContext.Current.CancellationToken);
        return built;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var built in _providers) await built.DisposeAsync();
        foreach (var database in _databases) await database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDemoDatabase() : DemoDatabase(DatabaseProvider.Sqlite);
public sealed class PostgresDemoDatabase() : DemoDatabase(DatabaseProvider.Postgres);

/// <summary>
/// The test classes that only read the seeded demo share one seeded database per provider: seeding is the slow part,
/// and on a busy machine several seedings at once push each past its time limit.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SqliteDemoData : ICollectionFixture<SqliteDemoDatabase>
{
    public const string Name = "seeded demo (SQLite)";
}

[CollectionDefinition(Name)]
public sealed class PostgresDemoData : ICollectionFixture<PostgresDemoDatabase>
{
    public const string Name = "seeded demo (PostgreSQL)";
}
