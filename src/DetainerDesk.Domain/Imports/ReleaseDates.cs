using System.Globalization;

namespace DetainerDesk.Domain.Imports;

/// <summary>
/// Dates as ICE releases write them: Excel serial day numbers (1900 date system) in the spreadsheets,
/// "YYYY-MM-DD" or "YYYY-MM-DD 00:00:00" in CSV copies, "M/D/YYYY" in some tables. Any time of day is dropped:
/// the releases record days.
/// </summary>
public static class ReleaseDates
{
    /// <summary>Nothing in a detainer release predates this; an earlier date is a misread cell, not history.</summary>
    public static readonly DateOnly Earliest = new(1980, 1, 1);

    // Excel's day 0 is 1900-01-00 and it counts a 29 February 1900 that never was; from day 61 on, days run from here.
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);
    private const int FirstReliableSerial = 61;

    private static readonly string[] TextFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "M/d/yyyy", "M/d/yyyy H:mm", "M/d/yyyy H:mm:ss", "M/d/yyyy h:mm:ss tt", "yyyy/MM/dd",
    ];

    /// <summary>The day, or an explanation of why the value is not one (blank, unreadable, before 1980, after <paramref name="latest"/>).</summary>
    public static (DateOnly? Day, string? Error) Parse(string? raw, DateOnly latest)
    {
        if (string.IsNullOrWhiteSpace(raw)) return (null, "the date is missing");
        var text = raw.Trim();
        DateOnly day;
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial))
        {
            if (!double.IsFinite(serial) || serial < FirstReliableSerial || serial > 2_958_465) return (null, "not a date: the Excel day number is out of range");
            day = ExcelEpoch.AddDays((int)Math.Floor(serial));
        }
        else if (DateTime.TryParseExact(text, TextFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = DateOnly.FromDateTime(parsed);
        }
        else
        {
            return (null, "not a date: expected an Excel day number, YYYY-MM-DD or M/D/YYYY");
        }
        if (day < Earliest) return (null, $"the date is before {Earliest:yyyy-MM-dd}");
        if (day > latest) return (null, $"the date is after {latest:yyyy-MM-dd}, the day of the import");
        return (day, null);
    }
}
