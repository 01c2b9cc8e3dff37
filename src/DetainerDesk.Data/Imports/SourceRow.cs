namespace DetainerDesk.Data.Imports;

/// <summary>One row of a sheet or CSV: its 1-based line (row number in a sheet, first line of the record in a CSV) and its cells as text.</summary>
public readonly record struct SourceRow(long Line, string?[] Cells);
