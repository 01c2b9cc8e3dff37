using System.Text;
using nietras.SeparatedValues;

namespace DetainerDesk.Data.Imports;

/// <summary>
/// A comma-separated file (RFC 4180 quoting), streamed with Sep. Text is decoded as UTF-8 (a UTF-16 byte-order mark
/// is honoured); bytes that are not UTF-8 become U+FFFD, which the row check reports, so a file in another encoding
/// gives reject rows that say so instead of silently altered names. A gzip-compressed CSV is read through
/// decompression (<paramref name="content"/>); progress still counts the compressed bytes of the file.
/// </summary>
internal sealed class CsvFile(FileStream stream, Stream content, string format) : TabularFile
{
    public CsvFile(FileStream stream) : this(stream, stream, "csv") { }

    public override string Format => format;
    public override long BytesRead => stream.Position;
    public override long Length => stream.Length;

    public override IEnumerable<SourceRow> Rows()
    {
        var text = new StreamReader(content, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        SepReader reader;
        try
        {
            reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            text.Dispose();
            throw new ImportFormatException($"The file cannot be read as CSV: {e.Message}", e);
        }
        using (text)
        using (reader)
        {
            long line = 0;
            while (true)
            {
                SourceRow row;
                try
                {
                    if (!reader.MoveNext()) yield break;
                    var current = reader.Current;
                    // Sep 0.17 reports the first row as starting on line 2 (its LineNumberToExcl too); every later row is right.
                    line = current.RowIndex == 0 ? 1 : current.LineNumberFrom;
                    var cells = new string?[current.ColCount];
                    for (var i = 0; i < cells.Length; i++)
                    {
                        var span = current[i].Span;
                        cells[i] = span.Length > ImportLimits.MaxLineChars ? span[..ImportLimits.MaxLineChars].ToString() + "…" : span.ToString();
                    }
                    row = new SourceRow(line, cells);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw new ImportFormatException($"The CSV cannot be read after line {line}: {e.Message}", e);
                }
                yield return row;
            }
        }
    }

    public override void Dispose()
    {
        if (!ReferenceEquals(content, stream)) content.Dispose();
        stream.Dispose();
    }
}
