using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using nietras.SeparatedValues;

namespace DetainerDesk.Data.Exports;

public enum TableFileFormat { Csv, Xlsx }

/// <summary>
/// Writes a table (a header row and rows of text) as CSV (Sep, RFC 4180 quoting, UTF-8 with a byte-order mark so
/// Excel reads accents) or XLSX (Open XML SDK, streamed row by row). Every cell goes through
/// <see cref="SafeCell"/>, so a value such as <c>=HYPERLINK(…)</c> typed into a booking reaches the spreadsheet as text.
/// </summary>
public static class TableFile
{
    public static TableFileFormat? FormatOf(string? name) => name?.ToLowerInvariant() switch
    {
        "csv" or ".csv" => TableFileFormat.Csv,
        "xlsx" or ".xlsx" => TableFileFormat.Xlsx,
        _ => null,
    };

    public static string ContentType(TableFileFormat format) => format == TableFileFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string Extension(TableFileFormat format) => format == TableFileFormat.Csv ? ".csv" : ".xlsx";

    /// <summary>Writes the rows and returns how many there were. XLSX needs a seekable stream (a file or memory).</summary>
    public static Task<int> WriteAsync(TableFileFormat format, Stream output, string sheetName, IReadOnlyList<string> headers,
        IAsyncEnumerable<string?[]> rows, CancellationToken ct) =>
        format == TableFileFormat.Csv ? WriteCsvAsync(output, headers, rows, ct) : WriteXlsxAsync(output, sheetName, headers, rows, ct);

    /// <summary>
    /// OWASP's rule for CSV injection: a cell that a spreadsheet would read as a formula (starting with =, +, -, @, tab or
    /// carriage return) gets a leading apostrophe. Characters XML cannot hold are dropped rather than failing the file.
    /// </summary>
    public static string SafeCell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var clean = value.Any(c => !XmlConvertible(c)) ? new string([.. value.Where(XmlConvertible)]) : value;
        return clean.Length > 0 && clean[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + clean : clean;
    }

    private static bool XmlConvertible(char c) => c is '\t' or '\n' or '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF');

    private static async Task<int> WriteCsvAsync(Stream output, IReadOnlyList<string> headers, IAsyncEnumerable<string?[]> rows, CancellationToken ct)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text);
        var count = 0;
        await foreach (var values in rows.WithCancellation(ct))
        {
            await using var row = writer.NewRow(ct);
            for (var i = 0; i < headers.Count; i++) row[headers[i]].Set(SafeCell(values[i]));
            count++;
        }
        // Sep writes the header with the first row; an empty table still gets its header, so the file says what it would hold.
        if (count == 0) await text.WriteLineAsync(string.Join(',', headers));
        return count;
    }

    private static async Task<int> WriteXlsxAsync(Stream output, string sheetName, IReadOnlyList<string> headers, IAsyncEnumerable<string?[]> rows, CancellationToken ct)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var count = 0;
        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, headers);
            await foreach (var values in rows.WithCancellation(ct))
            {
                WriteRow(writer, values);
                count++;
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
        workbook.Workbook.Save();
        return count;
    }

    // Inline strings: every cell is text, so nothing in it is ever evaluated as a formula.
    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<string?> values)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
            writer.WriteElement(new Cell(new InlineString(new Text(SafeCell(value)) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString });
        writer.WriteEndElement();
    }
}
