namespace DetainerDesk.Domain.Calendar;

/// <summary>The federal fiscal year: 1 October – 30 September, named for the calendar year it ends in (October 2018 is FY2019).</summary>
public readonly record struct FiscalYear(int Year)
{
    public DateOnly FirstDay => new(Year - 1, 10, 1);
    public DateOnly LastDay => new(Year, 9, 30);

    public static FiscalYear Of(DateOnly date) => new(date.Month >= 10 ? date.Year + 1 : date.Year);
    public static FiscalYear Of(DateTime utc) => Of(DateOnly.FromDateTime(utc));

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <summary>Fiscal month 1 is October, 12 is September.</summary>
    public static int FiscalMonth(DateOnly date) => (date.Month + 2) % 12 + 1;

    public override string ToString() => $"FY{Year}";
}
