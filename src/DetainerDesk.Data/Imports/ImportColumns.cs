using DetainerDesk.Domain.Imports;

namespace DetainerDesk.Data.Imports;

/// <summary>A column an importer reads: the name as released, other names it goes by in other layouts, and whether a file without it is refused.</summary>
public sealed record ImportColumn(string Name, bool Required, params string[] Aliases)
{
    public IEnumerable<string> Keys => Aliases.Prepend(Name).Select(Vocabulary.Key);
    /// <summary>The longest value accepted; longer is damage. Columns holding structured text (JSON charge lists) allow more.</summary>
    public int MaxLength { get; init; } = ImportLimits.MaxFieldLength;
}

/// <summary>Where each column is in a file: found in the header row, which may sit below title rows.</summary>
public sealed class ColumnMap
{
    private readonly int[] _index;

    private ColumnMap(IReadOnlyList<ImportColumn> columns, int[] index, long headerLine, int width)
    {
        Columns = columns;
        _index = index;
        HeaderLine = headerLine;
        Width = width;
    }

    public IReadOnlyList<ImportColumn> Columns { get; }
    public long HeaderLine { get; }
    /// <summary>How many cells the header row has up to its last named one.</summary>
    public int Width { get; }

    /// <summary>The trimmed value of a column in a row; null when blank, absent from the file, or past the row's end.</summary>
    public string? Value(SourceRow row, int column)
    {
        var i = _index[column];
        if (i < 0 || i >= row.Cells.Length) return null;
        var value = row.Cells[i]?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public bool IsPresent(int column) => _index[column] >= 0;
    public int CellIndex(int column) => _index[column];

    /// <summary>
    /// The first row among <paramref name="top"/> that names every required column. When none does, the message
    /// names the missing columns of the row that came closest, and what that row holds instead.
    /// </summary>
    public static ColumnMap Find(IReadOnlyList<ImportColumn> columns, IReadOnlyList<SourceRow> top, string fileName)
    {
        (SourceRow Row, int[] Index, int Found)? best = null;
        foreach (var row in top)
        {
            var keys = row.Cells.Select(c => c is null ? "" : Vocabulary.Key(c)).ToArray();
            var index = columns.Select(col => Array.FindIndex(keys, k => k.Length > 0 && col.Keys.Contains(k))).ToArray();
            var found = index.Count(i => i >= 0);
            if (columns.Select((c, i) => !c.Required || index[i] >= 0).All(ok => ok))
                return new ColumnMap(columns, index, row.Line, Array.FindLastIndex(keys, k => k.Length > 0) + 1);
            if (found > 0 && (best is null || found > best.Value.Found))
                best = (row, index, found);
        }

        if (best is null)
            throw new ImportFormatException($"{fileName}: no header row in the first {top.Count} rows names any of the expected columns ({Describe(columns.Where(c => c.Required))}). Is this the right file and kind?");
        var (bestRow, bestIndex, _) = best.Value;
        var missing = columns.Where((c, i) => c.Required && bestIndex[i] < 0).ToList();
        var present = string.Join(", ", bestRow.Cells.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => $"'{Clip(c!)}'"));
        throw new ImportFormatException(
            $"{fileName}: missing column{(missing.Count > 1 ? "s" : "")} {Describe(missing)} in the header row (line {bestRow.Line}), which has {present}.");
    }

    private static string Describe(IEnumerable<ImportColumn> columns) => string.Join(", ", columns.Select(c =>
        c.Aliases.Length == 0 ? $"'{c.Name}'" : $"'{c.Name}' (or {string.Join(", ", c.Aliases.Select(a => $"'{a}'"))})"));

    private static string Clip(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
