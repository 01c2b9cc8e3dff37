using System.Collections.Concurrent;
using DetainerDesk.Domain.Cooperation;
using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Web.Features.Jurisdictions;

/// <summary>A colour of the map and what it means; the legend lists them and the table repeats the figures in words.</summary>
public sealed record MapClass(string Fill, string Label);

public static class MapColours
{
    public static readonly MapClass NoData = new("#dfe1e2", "No detainer with an ended answer");

    /// <summary>From the most to the least cooperation the law allows.</summary>
    public static MapClass ForPolicy(PolicyCategory category) => category switch
    {
        PolicyCategory.MandatedHolds => new("#8b0a03", PolicyCategories.Describe(category)),
        PolicyCategory.HonoursHolds => new("#e66f0e", PolicyCategories.Describe(category)),
        PolicyCategory.NotificationOnly => new("#73b3e7", PolicyCategories.Describe(category)),
        PolicyCategory.Declines => new("#1a4480", PolicyCategories.Describe(category)),
    };

    public static IReadOnlyList<MapClass> DeclineBins { get; } =
    [
        new("#d9e8f6", "Declined under 20 %"),
        new("#aacdec", "Declined 20 % to under 40 %"),
        new("#73b3e7", "Declined 40 % to under 60 %"),
        new("#2378c3", "Declined 60 % to under 80 %"),
        new("#162e51", "Declined 80 % or more"),
    ];

    public static MapClass ForDeclineRate(double? rate) =>
        rate is { } r ? DeclineBins[Math.Min((int)(r * 5), DeclineBins.Count - 1)] : NoData;

    // The law of 3,000-odd counties on one day: computed once per rule book and day. The active rule book hands out
    // a new engine whenever an administrator activates a version, so an edit never meets a stale map.
    private static readonly ConcurrentDictionary<(PolicyEngine Engine, DateOnly Day), IReadOnlyDictionary<string, PolicyCategory>> PolicyByDay = new();

    public static IReadOnlyDictionary<string, PolicyCategory> PoliciesOn(PolicyEngine engine, DateOnly day, IEnumerable<(string Fips, string StateCode)> counties)
    {
        if (PolicyByDay.Count > 32) PolicyByDay.Clear();
        return PolicyByDay.GetOrAdd((engine, day), key => counties.ToDictionary(c => c.Fips,
            c => PolicyCategories.Classify(JurisdictionQueries.PolicyFor(key.Engine, new Jurisdiction(c.StateCode, c.Fips), key.Day)), StringComparer.Ordinal));
    }
}
