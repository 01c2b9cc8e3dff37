namespace DetainerDesk.Domain.Linkage;

/// <summary>Identifiers issued to one person only. Agreement links outright; two different valid values of the same
/// kind mean two people, whatever the names say.</summary>
public enum StrongIdentifierKind { ANumber, Fbi, Fin, StateSid }

/// <summary>Validation and normal form of strong identifiers. Invalid values (placeholders, wrong shape) are treated as
/// missing: a clerk's "000000000" must neither link nor separate anyone.</summary>
public static class StrongIdentifiers
{
    public static string? Normalise(StrongIdentifierKind kind, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var s = new string([.. raw.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);
        if (s.Length == 0 || s.All(c => c == s[0])) return null; // 000000000, XXXXXXX
        return kind switch
        {
            // A-number: "A" + 8 or 9 digits; the 8-digit form is the 9-digit one with a leading zero.
            StrongIdentifierKind.ANumber => s.TrimStart('A') is { Length: 8 or 9 } d && d.All(char.IsAsciiDigit) ? d.PadLeft(9, '0') : null,
            // FBI Universal Control Number: up to nine letters and digits, at least one digit.
            StrongIdentifierKind.Fbi => s.Length is >= 6 and <= 9 && s.Any(char.IsAsciiDigit) ? s : null,
            // FIN (DHS Fingerprint Identification Number): ten digits.
            StrongIdentifierKind.Fin => s.Length == 10 && s.All(char.IsAsciiDigit) ? s : null,
            // State identification numbers differ by state; accept the plausible length range of letters and digits.
            StrongIdentifierKind.StateSid => s.Length is >= 5 and <= 12 && s.Any(char.IsAsciiDigit) ? s : null,
        };
    }
}
