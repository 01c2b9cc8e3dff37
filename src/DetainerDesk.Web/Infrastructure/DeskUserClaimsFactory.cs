using System.Security.Claims;
using DetainerDesk.Data.Identity;
using DetainerDesk.Data.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DetainerDesk.Web.Infrastructure;

/// <summary>Puts the user's organisation into the sign-in cookie, so that every query can be scoped without another lookup.</summary>
public sealed class DeskUserClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var org = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == user.OrganisationId);
        identity.AddClaim(new Claim(DeskClaims.ActorId, user.Id));
        identity.AddClaim(new Claim(DeskClaims.OrganisationId, org.Id.ToString()));
        identity.AddClaim(new Claim(DeskClaims.OrganisationKind, org.Kind.ToString()));
        identity.AddClaim(new Claim(DeskClaims.OrganisationName, org.Name));
        identity.AddClaim(new Claim(DeskClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
