namespace DetainerDesk.Data.Imports;

/// <summary>
/// A released table read row by row, whatever it is stored in. Rows stream: only the current row (and, for a
/// workbook, its shared-string table) is in memory. <see cref="BytesRead"/> tells how far into the file the reader is,
/// for progress and time left.
/// </summary>
public abstract class TabularFile : IDisposable
{
    public abstract string Format { get; }
    public abstract long BytesRead { get; }
    public abstract long Length { get; }

    /// <summary>All rows from the top, header rows included. Damage found while reading throws <see cref="ImportFormatException"/> naming the line.</summary>
    public abstract IEnumerable<SourceRow> Rows();

    public abstract void Dispose();

    /// <summary>Opens a workbook (by its ZIP signature or the .xlsx extension), a gzip-compressed CSV (by its signature), or else a CSV.</summary>
    public static TabularFile Open(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportFormatException($"Cannot open {path}: {e.Message}", e);
        }
        try
        {
            Span<byte> signature = stackalloc byte[4];
            var read = stream.ReadAtLeast(signature, 4, throwOnEndOfStream: false);
            stream.Position = 0;
            var isZip = read == 4 && signature[0] == (byte)'P' && signature[1] == (byte)'K' && signature[2] == 3 && signature[3] == 4;
            var saysXlsx = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
            if (isZip || saysXlsx)
                return new XlsxFile(stream, path);
            if (read >= 2 && signature[0] == 0x1F && signature[1] == 0x8B)
                return new CsvFile(stream, new GzipContent(stream), "csv.gz");
            if (path.EndsWith(".xls", StringComparison.OrdinalIgnoreCase))
                throw new ImportFormatException($"{path} is an old binary Excel file (.xls); save it as .xlsx or CSV and import that.");
            return new CsvFile(stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
