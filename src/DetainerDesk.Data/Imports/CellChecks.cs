namespace DetainerDesk.Data.Imports;

/// <summary>Checks every importer applies to each value before mapping it.</summary>
public static class CellChecks
{
    /// <summary>The reason a value cannot be stored, or null when it can.</summary>
    public static string? Problem(string value, int maxLength = ImportLimits.MaxFieldLength)
    {
        if (value.Length > maxLength)
            return $"the value is {value.Length:N0} characters long; at most {maxLength:N0} are accepted";
        if (value.Contains('\uFFFD'))
            return "the value is not valid UTF-8 text (is the file in another encoding, e.g. Windows-1252? Save it as UTF-8)";
        foreach (var c in value)
            if (char.IsControl(c)) return "the value contains control characters (binary data or a damaged file)";
        if (LooksLikeFormula(value))
            return "the value starts like a spreadsheet formula (=, +, -, @); released values never do, so it is refused rather than stored";
        return null;
    }

    /// <summary>OWASP's CSV-injection starters. A minus followed by a digit or space is an ordinary value, e.g. "-5".</summary>
    public static bool LooksLikeFormula(string value) =>
        value.Length > 0 && (value[0] is '=' or '+' or '@' || (value[0] == '-' && value.Length > 1 && !char.IsDigit(value[1]) && value[1] != ' '));
}
