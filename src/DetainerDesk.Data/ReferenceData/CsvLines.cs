using System.Text;

namespace DetainerDesk.Data.ReferenceData;

/// <summary>
/// A tiny RFC 4180 reader for the reference files we ship (the project has no CSV library, and these files are
/// small and fixed): quoted fields, doubled quotes, delimiters and line breaks inside quotes, LF or CRLF, and
/// no final newline. Anything else malformed throws, so a broken file fails the load instead of loading half.
/// </summary>
public static class CsvLines
{
    /// <summary>Reads records with a header row; each record's fields are looked up by column name.</summary>
    /// <param name="skipSpaceBeforeQuote">
    /// The DDP file separates its all-quoted fields with ", ": spaces between a delimiter and an opening quote are dropped.
    /// </param>
    public static IEnumerable<CsvRecord> ReadWithHeader(TextReader reader, char delimiter = ',', bool skipSpaceBeforeQuote = false)
    {
        using var rows = Read(reader, delimiter, skipSpaceBeforeQuote).GetEnumerator();
        if (!rows.MoveNext()) throw new FormatException("The file is empty: no header row.");
        var columns = rows.Current.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);
        var number = 1;
        while (rows.MoveNext())
        {
            number++;
            if (rows.Current.Count != columns.Count)
                throw new FormatException($"Record {number} has {rows.Current.Count} fields; the header has {columns.Count}.");
            yield return new CsvRecord(columns, rows.Current, number);
        }
    }

    /// <summary>Reads raw records. Blank lines are skipped.</summary>
    public static IEnumerable<IReadOnlyList<string>> Read(TextReader reader, char delimiter = ',', bool skipSpaceBeforeQuote = false)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;   // between an opening and a closing quote
        var wasQuoted = false;  // the current field was quoted and has been closed: only a delimiter or line end may follow
        var line = 1;
        int read;
        while ((read = reader.Read()) != -1)
        {
            var c = (char)read;
            if (inQuotes)
            {
                if (c == '\n') line++;
                if (c != '"') field.Append(c);
                else if (reader.Peek() == '"') field.Append((char)reader.Read());
                else { inQuotes = false; wasQuoted = true; }
                continue;
            }
            if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
            }
            else if (c == '\n')
            {
                if (fields.Count > 0 || field.Length > 0 || wasQuoted)
                {
                    fields.Add(field.ToString());
                    yield return fields.ToArray();
                }
                fields.Clear();
                field.Clear();
                wasQuoted = false;
                line++;
            }
            else if (c == '\r' && reader.Peek() == '\n')
            {
                // CRLF: the '\n' ends the record.
            }
            else if (c == '"' && !wasQuoted && (field.Length == 0 || (skipSpaceBeforeQuote && IsBlank(field))))
            {
                field.Clear();
                inQuotes = true;
            }
            else if (wasQuoted)
            {
                throw new FormatException($"Line {line}: '{c}' after a closing quote; expected '{delimiter}' or a line end.");
            }
            else
            {
                field.Append(c);
            }
        }
        if (inQuotes) throw new FormatException($"Line {line}: a quoted field is not closed at the end of the file.");
        if (fields.Count > 0 || field.Length > 0 || wasQuoted)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }

    private static bool IsBlank(StringBuilder text)
    {
        for (var i = 0; i < text.Length; i++)
            if (text[i] != ' ') return false;
        return true;
    }
}

/// <summary>One data record of a file read with <see cref="CsvLines.ReadWithHeader"/>.</summary>
public sealed class CsvRecord(IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> fields, int number)
{
    /// <summary>The record's position in the file, counting the header as 1 (for error messages).</summary>
    public int Number => number;

    public string this[string column] => columns.TryGetValue(column, out var index)
        ? fields[index]
        : throw new FormatException($"The file has no column '{column}'.");
}
