using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Linkage;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;

namespace DetainerDesk.Web.Features.People;

/// <summary>On-arrival matching (thresholds from "Matching"), its job, and who may resolve identities.</summary>
public static class PersonMatchingSetup
{
    /// <summary>
    /// Deciding who is who touches bookings and detainers of several agencies at once, so only a role that may see
    /// them all can do it: ICE supervisors of a field office or of headquarters. Agency staff never see another
    /// agency's bookings, so they cannot judge (or undo) a merge that spans agencies.
    /// </summary>
    public const string ResolveIdentities = nameof(ResolveIdentities);

    public static IServiceCollection AddPersonMatching(this IServiceCollection services)
    {
        services.AddOptions<MatchThresholds>().BindConfiguration(MatchThresholds.Section)
            .Validate(t => t.ReviewAt is > 0 and < 1 && t.AutoLinkAt is > 0 and <= 1 && t.ReviewAt < t.AutoLinkAt && t.MaxCandidates > 0,
                "Matching:ReviewAt must be below Matching:AutoLinkAt, both probabilities between 0 and 1.")
            .ValidateOnStart();
        services.AddScoped<IJobHandler, PersonArrivedJob>();
        services.Configure<AuthorizationOptions>(o => o.AddPolicy(ResolveIdentities, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles.IceSupervisor)
            .RequireClaim(DeskClaims.OrganisationKind, nameof(OrganisationKind.FieldOffice), nameof(OrganisationKind.Headquarters))));
        return services;
    }
}
