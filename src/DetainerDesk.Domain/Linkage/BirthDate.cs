using System.Globalization;

namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// A date of birth as written: kept as eight digits YYYYMMDD even when it is not a real date, because an impossible
/// date ("19710231") is usually one key slip away from the true one and still carries evidence.
/// </summary>
public sealed record BirthDate(string Digits)
{
    public int Year => int.Parse(Digits.AsSpan(0, 4), CultureInfo.InvariantCulture);
    public string MonthDay => Digits[4..];

    private static readonly string[] Formats =
        ["yyyyMMdd", "yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyy-M-d", "yyyy/M/d", "dd-MMM-yyyy", "d MMM yyyy", "MMM d yyyy", "MMMM d yyyy", "d MMMM yyyy"];

    /// <summary>Reads the common formats. Slashed day-first/month-first dates ("03/04/1980") are read month first, as
    /// US forms write them, unless the first number cannot be a month; the day/month-swap level forgives the rest.</summary>
    public static BirthDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        var space = t.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && t.IndexOf(':', StringComparison.Ordinal) > space) t = t[..space]; // "1980-04-03 00:00:00"
        if (t.Length == 8 && t.All(char.IsAsciiDigit)) return new BirthDate(t); // kept even if impossible
        if (DateTime.TryParseExact(t, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return FromParts(d.Year, d.Month, d.Day);
        var parts = t.Split('/', '-', '.');
        if (parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)) && parts[2].Length == 4)
        {
            var first = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var second = int.Parse(parts[1], CultureInfo.InvariantCulture);
            var year = int.Parse(parts[2], CultureInfo.InvariantCulture);
            return first > 12 ? FromParts(year, second, first) : FromParts(year, first, second);
        }
        return null;
    }

    private static BirthDate FromParts(int year, int month, int day) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{year:0000}{month:00}{day:00}"));

    public override string ToString() => Digits;
}
