namespace DetainerDesk.Data.Imports;

/// <summary>The file as a whole cannot be read (not a workbook, a required column missing, damaged past some line). The message is for the user.</summary>
public sealed class ImportFormatException(string message, Exception? inner = null) : Exception(message, inner);
