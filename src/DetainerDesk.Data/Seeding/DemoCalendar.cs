using DetainerDesk.Domain.Calendar;

namespace DetainerDesk.Data.Seeding;

/// <summary>
/// When the demo data happen: the whole fiscal years before an anchor date. Every time is derived from the anchor,
/// never from the clock, so the same seed gives the same data on any day.
/// </summary>
public sealed class DemoCalendar
{
    /// <summary>The default anchor, the first day of FY2027: demo data cover complete fiscal years up to FY2026.</summary>
    public static readonly DateOnly DefaultAnchor = new(2026, 10, 1);

    // Standard-time offsets (hours) of the zones the demo agencies keep. Daylight saving is ignored on purpose: an
    // hour's drift in a synthetic time does not matter, and the generator must not depend on the OS time-zone database.
    private static readonly Dictionary<string, int> StandardOffsets = new(StringComparer.Ordinal)
    {
        ["America/Los_Angeles"] = -8,
        ["America/Phoenix"] = -7,
        ["America/Denver"] = -7,
        ["America/Boise"] = -7,
        ["America/Chicago"] = -6,
        ["America/New_York"] = -5,
        ["America/Detroit"] = -5,
        ["America/Indiana/Indianapolis"] = -5,
        ["America/Anchorage"] = -9,
        ["Pacific/Honolulu"] = -10,
    };

    public DemoCalendar(DateOnly anchor, int fiscalYears)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYears, 1);
        Anchor = anchor;
        // The anchor's own fiscal year has not ended on the anchor day, so the last complete one is the year before.
        var last = FiscalYear.Of(anchor).Year - 1;
        FiscalYears = Enumerable.Range(last - fiscalYears + 1, fiscalYears).Select(y => new FiscalYear(y)).ToList();
        FirstDay = FiscalYears[0].FirstDay;
        LastDay = FiscalYears[^1].LastDay;
    }

    public DateOnly Anchor { get; }
    public DateTime AnchorUtc => Anchor.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    public IReadOnlyList<FiscalYear> FiscalYears { get; }
    public DateOnly FirstDay { get; }
    public DateOnly LastDay { get; }
    public int Days => LastDay.DayNumber - FirstDay.DayNumber + 1;

    /// <summary>
    /// The anchor to use: the requested one (default <see cref="DefaultAnchor"/>), moved back to the start of the
    /// current fiscal year if the clock has not reached it yet, so demo data never lie in the future.
    /// </summary>
    public static DateOnly ChooseAnchor(DateOnly? requested, TimeProvider clock)
    {
        var anchor = requested ?? DefaultAnchor;
        var currentYearStart = FiscalYear.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).FirstDay;
        return anchor > currentYearStart ? currentYearStart : anchor;
    }

    /// <summary>A local wall-clock time at a facility, as UTC, whole seconds, and on a UTC day inside the window.</summary>
    public DateTime LocalToUtc(DateOnly day, int minuteOfDay, string timeZone)
    {
        var offset = StandardOffsets.TryGetValue(timeZone, out var hours) ? hours : 0;
        var utc = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddMinutes(minuteOfDay).AddHours(-offset);
        // An evening lodging on the last day can fall on the next UTC day, i.e. in the next fiscal year: pull it back.
        if (DateOnly.FromDateTime(utc) > LastDay) utc = utc.AddDays(-1);
        if (DateOnly.FromDateTime(utc) < FirstDay) utc = utc.AddDays(1);
        return utc;
    }

    /// <summary>A day drawn uniformly from the window.</summary>
    public DateOnly RandomDay(DemoRandom random) => FirstDay.AddDays(random.Next(Days));

    /// <summary>A minute of the day: mostly office hours, sometimes at night (the response centres work around the clock).</summary>
    public static int RandomMinuteOfDay(DemoRandom random) =>
        random.Chance(0.85) ? random.Between(7 * 60, 21 * 60 - 1) : random.Next(24 * 60);
}
