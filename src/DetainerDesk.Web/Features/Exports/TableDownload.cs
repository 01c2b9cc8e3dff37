using System.Globalization;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Exports;
using DetainerDesk.Web.Infrastructure;

namespace DetainerDesk.Web.Features.Exports;

/// <summary>
/// A list page's rows as a CSV or XLSX download: the format checked, the table written to a temporary file (a large
/// list stays out of memory, and XLSX needs a seekable stream), the download audited with its row count (rows leaving
/// the system are a read of whatever they hold), never cached. Scoping is the caller's: it passes the page's own rows.
/// </summary>
public static class TableDownload
{
    public static async Task<IResult> SendAsync(HttpContext http, AuditLog audit, TimeProvider clock, string? format, string name,
        IReadOnlyList<string> headers, IAsyncEnumerable<string?[]> rows, string auditAction, string entityType, string? details, CancellationToken ct)
    {
        if (TableFile.FormatOf(format ?? "csv") is not { } fileFormat)
            return ApiProblems.Problem(400, "Unknown export format.", $"'{format}' is not an export format: choose csv or xlsx.", "export-format");

        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        var count = await TableFile.WriteAsync(fileFormat, file, Sheet(name), headers, rows, ct);
        file.Position = 0;
        await audit.RecordAsync(http.GetCaller().Actor, auditAction, entityType, null,
            details: $"format={fileFormat};{(details is null ? "" : details + ";")}rows={count}", cancellationToken: ct);

        http.Response.Headers.CacheControl = "no-store";
        var stamp = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        return Results.File(file, TableFile.ContentType(fileFormat), $"{name}-{stamp}{TableFile.Extension(fileFormat)}");
    }

    /// <summary>Rows already in memory (a page's list), handed to the writer one by one.</summary>
    public static async IAsyncEnumerable<string?[]> Rows<T>(IEnumerable<T> items, Func<T, string?[]> row)
    {
        foreach (var item in items) yield return row(item);
        await Task.CompletedTask;
    }

    public static string Utc(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string? Utc(DateTime? value) => value is { } v ? Utc(v) : null;

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // "mail-outbox" → "Mail outbox": the sheet's tab.
    private static string Sheet(string name) => char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ');
}
