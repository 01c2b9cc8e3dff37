using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace DetainerDesk.Web.Features.Webhooks;

/// <summary>
/// Subscription secrets: made by the server, shown to the subscriber once, kept protected with Data Protection
/// (not hashed: the server needs the secret itself to sign every delivery).
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("DetainerDesk.Webhooks.SubscriptionSecret.v1");

    public static string Generate() => "whsec_" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
