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

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var caller = HttpContext.GetCaller();
        var details = await DetainerQueries.FindAsync(db, caller, id, ct);
        await audit.RecordAsync(caller.Actor, "detainer.read", "Detainer", id.ToString(),
            details is null ? AuditOutcomes.Denied : AuditOutcomes.Success, details: "view=print", cancellationToken: ct);
        if (details is null) return NotFound();

        Detainer = details;
        Charges = (await (from d in db.VisibleDetainers(caller)
                          where d.Id == id
                          join c in db.Charges on d.BookingId equals c.BookingId
                          select new { c.NcicCode, c.Description, c.Level })
                .AsNoTracking().ToListAsync(ct))
            .OrderBy(c => c.NcicCode, StringComparer.Ordinal)
            .Select(c => new PrintedCharge(c.NcicCode, c.Description, c.Level.ToString()))
            .ToList();
        return Page();
    }

    public string SubjectName => Detainer.Subject.MiddleName is { } middle
        ? $"{Detainer.Subject.FamilyName}, {Detainer.Subject.GivenName} {middle}"
        : $"{Detainer.Subject.FamilyName}, {Detainer.Subject.GivenName}";
}
