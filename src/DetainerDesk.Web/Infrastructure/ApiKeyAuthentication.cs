using System.Security.Claims;
using System.Text.Encodings.Web;
using DetainerDesk.Data.ApiKeys;
using DetainerDesk.Data.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DetainerDesk.Web.Infrastructure;

/// <summary>
/// Systems (jail management systems, ICE tools) call the API with "Authorization: ApiKey dd_…" or "X-Api-Key: dd_…".
/// The key acts with the role and organisation it was created for.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AppDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public static bool HasApiKey(HttpRequest request) =>
        request.Headers.ContainsKey("X-Api-Key")
        || request.Headers.Authorization.ToString().StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = ReadKey(Request);
        if (key is null) return AuthenticateResult.NoResult();
        if (!ApiKeyFormat.TryGetPrefix(key, out var prefix)) return AuthenticateResult.Fail("The API key is not in the DetainerDesk format.");

        var row = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix);
        if (row is null || !ApiKeyFormat.Matches(key, row.Hash)) return AuthenticateResult.Fail("The API key is not valid.");
        if (row.RevokedAtUtc is { } revoked && revoked <= clock.GetUtcNow().UtcDateTime) return AuthenticateResult.Fail("The API key has been revoked.");

        var org = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == row.OrganisationId);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, $"apikey:{row.Id}"),
            new Claim(ClaimTypes.Name, row.Name),
            new Claim(ClaimTypes.Role, row.Role),
            new Claim(DeskClaims.ActorId, $"apikey:{row.Id}"),
            new Claim(DeskClaims.OrganisationId, org.Id.ToString()),
            new Claim(DeskClaims.OrganisationKind, org.Kind.ToString()),
            new Claim(DeskClaims.OrganisationName, org.Name),
            new Claim(DeskClaims.DisplayName, row.Name),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private static string? ReadKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue("X-Api-Key", out var header) && !string.IsNullOrWhiteSpace(header)) return header.ToString().Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase) ? authorization[(SchemeName.Length + 1)..].Trim() : null;
    }
}
