using System.Globalization;
using ExcelDataReader;

namespace DetainerDesk.Data.Imports;

/// <summary>
/// The first sheet of an XLSX workbook, streamed with ExcelDataReader (the sheet's XML is read forward only; the
/// shared-string table is the one thing held whole). Numbers come back as released: a date cell gives its Excel day
/// number, the way the sheet stores it, whatever display format it carries.
/// </summary>
internal sealed class XlsxFile(FileStream stream, string path) : TabularFile
{
    public override string Format => "xlsx";
    public override long BytesRead => stream.CanSeek ? stream.Position : 0;
    public override long Length => stream.Length;

    // ExcelDataReader asks for code page 1252 while opening any workbook; .NET has it only through this provider.
    static XlsxFile() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public override IEnumerable<SourceRow> Rows()
    {
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateOpenXmlReader(stream, new ExcelReaderConfiguration { LeaveOpen = true });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ImportFormatException($"{Path.GetFileName(path)} is not a readable XLSX workbook (damaged, truncated, or not a workbook): {e.Message}", e);
        }
        using (reader)
        {
            long line = 0;
            while (true)
            {
                string?[] cells;
                try
                {
                    if (!reader.Read()) yield break;
                    line++;
                    cells = new string?[reader.FieldCount];
                    for (var i = 0; i < cells.Length; i++)
                        cells[i] = CellText(reader.GetValue(i));
                }
                catch (Exception e) when (e is not OperationCanceledException and not ImportFormatException)
                {
                    throw new ImportFormatException($"{Path.GetFileName(path)} is damaged after row {line} (truncated or corrupt workbook): {e.Message}", e);
                }
                yield return new SourceRow(line, cells);
            }
        }
    }

    private static string? CellText(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        // A cell styled as a date: give back the day number the sheet stores, so the raw value is the released one.
        DateTime dt => dt.ToOADate().ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public override void Dispose() => stream.Dispose();
}
