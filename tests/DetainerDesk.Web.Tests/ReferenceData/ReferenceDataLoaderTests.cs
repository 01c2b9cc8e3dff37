using DetainerDesk.Data.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Tests.ReferenceData;

/// <summary>The shipped reference data loads into a migrated database once, and answers "which AOR on that day".</summary>
public abstract class ReferenceDataLoaderTests(ReferenceDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateOnly DayBeforeSplit = CountyAorHistory.HarlingenSplitEffective.AddDays(-1);

    [Fact]
    public async Task First_load_fills_every_reference_table()
    {
        database.SkipIfUnavailable();
        Assert.Equal(new ReferenceDataSummary(false, 56, 3223, 26, 3223 + 25, 1532), database.FirstLoad);

        await using var db = database.NewContext();
        Assert.Equal(56, await db.States.CountAsync(Ct));
        Assert.Equal(3223, await db.Counties.CountAsync(Ct));
        Assert.Equal(26, await db.FieldOffices.CountAsync(Ct));
        Assert.Equal(3248, await db.CountyAorAssignments.CountAsync(Ct));
        Assert.Equal(1532, await db.IceFacilities.CountAsync(Ct));
    }

    [Fact]
    public async Task Loading_again_adds_nothing()
    {
        database.SkipIfUnavailable();
        await using var db = database.NewContext();
        var second = await ReferenceDataLoader.LoadAsync(db, Ct);

        Assert.Equal(ReferenceDataSummary.NothingToDo, second);
        Assert.Equal(3223, await db.Counties.CountAsync(Ct));
        Assert.Equal(3248, await db.CountyAorAssignments.CountAsync(Ct));
        Assert.Equal(1532, await db.IceFacilities.CountAsync(Ct));
    }

    [Fact]
    public async Task Two_loaders_starting_together_load_once()
    {
        database.SkipIfUnavailable();
        await using var empty = await database.CreateMigratedAsync();
        await using var first = database.NewContext(empty);
        await using var second = database.NewContext(empty);

        var results = await Task.WhenAll(ReferenceDataLoader.LoadAsync(first, Ct), ReferenceDataLoader.LoadAsync(second, Ct));

        Assert.Single(results, r => !r.AlreadyLoaded);
        Assert.Single(results, r => r.AlreadyLoaded);
        await using var db = database.NewContext(empty);
        Assert.Equal(3223, await db.Counties.CountAsync(Ct));
    }

    [Fact]
    public async Task Harlingen_and_headquarters_are_offices_with_a_note_saying_where_the_code_comes_from()
    {
        database.SkipIfUnavailable();
        await using var db = database.NewContext();
        var hal = await db.FieldOffices.SingleAsync(f => f.Code == "HAL", Ct);
        Assert.Equal("Harlingen", hal.Name);
        Assert.Equal("Harlingen code as used by UWCHR; ICE's own code unverified", hal.Note);
        Assert.Equal(26.1778, hal.Latitude, 3);
        Assert.Equal(-97.7140, hal.Longitude, 3);
        Assert.NotNull((await db.FieldOffices.SingleAsync(f => f.Code == "HQ", Ct)).Note);
        var seattle = await db.FieldOffices.SingleAsync(f => f.Code == "SEA", Ct);
        Assert.Equal("Seattle", seattle.Name);
        Assert.Null(seattle.Note);
    }

    [Theory]
    [InlineData("48061", "SNA", "HAL")] // Cameron
    [InlineData("48215", "SNA", "HAL")] // Hidalgo
    [InlineData("48355", "HOU", "HAL")] // Nueces
    [InlineData("48309", "SNA", "HOU")] // McLennan: moved, but not to Harlingen
    [InlineData("48029", "SNA", "SNA")] // Bexar: never moved
    public async Task Texas_counties_change_office_on_the_split_date(string fips, string before, string after)
    {
        database.SkipIfUnavailable();
        await using var db = database.NewContext();
        Assert.Equal(before, await db.CountyAorAssignments.ForCountyOnAsync(fips, new DateOnly(2015, 6, 1), Ct));
        Assert.Equal(before, await db.CountyAorAssignments.ForCountyOnAsync(fips, DayBeforeSplit, Ct));
        Assert.Equal(after, await db.CountyAorAssignments.ForCountyOnAsync(fips, CountyAorHistory.HarlingenSplitEffective, Ct));
        Assert.Equal(after, await db.CountyAorAssignments.ForCountyOnAsync(fips, new DateOnly(2025, 1, 1), Ct));
    }

    [Theory]
    [InlineData("53033", "SEA")] // King, WA
    [InlineData("06037", "LOS")] // Los Angeles
    [InlineData("06073", "SND")] // San Diego
    [InlineData("36061", "NYC")] // New York (Manhattan)
    [InlineData("72127", "MIA")] // San Juan, PR
    public async Task Counties_outside_Texas_keep_one_office(string fips, string aor)
    {
        database.SkipIfUnavailable();
        await using var db = database.NewContext();
        Assert.Equal(aor, await db.CountyAorAssignments.ForCountyOnAsync(fips, new DateOnly(2015, 6, 1), Ct));
        Assert.Equal(aor, await db.CountyAorAssignments.ForCountyOnAsync(fips, new DateOnly(2025, 1, 1), Ct));
    }

    [Fact]
    public async Task Every_county_has_exactly_one_office_on_any_day()
    {
        database.SkipIfUnavailable();
        await using var db = database.NewContext();
        var counties = await db.Counties.Select(c => c.Fips).ToListAsync(Ct);
        var assignments = await db.CountyAorAssignments.AsNoTracking().ToListAsync(Ct);
        var offices = (await db.FieldOffices.Select(f => f.Code).ToListAsync(Ct)).ToHashSet();

        foreach (var day in new[] { new DateOnly(2015, 6, 1), DayBeforeSplit, CountyAorHistory.HarlingenSplitEffective })
        {
            var perCounty = assignments
                .Where(a => a.EffectiveFrom <= day && (a.EffectiveTo == null || day < a.EffectiveTo))
                .GroupBy(a => a.CountyFips)
                .ToDictionary(g => g.Key, g => g.Count());
            Assert.All(counties, fips => Assert.Equal(1, perCounty.GetValueOrDefault(fips)));
            Assert.All(counties, fips => Assert.Contains(AorLookup.AorFor(assignments, fips, day)!, offices));
            Assert.Equal(counties.Count, await db.CountyAorAssignments.ValidOn(day).CountAsync(Ct));
        }
    }
}

public sealed class SqliteReferenceDataLoaderTests(SqliteReferenceDatabase database)
    : ReferenceDataLoaderTests(database), IClassFixture<SqliteReferenceDatabase>;
public sealed class PostgresReferenceDataLoaderTests(PostgresReferenceDatabase database)
    : ReferenceDataLoaderTests(database), IClassFixture<PostgresReferenceDatabase>;
