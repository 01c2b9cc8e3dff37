using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Tests.Detainers;
using DetainerDesk.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.Exports;

/// <summary>The detainer list as CSV and XLSX: the caller's own rows only, formula-looking values defused, the export audited.</summary>
public abstract class DetainerExportTests(DeskFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Formula = "=HYPERLINK(\"http://attacker.example\",\"click\")";

    private async Task<(Guid Id, string Booking)> LodgeAsync(Guid facility)
    {
        var booking = $"EX{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var lodged = await app.ClientWithKey(app.World.OfficerKey).PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(facility, booking), Ct);
        lodged.EnsureSuccessStatusCode();
        return (Guid.Parse((string)(await lodged.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!), booking);
    }

    [Fact]
    public async Task A_clerk_downloads_only_their_agencys_detainers_with_formulas_defused()
    {
        app.SkipIfUnavailable();
        var (ours, ourBooking) = await LodgeAsync(app.World.FacilityAId);
        var (_, theirBooking) = await LodgeAsync(app.World.FacilityBId);
        using (var scope = app.Services.CreateScope())
        {
            // A name as a hostile jail record might carry it: it must reach the spreadsheet as text.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var personId = await db.Detainers.Where(d => d.Id == ours).Select(d => d.PersonId).SingleAsync(Ct);
            await db.Persons.Where(p => p.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(p => p.FamilyName, Formula), Ct);
        }

        var clerk = app.ClientWithKey(app.World.ClerkAKey);
        var csvResponse = await clerk.GetAsync("/Detainers/Export?format=csv", Ct);
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", csvResponse.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var csv = Encoding.UTF8.GetString(await csvResponse.Content.ReadAsByteArrayAsync(Ct));
        Assert.StartsWith("\uFEFFdetainer_id,status,form,", csv, StringComparison.Ordinal);
        Assert.Contains(ourBooking, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(theirBooking, csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://attacker.example\"\",\"\"click\"\")\"", csv, StringComparison.Ordinal);

        var xlsxResponse = await clerk.GetAsync("/Detainers/Export?format=xlsx&status=Lodged", Ct);
        Assert.Equal(HttpStatusCode.OK, xlsxResponse.StatusCode);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsxResponse.Content.ReadAsByteArrayAsync(Ct)), false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal("detainer_id", cells[0]);
        Assert.Contains(ourBooking, cells);
        Assert.DoesNotContain(theirBooking, cells);
        Assert.Contains("'" + Formula, cells);
        Assert.DoesNotContain(workbook.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<CellFormula>(), _ => true);

        var bad = await clerk.GetAsync("/Detainers/Export?format=pdf", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);

        using var check = app.Services.CreateScope();
        var audit = await check.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == "detainer.export").Select(a => a.Details!).ToListAsync(Ct);
        Assert.Contains(audit, d => d.StartsWith("format=Csv;", StringComparison.Ordinal) && d.Contains(";rows=", StringComparison.Ordinal));
        Assert.Contains(audit, d => d.StartsWith("format=Xlsx;status=Lodged;", StringComparison.Ordinal));
    }
}

public sealed class SqliteDetainerExportTests(SqliteDeskFactory app) : DetainerExportTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresDetainerExportTests(PostgresDeskFactory app) : DetainerExportTests(app), IClassFixture<PostgresDeskFactory>;
