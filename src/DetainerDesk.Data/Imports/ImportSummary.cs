namespace DetainerDesk.Data.Imports;

/// <summary>
/// What one run did with one file. Every data row is counted once: <c>Read = Imported + Rejected + Duplicates</c>.
/// Duplicates are rows an earlier run already imported (the same file, by content). Blank rows carry no data and are
/// counted apart.
/// </summary>
public sealed record ImportSummary(
    string File,
    string Kind,
    string Format,
    string Sha256,
    long Read,
    long Imported,
    long Rejected,
    long Duplicates,
    long Blank,
    string RejectFile,
    IReadOnlyDictionary<string, long> Unmapped,
    bool Complete,
    string? Error,
    TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}

/// <summary>How far a run is: rows seen so far and how far into the file the reader is (for time left).</summary>
public readonly record struct ImportProgress(string File, long Rows, long BytesRead, long Length);
