using System.Globalization;

namespace DetainerDesk.Web.Features.Shared;

/// <summary>
/// An instant shown in a facility's own time zone, rendered by _LocalTime.cshtml as a &lt;time&gt; element; in tables
/// (<see cref="Stacked"/>) the time goes on a second line so the column stays narrow.
/// </summary>
public sealed record LocalTime(DateTime Utc, string TimeZone, bool Stacked = false)
{
    public string Iso => DateTime.SpecifyKind(Utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    public string Text => FacilityClock.Format(Utc, TimeZone);
    public string DatePart => FacilityClock.FormatDate(Utc, TimeZone);
    public string TimePart => FacilityClock.FormatTime(Utc, TimeZone);
}

/// <summary>
/// Formats instants for people at a facility: local wall-clock time in the facility's IANA zone plus the zone's
/// abbreviation, because "3:45 PM" alone is ambiguous across the six US zones detainers are lodged in.
/// </summary>
public static class FacilityClock
{
    public static readonly CultureInfo UsEnglish = CultureInfo.GetCultureInfo("en-US");

    // .NET knows zone names but not their abbreviations. Facilities are in US states and territories, whose zones are
    // told apart by their standard offset; anything else is shown as a plain UTC offset.
    private static readonly Dictionary<int, (string Standard, string Daylight)> UsAbbreviations = new()
    {
        [-4 * 60] = ("AST", "ADT"),
        [-5 * 60] = ("EST", "EDT"),
        [-6 * 60] = ("CST", "CDT"),
        [-7 * 60] = ("MST", "MDT"),
        [-8 * 60] = ("PST", "PDT"),
        [-9 * 60] = ("AKST", "AKDT"),
        [-10 * 60] = ("HST", "HDT"),
        [10 * 60] = ("ChST", "ChST"),
    };

    public static string Format(DateTime utc, string timeZone)
    {
        var (local, abbreviation) = ToLocal(utc, timeZone);
        return $"{local.ToString("MMM d, yyyy, h:mm tt", UsEnglish)} {abbreviation}";
    }

    public static string FormatDate(DateTime utc, string timeZone) => ToLocal(utc, timeZone).Local.ToString("MMM d, yyyy", UsEnglish);

    public static string FormatTime(DateTime utc, string timeZone)
    {
        var (local, abbreviation) = ToLocal(utc, timeZone);
        return $"{local.ToString("h:mm tt", UsEnglish)} {abbreviation}";
    }

    public static (DateTime Local, string Abbreviation) ToLocal(DateTime utc, string timeZone)
    {
        var instant = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        // An unknown zone is a data error, but a wrong label would be worse than showing the time in UTC.
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)) return (instant, "UTC");
        var local = TimeZoneInfo.ConvertTimeFromUtc(instant, zone);
        return (local, Abbreviation(zone, instant));
    }

    private static string Abbreviation(TimeZoneInfo zone, DateTime utc)
    {
        var daylight = zone.IsDaylightSavingTime(utc);
        if (UsAbbreviations.TryGetValue((int)zone.BaseUtcOffset.TotalMinutes, out var names))
            return daylight ? names.Daylight : names.Standard;
        var offset = zone.GetUtcOffset(utc);
        return $"UTC{(offset < TimeSpan.Zero ? "−" : "+")}{offset.Duration():hh\\:mm}";
    }
}
