using System.Security.Cryptography;
using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Imports;

/// <summary>
/// What every importer does the same way before its own checks: the rows after the header, the shape of a row, and the
/// file's record (by kind and content hash) that carries the resume marker.
/// </summary>
internal static class ImportRows
{
    /// <summary>The rows after the header line: those already read while looking for the header, then the rest.</summary>
    public static IEnumerable<SourceRow> AfterHeader(List<SourceRow> top, IEnumerator<SourceRow> rest, long headerLine)
    {
        foreach (var row in top)
            if (row.Line > headerLine) yield return row;
        while (rest.MoveNext()) yield return rest.Current;
    }

    /// <summary>As many cells as the header, nothing past it, each value storable; adds a reason for each problem.</summary>
    public static bool HasValidShape(SourceRow row, ColumnMap columns, List<RejectReason> problems)
    {
        if (row.Cells.Length < columns.Width)
        {
            var first = columns.Columns.Select((c, i) => (c.Name, Index: columns.CellIndex(i))).Where(c => c.Index >= row.Cells.Length)
                .OrderBy(c => c.Index).Select(c => c.Name).FirstOrDefault() ?? "row";
            problems.Add(new RejectReason(first, null, $"the row has {row.Cells.Length} of the header's {columns.Width} columns (a truncated or broken line)"));
            return false;
        }
        for (var i = columns.Width; i < row.Cells.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(row.Cells[i]))
            {
                problems.Add(new RejectReason("row", row.Cells[i], $"the row has values past the header's {columns.Width} columns (an unquoted comma?)"));
                return false;
            }
        }
        for (var c = 0; c < columns.Columns.Count; c++)
        {
            if (columns.Value(row, c) is { } value && CellChecks.Problem(value, columns.Columns[c].MaxLength) is { } problem)
                problems.Add(new RejectReason(columns.Columns[c].Name, value, problem));
        }
        return problems.Count == 0;
    }

    /// <summary>The file's record for this kind, found by content hash (a re-run resumes it) or added; tracked.</summary>
    public static async Task<ImportSource> SourceAsync(AppDbContext db, TimeProvider clock, string kind, string sha256, string fileName, TabularFile file, CancellationToken ct)
    {
        var existing = await db.ImportSources.SingleOrDefaultAsync(s => s.Kind == kind && s.Sha256 == sha256, ct);
        if (existing is not null) return existing;
        var now = clock.GetUtcNow();
        var source = new ImportSource
        {
            Id = Guid.CreateVersion7(now),
            Kind = kind,
            Sha256 = sha256,
            FileName = fileName.Length > 260 ? fileName[..260] : fileName,
            SizeBytes = file.Length,
            Format = file.Format,
            FirstStartedAtUtc = now.UtcDateTime,
        };
        db.ImportSources.Add(source);
        await db.SaveChangesAsync(ct);
        return source;
    }

    /// <summary>The file's SHA-256, which identifies it across renames and re-runs.</summary>
    public static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportFormatException($"Cannot read {path}: {e.Message}", e);
        }
    }
}
