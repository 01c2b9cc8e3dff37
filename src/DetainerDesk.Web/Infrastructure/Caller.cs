using System.Security.Claims;
using DetainerDesk.Data.Audit;
using DetainerDesk.Domain.Organisations;

namespace DetainerDesk.Web.Infrastructure;

/// <summary>The signed-in person or system making a request: who, for which organisation, in which role.</summary>
public sealed record Caller(string ActorId, Guid OrganisationId, OrganisationKind OrganisationKind, string Role, string DisplayName)
{
    public Actor Actor => new(ActorId, OrganisationId);

    public static Caller? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return null;
        var id = user.FindFirstValue(DeskClaims.ActorId) ?? user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null
            || !Guid.TryParse(user.FindFirstValue(DeskClaims.OrganisationId), out var org)
            || !Enum.TryParse<OrganisationKind>(user.FindFirstValue(DeskClaims.OrganisationKind), out var kind))
            return null;
        var role = user.FindFirstValue(ClaimTypes.Role) ?? "";
        return new Caller(id, org, kind, role, user.FindFirstValue(DeskClaims.DisplayName) ?? user.Identity.Name ?? id);
    }
}

public static class DeskClaims
{
    public const string ActorId = "dd:actor";
    public const string OrganisationId = "dd:org";
    public const string OrganisationKind = "dd:org_kind";
    public const string OrganisationName = "dd:org_name";
    public const string DisplayName = "dd:name";
}

public static class CallerExtensions
{
    /// <summary>The caller of an authorised request. Endpoints that call this require authentication, so a missing caller is a bug.</summary>
    public static Caller GetCaller(this HttpContext context) =>
        Caller.From(context.User) ?? throw new InvalidOperationException("The request has no signed-in caller with an organisation.");
}
