namespace DetainerDesk.Data.Imports;

public static class ImportLimits
{
    /// <summary>The longest value we store; released facility names are under 60 characters, so longer is damage.</summary>
    public const int MaxFieldLength = 200;
    /// <summary>How many rows from the top may precede the header row (titles, notes, blank lines).</summary>
    public const int HeaderSearchRows = 30;
    /// <summary>A CSV line longer than this is not a record (an unclosed quote swallowing the file, or binary data).</summary>
    public const int MaxLineChars = 64 * 1024;
}
