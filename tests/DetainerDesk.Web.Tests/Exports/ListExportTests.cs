using System.Net;
using System.Text;
using DetainerDesk.Data.Notifications;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.Exports;

/// <summary>The other lists' downloads: each holds only what its page shows the caller, formula-looking values defused, audited.</summary>
public abstract class ListExportTests(DeskFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Formula = "=HYPERLINK(\"http://attacker.example\",\"click\")";

    private async Task<string> CsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(Ct));
    }

    private async Task<List<string>> XlsxCellsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Empty(sheet.Descendants<CellFormula>());
        return [.. sheet.Descendants<Cell>().Select(c => c.InnerText)];
    }

    private async Task<List<string>> AuditAsync(string action)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == action).Select(a => a.Details!).ToListAsync(Ct);
    }

    [Fact]
    public async Task An_agency_clerk_downloads_only_their_own_notifications_with_formulas_defused()
    {
        app.SkipIfUnavailable();
        var ours = $"Ours {Guid.NewGuid():N}";
        var theirs = $"Theirs {Guid.NewGuid():N}";
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
            db.Notifications.AddRange(
                new Notification { Id = Guid.NewGuid(), OrganisationId = app.World.AgencyAId, Kind = "test", Title = Formula, Body = ours, CreatedAtUtc = now },
                new Notification { Id = Guid.NewGuid(), OrganisationId = app.World.AgencyBId, Kind = "test", Title = "plain", Body = theirs, CreatedAtUtc = now });
            await db.SaveChangesAsync(Ct);
        }

        var clerk = app.ClientWithKey(app.World.ClerkAKey);
        var csv = await CsvAsync(clerk, "/Notifications/Export?format=csv");
        Assert.StartsWith("\uFEFFcreated_at_utc,kind,title,body,", csv, StringComparison.Ordinal);
        Assert.Contains(ours, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs, csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://attacker.example\"\",\"\"click\"\")\"", csv, StringComparison.Ordinal);

        var cells = await XlsxCellsAsync(clerk, "/Notifications/Export?format=xlsx");
        Assert.Contains(ours, cells);
        Assert.DoesNotContain(theirs, cells);
        Assert.Contains("'" + Formula, cells);
        Assert.Contains(theirs, await CsvAsync(app.ClientWithKey(app.World.ClerkBKey), "/Notifications/Export"));

        Assert.Contains(await AuditAsync("notification.export"), d => d.StartsWith("format=Xlsx;rows=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_jurisdictions_table_downloads_only_the_counties_the_caller_sees()
    {
        app.SkipIfUnavailable();
        var clerk = await CsvAsync(app.ClientWithKey(app.World.ClerkAKey), "/Jurisdictions/Export?format=csv");
        Assert.StartsWith("\uFEFFstate,county,county_fips,law_in_force,agencies,facilities,received,", clerk, StringComparison.Ordinal);
        Assert.Contains(",53033,", clerk, StringComparison.Ordinal);
        Assert.DoesNotContain(",53053,", clerk, StringComparison.Ordinal);
        Assert.DoesNotContain(",48201,", clerk, StringComparison.Ordinal);

        var office = await XlsxCellsAsync(app.ClientWithKey(app.World.OfficerKey), "/Jurisdictions/Export?format=xlsx");
        Assert.Contains("53033", office);
        Assert.Contains("53053", office);
        Assert.Contains("48201", office);

        var page = await app.ClientWithKey(app.World.ClerkAKey).GetStringAsync("/Jurisdictions", Ct);
        Assert.Contains("/Jurisdictions/Export?fy=", page, StringComparison.Ordinal);

        var bad = await app.ClientWithKey(app.World.ClerkAKey).GetAsync("/Jurisdictions/Export?format=pdf", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Contains(await AuditAsync("jurisdictions.export"), d => d.StartsWith("format=Csv;fy=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_list_download_is_refused_to_whoever_cannot_see_the_page()
    {
        app.SkipIfUnavailable();
        var clerk = app.ClientWithKey(app.World.ClerkAKey);
        foreach (var url in new[] { "/Mail/Outbox/Export", "/Webhooks/DeadLetters/Export" })
        {
            var response = await clerk.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        // The jurisdictions page is not the tip reviewer's, so neither is its download.
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientWithKey(app.World.TipReviewerKey).GetAsync("/Jurisdictions/Export", Ct)).StatusCode);
    }
}

public sealed class SqliteListExportTests(SqliteDeskFactory app) : ListExportTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresListExportTests(PostgresDeskFactory app) : ListExportTests(app), IClassFixture<PostgresDeskFactory>;
