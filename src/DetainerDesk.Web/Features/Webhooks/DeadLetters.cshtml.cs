using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DetainerDesk.Web.Features.Webhooks;

/// <summary>Webhook deliveries that failed every attempt, with the last error, for an administrator to retry.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class DeadLettersModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<DeadLetteredDelivery> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await DeadLetterQueries.ListAsync(db, take: 200, ct);

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var retried = await DeadLetterQueries.RetryAsync(db, id, clock.GetUtcNow().UtcDateTime, ct);
        if (retried)
            new AuditLog(db, clock).Add(HttpContext.GetCaller().Actor, "webhook.retry", "WebhookDelivery", id.ToString());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData["Success"] = retried ? "The delivery is queued again; it will be sent within moments." : "That delivery was not waiting for a retry.";
        return RedirectToPage();
    }
}
