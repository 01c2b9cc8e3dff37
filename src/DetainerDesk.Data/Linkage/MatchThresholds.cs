namespace DetainerDesk.Data.Linkage;

/// <summary>
/// Where the bands of on-arrival matching begin (configuration section "Matching"). At or above
/// <see cref="AutoLinkAt"/> the new person is merged into the known one by the system (audited, reversible); from
/// <see cref="ReviewAt"/> up to it a supervisor decides; below it nothing happens.
/// </summary>
public sealed record MatchThresholds
{
    public const string Section = "Matching";

    /// <summary>0.9999 ≈ +13.3 bits: exact names and date of birth, or near it with sex and country agreeing.</summary>
    public double AutoLinkAt { get; init; } = 0.9999;
    /// <summary>0.2 ≈ −2 bits: a typo in each name and a slipped digit, or twins sharing a surname and a birthday.</summary>
    public double ReviewAt { get; init; } = 0.2;
    /// <summary>Candidates scored per arrival at most (a common surname and birth year can fill a block).</summary>
    public int MaxCandidates { get; init; } = 200;
}
