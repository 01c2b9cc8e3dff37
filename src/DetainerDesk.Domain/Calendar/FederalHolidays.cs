namespace DetainerDesk.Domain.Calendar;

/// <summary>A US federal holiday (5 U.S.C. 6103) and the day it is observed on.</summary>
public sealed record FederalHoliday(string Name, DateOnly Date, DateOnly Observed);

/// <summary>
/// The eleven US federal holidays, so a hold rule that excludes weekends and holidays (8 CFR 287.7(d), domain brief §2.3)
/// can skip them. A holiday on a Saturday is observed on the Friday before, one on a Sunday on the Monday after
/// (so New Year's Day 2022 was observed on Friday 31 December 2021). Valid from 1986, when Martin Luther King Jr. Day began.
/// </summary>
public static class FederalHolidays
{
    /// <summary>Juneteenth National Independence Day was first observed in 2021.</summary>
    public const int JuneteenthFrom = 2021;

    public static IReadOnlyList<FederalHoliday> In(int year)
    {
        var days = new List<(string, DateOnly)>
        {
            ("New Year's Day", new(year, 1, 1)),
            ("Birthday of Martin Luther King, Jr.", NthWeekday(year, 1, DayOfWeek.Monday, 3)),
            ("Washington's Birthday", NthWeekday(year, 2, DayOfWeek.Monday, 3)),
            ("Memorial Day", LastWeekday(year, 5, DayOfWeek.Monday)),
        };
        if (year >= JuneteenthFrom) days.Add(("Juneteenth National Independence Day", new(year, 6, 19)));
        days.Add(("Independence Day", new(year, 7, 4)));
        days.Add(("Labor Day", NthWeekday(year, 9, DayOfWeek.Monday, 1)));
        days.Add(("Columbus Day", NthWeekday(year, 10, DayOfWeek.Monday, 2)));
        days.Add(("Veterans Day", new(year, 11, 11)));
        days.Add(("Thanksgiving Day", NthWeekday(year, 11, DayOfWeek.Thursday, 4)));
        days.Add(("Christmas Day", new(year, 12, 25)));
        return days.Select(d => new FederalHoliday(d.Item1, d.Item2, ObservedOn(d.Item2))).ToList();
    }

    /// <summary>Whether the day is the observed day of a federal holiday. Looks at next year too: 1 January on a Saturday is observed on 31 December.</summary>
    public static bool IsObservedHoliday(DateOnly day) =>
        In(day.Year).Any(h => h.Observed == day) || (day is { Month: 12, Day: 31 } && In(day.Year + 1)[0].Observed == day);

    public static bool IsWeekendOrHoliday(DateOnly day) =>
        day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || IsObservedHoliday(day);

    private static DateOnly ObservedOn(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(1),
        DayOfWeek.Monday or DayOfWeek.Tuesday or DayOfWeek.Wednesday or DayOfWeek.Thursday or DayOfWeek.Friday => date,
    };

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
    }
}
