using System.Globalization;
using System.Text;

namespace DetainerDesk.Data.Imports;

/// <summary>
/// The reject file: CSV with line, column, value, reason, one row per problem. Values that a spreadsheet would run
/// as a formula are written with a leading apostrophe, so opening the file is safe.
/// </summary>
public sealed class RejectFile : IDisposable
{
    private const int MaxValueChars = 200;
    private readonly StreamWriter _writer;

    public RejectFile(string path)
    {
        try
        {
            _writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportFormatException($"Cannot write the reject file {path}: {e.Message}", e);
        }
        Path = path;
        _writer.Write("line,column,value,reason\n");
    }

    public string Path { get; }

    public void Write(long line, RejectReason reject)
    {
        var value = reject.Value is null ? "" : reject.Value.Length > MaxValueChars ? reject.Value[..MaxValueChars] + "…" : reject.Value;
        _writer.Write(line.ToString(CultureInfo.InvariantCulture));
        _writer.Write(',');
        _writer.Write(Field(reject.Column));
        _writer.Write(',');
        _writer.Write(Field(value));
        _writer.Write(',');
        _writer.Write(Field(reject.Reason));
        _writer.Write('\n');
    }

    private static string Field(string value)
    {
        var safe = CellChecks.LooksLikeFormula(value) || value.StartsWith('-') || (value.Length > 0 && char.IsControl(value[0])) ? "'" + value : value;
        safe = new string(safe.Select(c => char.IsControl(c) && c is not '\n' and not '\r' ? '\uFFFD' : c).ToArray());
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    public void Dispose() => _writer.Dispose();
}
