using DetainerDesk.Domain.Calendar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DetainerDesk.Domain.Tests.Calendar;

public sealed class FiscalYearTests
{
    [Theory]
    [InlineData("2018-10-01", 2019)]
    [InlineData("2019-09-30", 2019)]
    [InlineData("2011-10-15", 2012)]
    [InlineData("2026-01-01", 2026)]
    public void The_fiscal_year_is_named_for_the_year_it_ends(string day, int year)
    {
        Assert.Equal(year, FiscalYear.Of(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Year);
    }

    [Property(MaxTest = 5000)]
    public Property Every_day_lies_in_exactly_its_own_fiscal_year(int dayNumber)
    {
        var day = DateOnly.FromDayNumber(Math.Abs(dayNumber % 3_000_000) + 500_000);
        var fy = FiscalYear.Of(day);
        return (fy.Contains(day) && !new FiscalYear(fy.Year - 1).Contains(day) && !new FiscalYear(fy.Year + 1).Contains(day)
                && FiscalYear.FiscalMonth(day) is >= 1 and <= 12).ToProperty();
    }

    [Fact]
    public void October_is_fiscal_month_1_and_September_month_12()
    {
        Assert.Equal(1, FiscalYear.FiscalMonth(new DateOnly(2025, 10, 5)));
        Assert.Equal(12, FiscalYear.FiscalMonth(new DateOnly(2026, 9, 5)));
        Assert.Equal(4, FiscalYear.FiscalMonth(new DateOnly(2026, 1, 5)));
    }
}
