using System.Globalization;
using DetainerDesk.Domain.Calendar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DetainerDesk.Domain.Tests.Calendar;

public sealed class FederalHolidaysTests
{
    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Fact]
    public void The_2026_holidays_are_observed_on_the_OPM_dates()
    {
        var observed = FederalHolidays.In(2026).Select(h => h.Observed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(
            ["2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25"],
            observed);
    }

    [Theory]
    [InlineData("2021-06-18", true)]  // Juneteenth 2021 fell on a Saturday: observed Friday
    [InlineData("2021-06-19", false)]
    [InlineData("2020-06-19", false)] // not a federal holiday before 2021
    [InlineData("2021-07-05", true)]  // Independence Day on a Sunday: observed Monday
    [InlineData("2021-12-31", true)]  // New Year's Day 2022 on a Saturday: observed the Friday before, in 2021
    [InlineData("2022-12-26", true)]  // Christmas 2022 on a Sunday
    [InlineData("2027-12-24", true)]  // Christmas 2027 on a Saturday
    [InlineData("2027-12-31", true)]  // New Year's Day 2028 on a Saturday
    [InlineData("2026-11-27", false)] // the day after Thanksgiving is not a federal holiday
    public void Observed_days_move_off_weekends(string day, bool holiday)
    {
        Assert.Equal(holiday, FederalHolidays.IsObservedHoliday(Day(day)));
    }

    [Fact]
    public void There_are_ten_holidays_before_Juneteenth_and_eleven_from_2021()
    {
        Assert.Equal(10, FederalHolidays.In(2020).Count);
        Assert.Equal(11, FederalHolidays.In(2021).Count);
    }

    /// <summary>Every year: eleven holidays (from 2021), each observed on a weekday within a day of its date, the Monday ones on Mondays.</summary>
    [Property(MaxTest = 500)]
    public Property Every_holiday_is_observed_on_a_weekday_next_to_its_date() => Prop.ForAll(Arb.From(Gen.Choose(1986, 2200)), year =>
        FederalHolidays.In(year).All(h =>
            h.Observed.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
            && Math.Abs(h.Observed.DayNumber - h.Date.DayNumber) <= 1
            && FederalHolidays.IsObservedHoliday(h.Observed)));
}
