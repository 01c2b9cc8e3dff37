using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DetainerDesk.Web.Features.Webhooks;

/// <summary>An organisation's webhook subscriptions: add one (its secret is shown on this answer only) or stop one.</summary>
[Authorize(Policy = NotificationDeliverySetup.ManageWebhooks)]
public sealed class IndexModel(AppDbContext db, WebhookSecrets secrets, IOptions<WebhookOptions> options, TimeProvider clock) : PageModel
{
    public IReadOnlyList<WebhookResponse> Subscriptions { get; private set; } = [];
    public CreatedWebhookResponse? Created { get; private set; }

    [BindProperty] public string? ReceiverUrl { get; set; }
    [BindProperty] public string? EventTypes { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var types = (EventTypes ?? "").Split([' ', ',', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var (field, messages) in WebhookRules.Validate(new CreateWebhookRequest(ReceiverUrl?.Trim(), types), options.Value.AllowHttp))
            ModelState.AddModelError(field == "url" ? nameof(ReceiverUrl) : nameof(EventTypes), messages[0]);
        if (ModelState.IsValid)
        {
            // Shown in this answer and never again: no redirect, so the secret is not kept anywhere on the way.
            Created = await WebhookCommands.CreateAsync(db, secrets, clock, HttpContext.GetCaller(), ReceiverUrl!.Trim(), types, ct);
            ReceiverUrl = EventTypes = null;
            Response.Headers.CacheControl = "no-store";
            ModelState.Clear();
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        if (await WebhookCommands.DeleteAsync(db, clock, HttpContext.GetCaller(), id, ct))
            TempData["Success"] = "The subscription is stopped; nothing more is sent to it.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Subscriptions = [.. (await WebhookCommands.ListAsync(db, HttpContext.GetCaller(), ct)).Select(s => s.ToResponse())];
}
