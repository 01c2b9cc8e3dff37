using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

public sealed record PrintedCharge(string NcicCode, string Description, string Level);

/// <summary>
/// The detainer form as the agency received it, for paper files and for serving a copy on the subject. The same scope
/// and the same read audit as the detail page: printing personal data is reading it.
/// </summary>
[Authorize(Policy = Policies.ReadDetainers)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PrintModel(AppDbContext db, AuditLog audit) : PageModel
{
    public DetainerDetails Detainer { get; private set; } = null!;
    public IReadOnlyList<PrintedCharge> Charges { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, "print", ct) ? Page() : NotFound();

    /// <summary>The same form as a PDF file: /Detainers/{id}/Print?handler=Pdf.</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, "pdf", ct)) return NotFound();
        var file = DetainerPdf.Write(Detainer, SubjectName, Charges);
        return File(file, "application/pdf", $"detainer-{Detainer.BookingNumber}-{id.ToString()[..8]}.pdf");
    }

    private async Task<bool> LoadAsync(Guid id, string view, CancellationToken ct)
    {
        var caller = HttpContext.GetCaller();
        var details = await DetainerQueries.FindAsync(db, caller, id, ct);
        await audit.RecordAsync(caller.Actor, "detainer.read", "Detainer", id.ToString(),
            details is null ? AuditOutcomes.Denied : AuditOutcomes.Success, details: "view=" + view, cancellationToken: ct);
        if (details is null) return false;

        Detainer = details;
        Charges = (await (from d in db.VisibleDetainers(caller)
                          where d.Id == id
                          join c in db.Charges on d.BookingId equals c.BookingId
                          select new { c.NcicCode, c.Description, c.Level })
                .AsNoTracking().ToListAsync(ct))
            .OrderBy(c => c.NcicCode, StringComparer.Ordinal)
            .Select(c => new PrintedCharge(c.NcicCode, c.Description, c.Level.ToString()))
            .ToList();
        return true;
    }

    public string SubjectName => Detainer.Subject.MiddleName is { } middle
        ? $"{Detainer.Subject.FamilyName}, {Detainer.Subject.GivenName} {middle}"
        : $"{Detainer.Subject.FamilyName}, {Detainer.Subject.GivenName}";
}
