namespace DetainerDesk.Data.Imports;

/// <summary>
/// What one importer knows: its columns, and how a checked row becomes a record. The pipeline
/// (<see cref="ImportPipeline"/>) does the rest the same way for every kind: reading, batching, resuming, rejects.
/// </summary>
public abstract class ImportKind<TRecord> where TRecord : class
{
    /// <summary>The name on the command line and in <see cref="ImportSource.Kind"/>, e.g. "ice-detainers".</summary>
    public abstract string Name { get; }
    public abstract IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>The record for a row whose values passed <see cref="CellChecks"/>, or null after adding at least one reject.</summary>
    public abstract TRecord? Map(SourceRow row, ColumnMap columns, Guid sourceId, ImportRowContext context, List<RejectReason> rejects);
}

/// <summary>What a row's mapping may consult besides the row: the day of the import, and a tally of values no vocabulary knew.</summary>
public sealed class ImportRowContext(DateOnly today)
{
    private const int MaxDistinctUnmapped = 100;

    public DateOnly Today { get; } = today;
    public Dictionary<string, long> Unmapped { get; } = new(StringComparer.Ordinal);

    /// <summary>Counts a value kept as released because our vocabulary has no match for it (the record is still imported).</summary>
    public void NoteUnmapped(string column, string value)
    {
        var key = $"{column}: {value}";
        if (Unmapped.TryGetValue(key, out var n)) Unmapped[key] = n + 1;
        else if (Unmapped.Count < MaxDistinctUnmapped) Unmapped[key] = 1;
    }
}
