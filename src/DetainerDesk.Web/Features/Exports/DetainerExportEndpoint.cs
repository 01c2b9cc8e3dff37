using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Exports;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Features.Detainers;
using DetainerDesk.Web.Infrastructure;

namespace DetainerDesk.Web.Features.Exports;

/// <summary>
/// `GET /Detainers/Export?format=csv|xlsx&amp;status=&amp;facility=`: the detainer list the caller sees, with the same
/// filters, as a file. Scoped exactly like the list (the query starts from the caller's visible detainers) and audited
/// as a read of personal data with the number of rows that left the system.
/// </summary>
public static class DetainerExportEndpoint
{
    public static void MapDetainerExport(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/Detainers/Export", ExportAsync).RequireAuthorization(Policies.ReadDetainers).ExcludeFromDescription();

    private static async Task<IResult> ExportAsync(HttpContext http, AppDbContext db, AuditLog audit, TimeProvider clock,
        string? format, DetainerStatus? status, Guid? facility, CancellationToken ct)
    {
        if (TableFile.FormatOf(format ?? "csv") is not { } fileFormat)
            return ApiProblems.Problem(400, "Unknown export format.", $"'{format}' is not an export format: choose csv or xlsx.", "export-format");

        var caller = http.GetCaller();
        var detainers = db.VisibleDetainers(caller);
        if (status is { } s) detainers = detainers.Where(d => d.Status == s);
        if (facility is { } f) detainers = detainers.Where(d => d.FacilityId == f);

        // A temporary file rather than memory: a national list is large, and XLSX needs a seekable stream.
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        var rows = await TableFile.WriteAsync(fileFormat, file, "Detainers", DetainerExport.Headers, DetainerExport.RowsAsync(db, detainers, ct), ct);
        file.Position = 0;
        await audit.RecordAsync(caller.Actor, "detainer.export", "Detainer", null,
            details: $"format={fileFormat};status={status};facility={facility};rows={rows}", cancellationToken: ct);

        http.Response.Headers.CacheControl = "no-store";
        var stamp = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        return Results.File(file, TableFile.ContentType(fileFormat), $"detainers-{stamp}{TableFile.Extension(fileFormat)}");
    }
}
