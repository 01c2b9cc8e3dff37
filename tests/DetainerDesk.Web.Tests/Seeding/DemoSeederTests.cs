using DetainerDesk.Data.Identity;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.Seeding;
using DetainerDesk.Domain.Audit;
using DetainerDesk.Domain.Calendar;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.Seeding;

/// <summary>The small demo data, seeded into a migrated database: plausible, lawful by our own rules, and reproducible.</summary>
public abstract class DemoSeederTests(DemoDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Small_scale_seeds_organisations_people_and_detainers()
    {
        database.SkipIfUnavailable();
        var counts = database.FirstSeed.Counts;
        Assert.False(database.FirstSeed.AlreadySeeded);
        Assert.Equal(1 + 25 + 32, counts.Organisations);
        Assert.Equal(DemoDataGenerator.SmallDetainers, counts.Detainers);
        Assert.Equal(counts.Detainers, counts.Bookings);
        Assert.InRange(counts.Persons, 1_800, 2_400);
        Assert.InRange(counts.Charges, counts.Bookings, 2 * counts.Bookings);

        await using var scope = database.Scope();
        var db = Db(scope);
        Assert.Equal(counts.Detainers, await db.Detainers.LongCountAsync(Ct));
        Assert.Equal(counts.Persons, await db.Persons.LongCountAsync(Ct));
        Assert.Equal(counts.Charges, await db.Charges.LongCountAsync(Ct));
        Assert.Equal(counts.Facilities, await db.Facilities.CountAsync(Ct));
        Assert.Equal(25, await db.Organisations.CountAsync(o => o.Kind == OrganisationKind.FieldOffice, Ct));
        Assert.Equal("HQ", (await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.Headquarters, Ct)).Code);
    }

    [Fact]
    public async Task The_identity_review_queue_has_a_few_near_duplicates_of_one_date_of_birth_each()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var db = Db(scope);
        var reviews = await db.MatchReviews.AsNoTracking().ToListAsync(Ct);
        Assert.Equal(DemoReviews.Count, reviews.Count);
        var persons = await db.Persons.AsNoTracking().ToDictionaryAsync(p => p.Id, Ct);
        Assert.All(reviews, r =>
        {
            Assert.Equal(persons[r.PersonId].DateOfBirth, persons[r.CandidateId].DateOfBirth);
            Assert.InRange(r.Probability, 0.2, 0.9999);
        });
    }

    [Fact]
    public async Task Every_demo_detainer_passes_the_lodging_rules_on_the_day_it_was_lodged()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var db = Db(scope);
        var persons = await db.Persons.AsNoTracking().ToDictionaryAsync(p => p.Id, Ct);
        var bookings = await db.Bookings.AsNoTracking().ToDictionaryAsync(b => b.Id, Ct);
        foreach (var d in await db.Detainers.AsNoTracking().ToListAsync(Ct))
        {
            var p = persons[d.PersonId];
            var command = new LodgeDetainerCommand(d.FormType, d.Basis, d.WarrantKind, d.WarrantNumber, d.WarrantDate,
                new SubjectDetails(p.FamilyName, p.GivenName, p.MiddleName, p.DateOfBirth, p.Sex, p.CountryOfCitizenship, p.ANumber),
                d.FacilityId, bookings[d.BookingId].BookingNumber);
            Assert.Empty(DetainerLodging.Validate(command, d.LodgedAtUtc));
            Assert.Equal(DetainerFormType.I247A, d.FormType);
            Assert.True(bookings[d.BookingId].BookedAtUtc < d.LodgedAtUtc);
        }
    }

    [Fact]
    public async Task Each_detainer_comes_from_the_field_office_whose_area_covers_the_facility_and_goes_to_its_agency()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var db = Db(scope);
        var mismatches = await (
            from d in db.Detainers
            join f in db.Facilities on d.FacilityId equals f.Id
            join office in db.Organisations on d.IssuingOfficeId equals office.Id
            where office.Code != f.AorCode || office.Kind != OrganisationKind.FieldOffice || d.ReceivingAgencyId != f.AgencyId
            select d.Id).CountAsync(Ct);
        Assert.Equal(0, mismatches);
    }

    [Fact]
    public async Task Detainers_span_exactly_the_three_fiscal_years_before_the_anchor()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var lodged = await Db(scope).Detainers.Select(d => d.LodgedAtUtc).ToListAsync(Ct);
        var years = lodged.GroupBy(FiscalYear.Of).ToDictionary(g => g.Key.Year, g => g.Count());
        Assert.Equal([2024, 2025, 2026], years.Keys.Order());
        // Spread over the years, not bunched into one.
        Assert.All(years.Values, n => Assert.InRange(n, 500, 1_200));
    }

    [Fact]
    public async Task About_seventy_percent_are_acknowledged_by_the_receiving_agency_after_they_were_lodged()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var detainers = await Db(scope).Detainers.AsNoTracking().ToListAsync(Ct);
        var received = detainers.Where(d => d.ReceivedAtUtc is not null).ToList();
        Assert.InRange((double)received.Count / detainers.Count, 0.6, 0.8);
        Assert.All(received, d => Assert.True(d.ReceivedAtUtc > d.LodgedAtUtc && d.ReceivedByUserId is not null));
        Assert.All(detainers.Where(d => d.Status == DetainerStatus.Lodged), d => Assert.Null(d.ReceivedAtUtc));
    }

    [Fact]
    public async Task The_demo_clerks_agency_has_detainers_waiting_in_its_inbox_lodged_by_the_demo_officer()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var db = Db(scope);
        var clerk = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Email("clerk"), Ct);
        var officer = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Email("officer"), Ct);
        var inbox = await db.Detainers.Where(d => d.ReceivingAgencyId == clerk.OrganisationId).ToListAsync(Ct);
        Assert.True(inbox.Count(d => d.Status == DetainerStatus.Lodged) >= 5, $"{inbox.Count(d => d.Status == DetainerStatus.Lodged)} lodged");
        Assert.Contains(inbox, d => d.LodgedByUserId == officer.Id);
        Assert.Contains(inbox, d => d.ReceivedByUserId == clerk.Id);
    }

    [Fact]
    public async Task Names_include_compound_Hispanic_surnames_and_spelling_variants_of_one_person()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var persons = await Db(scope).Persons.AsNoTracking().ToListAsync(Ct);
        Assert.Contains(persons, p => p.FamilyName.Contains('-', StringComparison.Ordinal));
        Assert.Contains(persons, p => p.FamilyName.Split(' ') is [var a, var b] && char.IsUpper(a[0]) && char.IsUpper(b[0]));
        Assert.Contains(persons, p => p.FamilyName.StartsWith("de ", StringComparison.Ordinal));
        Assert.Contains(persons, p => SurnameSpelling.HasAccents(p.FamilyName));

        // Two records of one person: same date of birth and country, the same first surname once accents,
        // hyphens and case are set aside, but written differently.
        var variantPairs = persons
            .GroupBy(p => (p.DateOfBirth, p.CountryOfCitizenship, Key: FirstSurnameKey(p.FamilyName)))
            .Count(g => g.Select(p => $"{p.FamilyName}|{p.GivenName}|{p.MiddleName}").Distinct().Count() > 1);
        Assert.True(variantPairs >= 10, $"{variantPairs} spelling-variant groups");
    }

    [Fact]
    public async Task Booking_numbers_are_unique_per_facility_and_charges_carry_NCIC_codes_from_the_table()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var db = Db(scope);
        var duplicates = await db.Bookings.GroupBy(b => new { b.FacilityId, b.BookingNumber }).CountAsync(g => g.Count() > 1, Ct);
        Assert.Equal(0, duplicates);
        var known = NcicOffences.All.Select(o => o.Code).ToHashSet();
        var codes = await db.Charges.Select(c => c.NcicCode).Distinct().ToListAsync(Ct);
        Assert.All(codes, code => Assert.Contains(code, known));
        Assert.Contains("5404", codes);
    }

    [Fact]
    public async Task There_is_one_account_per_role_and_a_second_clerk_in_another_agency_all_with_the_given_password()
    {
        database.SkipIfUnavailable();
        var accounts = database.FirstSeed.Accounts;
        Assert.Equal(Roles.All.Order(), accounts.Select(a => a.Role).Distinct().Order());
        Assert.Equal("SEA", accounts.Single(a => a.Email == DemoAccounts.Email("officer")).OrganisationCode);
        var clerks = accounts.Where(a => a.Role == Roles.AgencyClerk).ToList();
        Assert.Equal(2, clerks.Count);
        Assert.NotEqual(clerks[0].OrganisationCode, clerks[1].OrganisationCode);
        Assert.All(accounts.Where(a => a.Role is Roles.Analyst or Roles.Auditor or Roles.Administrator or Roles.TipReviewer),
            a => Assert.Equal("HQ", a.OrganisationCode));

        await using var scope = database.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var account in accounts)
        {
            var user = await users.FindByEmailAsync(account.Email);
            Assert.NotNull(user);
            Assert.True(await users.CheckPasswordAsync(user, DemoDatabase.Password));
            Assert.True(await users.IsInRoleAsync(user, account.Role));
        }
    }

    [Fact]
    public async Task Seeding_again_adds_nothing_and_returns_the_existing_accounts()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var again = await DemoDatabase.SeedAsync(scope.ServiceProvider, DemoDatabase.Options());

        Assert.True(again.AlreadySeeded);
        Assert.Equal(database.FirstSeed.Counts, again.Counts);
        Assert.Equal(database.FirstSeed.Accounts, again.Accounts);
        var db = Db(scope);
        var audit = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync(Ct);
        var entry = Assert.Single(audit, a => a.Action == DemoSeeder.AuditAction);
        Assert.Equal("system", entry.Actor);
        Assert.Contains("detainers=2500", entry.Details, StringComparison.Ordinal);
        Assert.Null(AuditChain.Verify(audit));
    }

    [Fact]
    public async Task A_password_the_identity_rules_refuse_seeds_nothing()
    {
        database.SkipIfUnavailable();
        var services = await database.EmptyAsync();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            DemoDatabase.SeedAsync(services, DemoDatabase.Options() with { Password = "too short" }));
        Assert.Contains("password", refused.Message, StringComparison.OrdinalIgnoreCase);

        await using var scope = services.CreateAsyncScope();
        Assert.False(await Db(scope).Organisations.AnyAsync(Ct));
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_data_ids_included_and_another_seed_other_data()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var first = await DemoDatabase.DigestAsync(Db(scope));

        Assert.Equal(first, await database.SeedAnotherAsync(DemoDatabase.DefaultSeed));
        Assert.NotEqual(first, await database.SeedAnotherAsync(DemoDatabase.DefaultSeed + 1));
    }

    private static AppDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<AppDbContext>();

    private static string FirstSurnameKey(string family) =>
        SurnameSpelling.WithoutAccents(family).Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].ToUpperInvariant();
}

[Collection(SqliteDemoData.Name)]
public sealed class SqliteDemoSeederTests(SqliteDemoDatabase database) : DemoSeederTests(database);
[Collection(PostgresDemoData.Name)]
public sealed class PostgresDemoSeederTests(PostgresDemoDatabase database) : DemoSeederTests(database);
