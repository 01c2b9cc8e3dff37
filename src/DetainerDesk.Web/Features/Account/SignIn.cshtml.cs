using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DetainerDesk.Web.Features.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<AppUser> signInManager, UserManager<AppUser> users, AuditLog audit) : PageModel
{
    /// <summary>
    /// The one message for every refused sign-in (unknown e-mail, wrong password, locked or disabled account), so the
    /// page never tells which e-mail addresses have accounts (security.md S-03).
    /// </summary>
    public const string RefusedMessage =
        "The e-mail address or password is not right. After 5 failed attempts an account is locked for 15 minutes.";

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Set when the credentials were refused (as opposed to a field left empty).</summary>
    public string? Refusal { get; private set; }

    public bool JustSignedOut { get; private set; }

    public IActionResult OnGet(bool signedOut = false)
    {
        if (User.Identity?.IsAuthenticated == true) return RedirectToReturnUrl();
        JustSignedOut = signedOut;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var email = Input.Email!.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // Spend the time a password check takes, so the response time does not reveal which e-mails have accounts.
            users.PasswordHasher.HashPassword(new AppUser { DisplayName = "" }, Input.Password!);
            await audit.RecordAsync(new Actor("anonymous", null), "signin.failure", "User", null, AuditOutcomes.Failure,
                $"reason=unknown-email;email-sha256={Digest(email)}", ct);
            return Refused();
        }
        if (user.Disabled)
        {
            users.PasswordHasher.HashPassword(user, Input.Password!);
            return await FailedAsync(user, "disabled", ct);
        }

        // Not persistent: the session cookie dies with the browser (security.md: no persistent cookies).
        var result = await signInManager.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(new Actor(user.Id, user.OrganisationId), "signin.success", "User", user.Id, cancellationToken: ct);
            return RedirectToReturnUrl();
        }
        if (result.RequiresTwoFactor)
        {
            // There is no second-factor page yet; do not leave a half-finished two-factor sign-in behind.
            await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
            return await FailedAsync(user, "two-factor-required", ct);
        }
        return await FailedAsync(user, result.IsLockedOut ? "locked-out" : result.IsNotAllowed ? "not-allowed" : "wrong-password", ct);
    }

    private async Task<IActionResult> FailedAsync(AppUser user, string reason, CancellationToken ct)
    {
        await audit.RecordAsync(new Actor(user.Id, user.OrganisationId), "signin.failure", "User", user.Id, AuditOutcomes.Failure, $"reason={reason}", ct);
        return Refused();
    }

    private PageResult Refused()
    {
        Refusal = RefusedMessage;
        Input.Password = null;
        return Page();
    }

    /// <summary>Only local addresses: an open redirect after sign-in is a phishing aid.</summary>
    private IActionResult RedirectToReturnUrl() =>
        !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");

    /// <summary>Enough to correlate repeated attempts on one address in the audit log, without storing the address.</summary>
    private static string Digest(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.ToUpperInvariant())))[..16];
}

public sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address in the right format, like name@agency.gov.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter your password.")]
    public string? Password { get; set; }
}
