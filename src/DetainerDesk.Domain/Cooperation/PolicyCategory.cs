using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Domain.Cooperation;

/// <summary>
/// The law of a place in one word, for the map and the lists (domain brief §4.1, coarser): what it lets an agency do
/// with an ordinary detainer — an I-247A on an administrative warrant, with no conviction on file.
/// </summary>
public enum PolicyCategory
{
    /// <summary>State law requires honouring detainers (Texas SB 4, Florida SB 168).</summary>
    MandatedHolds = 0,
    /// <summary>Holds are allowed (within the federal 48-hour limit).</summary>
    HonoursHolds = 1,
    /// <summary>No hold, but ICE may be told of the release date (always, or for listed convictions).</summary>
    NotificationOnly = 2,
    /// <summary>Neither hold nor notification without a judicial warrant or court order.</summary>
    Declines = 3,
}

public static class PolicyCategories
{
    public static IReadOnlyList<PolicyCategory> All { get; } = Enum.GetValues<PolicyCategory>();

    public static PolicyCategory Classify(PolicyDecision decision) => decision.HoldOnDetainer.Verdict switch
    {
        PolicyVerdict.Required => PolicyCategory.MandatedHolds,
        PolicyVerdict.Allowed or PolicyVerdict.AllowedOnlyIf => PolicyCategory.HonoursHolds,
        PolicyVerdict.Forbidden when decision.NotifyReleaseDate.PermitsAction => PolicyCategory.NotificationOnly,
        _ => PolicyCategory.Declines,
    };

    public static string Describe(PolicyCategory category) => category switch
    {
        PolicyCategory.MandatedHolds => "Holds required by state law",
        PolicyCategory.HonoursHolds => "Holds allowed",
        PolicyCategory.NotificationOnly => "No holds; notification allowed",
        PolicyCategory.Declines => "No holds or notification without a judicial warrant",
    };
}
