using DetainerDesk.Domain.Detainers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DetainerDesk.Domain.Tests.Detainers;

public sealed class HoldClockTests
{
    private static DateTime Utc(int y, int mo, int d, int h, int mi = 0) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);
    private static HoldLimit WorkingDays(string zone, int hours = 48) => new(TimeSpan.FromHours(hours), true, zone);

    [Fact]
    public void By_default_a_hold_ends_48_wall_clock_hours_after_eligibility()
    {
        var eligible = Utc(2026, 12, 3, 23); // Thursday 17:00 in Chicago
        Assert.Equal(Utc(2026, 12, 5, 23), HoldClock.EndOf(eligible, HoldLimit.Default("America/Chicago")));
    }

    [Fact]
    public void Wall_clock_hours_are_elapsed_hours_across_a_daylight_saving_change()
    {
        var eligible = Utc(2026, 3, 7, 17); // Saturday 12:00 EST; clocks spring forward on Sunday
        var end = HoldClock.EndOf(eligible, HoldLimit.Default("America/New_York"));
        Assert.Equal(TimeSpan.FromHours(48), end - eligible); // Monday 13:00 EDT local
    }

    [Fact]
    public void Excluding_weekends_a_release_due_Thursday_at_5pm_holds_to_Monday_at_5pm()
    {
        var eligible = Utc(2026, 12, 3, 23); // Thursday 17:00 CST (domain brief §2.3)
        Assert.Equal(Utc(2026, 12, 7, 23), HoldClock.EndOf(eligible, WorkingDays("America/Chicago")));
    }

    [Fact]
    public void Excluding_holidays_Thanksgiving_does_not_count()
    {
        var eligible = Utc(2026, 11, 25, 17); // Wednesday noon in New York; Thursday is Thanksgiving
        Assert.Equal(Utc(2026, 11, 30, 17), HoldClock.EndOf(eligible, WorkingDays("America/New_York")));
    }

    [Fact]
    public void Excluding_weekends_eligibility_on_a_Saturday_counts_from_Monday_midnight_local()
    {
        var eligible = Utc(2026, 12, 5, 18); // Saturday noon in Chicago
        Assert.Equal(Utc(2026, 12, 8, 6), HoldClock.EndOf(eligible, WorkingDays("America/Chicago", 24)));
    }

    [Fact]
    public void A_local_rule_may_shorten_the_limit_and_zero_means_no_hold()
    {
        var eligible = Utc(2026, 12, 3, 23);
        Assert.Equal(eligible.AddHours(12), HoldClock.EndOf(eligible, new HoldLimit(TimeSpan.FromHours(12), false, "America/Chicago")));
        Assert.Equal(eligible, HoldClock.EndOf(eligible, new HoldLimit(TimeSpan.Zero, false, "America/Chicago")));
        Assert.Equal(eligible, HoldClock.EndOf(eligible.AddDays(2), WorkingDays("America/Chicago", 0)).AddDays(-2));
    }

    [Theory]
    [InlineData(49, "America/Chicago", "hold-limit-invalid")]
    [InlineData(-1, "America/Chicago", "hold-limit-invalid")]
    [InlineData(48, "Mars/Olympus_Mons", "time-zone-unknown")]
    public void Nothing_lengthens_the_limit_and_the_zone_must_exist(int hours, string zone, string code)
    {
        Assert.Equal(code, new HoldLimit(TimeSpan.FromHours(hours), false, zone).Validate()?.Code);
    }

    [Fact]
    public void A_48_hour_hold_gets_alerts_24_4_and_1_hours_before_its_end()
    {
        var end = Utc(2026, 12, 5, 23);
        var alerts = HoldClock.AlertsFor(end.AddHours(-48), end);
        Assert.Equal([end.AddHours(-24), end.AddHours(-4), end.AddHours(-1)], alerts.Select(a => a.DueUtc));
    }

    [Fact]
    public void Alerts_already_due_when_the_hold_starts_are_left_out()
    {
        var end = Utc(2026, 12, 5, 23);
        Assert.Equal([TimeSpan.FromHours(1)], HoldClock.AlertsFor(end.AddHours(-4), end).Select(a => a.BeforeEnd));
        Assert.Empty(HoldClock.AlertsFor(end.AddMinutes(-30), end));
    }

    private static Gen<(DateTime Eligible, int Minutes, HoldLimit Limit)> Cases =>
        from minutes in Gen.Choose(0, 60 * 24 * 365 * 3)
        from later in Gen.Choose(0, 60 * 24 * 10)
        from hours in Gen.Choose(0, 48)
        from exclude in Gen.Elements(false, true)
        from zone in Gen.Elements("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles", "Pacific/Honolulu")
        select (Utc(2025, 1, 1, 0).AddMinutes(minutes), later, new HoldLimit(TimeSpan.FromHours(hours), exclude, zone));

    /// <summary>The end is at least the limit after eligibility, exactly the limit on the wall clock, and at most six excluded days more.</summary>
    [Property(MaxTest = 3000)]
    public Property The_end_is_the_limit_after_eligibility_plus_only_excluded_days() => Prop.ForAll(Arb.From(Cases), c =>
    {
        var span = HoldClock.EndOf(c.Eligible, c.Limit) - c.Eligible;
        return c.Limit.ExcludeWeekendsAndHolidays && c.Limit.Limit > TimeSpan.Zero
            ? span >= c.Limit.Limit && span <= c.Limit.Limit + TimeSpan.FromDays(6)
            : span == c.Limit.Limit;
    });

    /// <summary>Becoming eligible later never ends the hold earlier.</summary>
    [Property(MaxTest = 3000)]
    public Property The_end_never_moves_earlier_when_eligibility_is_later() => Prop.ForAll(Arb.From(Cases), c =>
        HoldClock.EndOf(c.Eligible, c.Limit) <= HoldClock.EndOf(c.Eligible.AddMinutes(c.Minutes), c.Limit));
}
