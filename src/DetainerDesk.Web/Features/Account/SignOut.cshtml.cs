using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Identity;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DetainerDesk.Web.Features.Account;

/// <summary>
/// Signing out is a POST with an antiforgery token (the header's button), so another site cannot sign people out.
/// A GET shows a confirmation button instead of signing out.
/// </summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<AppUser> signInManager, AuditLog audit) : PageModel
{
    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? Page() : RedirectToPage("/Account/SignIn");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Caller.From(User) is { } caller)
        {
            await signInManager.SignOutAsync();
            await audit.RecordAsync(caller.Actor, "signout", "User", caller.ActorId, cancellationToken: ct);
        }
        return RedirectToPage("/Account/SignIn", new { signedOut = true });
    }
}
