using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Tests.Detainers;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Pdf.IO;

namespace DetainerDesk.Web.Tests.Pages;

/// <summary>The printable detainer as a PDF file: a real PDF with the form's content, scoped and audited like the page.</summary>
public abstract class DetainerPdfTests(DeskFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_PDF_is_a_letter_page_with_the_form_scoped_to_the_agency_and_audited()
    {
        app.SkipIfUnavailable();
        var booking = $"PDF{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var lodged = await app.ClientWithKey(app.World.OfficerKey).PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(app.World.FacilityTexasId, booking), Ct);
        lodged.EnsureSuccessStatusCode();
        var id = (string)(await lodged.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;

        var response = await app.ClientWithKey(app.World.ClerkTexasKey).GetAsync($"/Detainers/{id}/Print?handler=Pdf", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(booking, response.Content.Headers.ContentDisposition?.FileName ?? "", StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);

        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.True(pdf.PageCount >= 1);
        Assert.Equal(612, pdf.Pages[0].Width.Point, 0.5); // US Letter, 8.5 in
        Assert.StartsWith("I-247A", pdf.Info.Title, StringComparison.Ordinal);
        var text = string.Concat(Enumerable.Range(0, pdf.PageCount).Select(p => PageText(pdf, p)));
        Assert.Contains(booking, text, StringComparison.Ordinal);
        Assert.Contains("(855) 448-6903", text, StringComparison.Ordinal);

        // Another agency's clerk: not found, and the denied read is audited like the page's.
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientWithKey(app.World.ClerkAKey).GetAsync($"/Detainers/{id}/Print?handler=Pdf", Ct)).StatusCode);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var reads = await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id && a.Action == "detainer.read" && a.Details == "view=pdf")
            .Select(a => a.Outcome).ToListAsync(Ct);
        Assert.Equal(["success", "denied"], reads.Order(StringComparer.Ordinal).Reverse());
    }

    /// <summary>The page's drawn strings: WinAnsi text appears in the uncompressed content stream as PDF string literals.</summary>
    private static string PageText(PdfSharp.Pdf.PdfDocument pdf, int page)
    {
        var contents = pdf.Pages[page].Contents;
        var builder = new StringBuilder();
        for (var i = 0; i < contents.Elements.Count; i++)
            builder.Append(Encoding.Latin1.GetString(contents.Elements.GetDictionary(i)!.Stream.UnfilteredValue));
        // Parentheses inside a string literal are escaped with a backslash.
        return builder.ToString().Replace("\\(", "(", StringComparison.Ordinal).Replace("\\)", ")", StringComparison.Ordinal);
    }
}

public sealed class SqliteDetainerPdfTests(SqliteDeskFactory app) : DetainerPdfTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresDetainerPdfTests(PostgresDeskFactory app) : DetainerPdfTests(app), IClassFixture<PostgresDeskFactory>;
