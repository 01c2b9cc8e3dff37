namespace DetainerDesk.Data.ReferenceData;

/// <summary>
/// Builds the effective-dated county → AOR table from two maps of different ages. UWCHR's county_aor (24 offices,
/// no Harlingen) is the base; wherever DDP's newer map (with Harlingen) names another office, the UWCHR row ends
/// and a DDP row starts. On the shipped files this moves 25 Texas counties (15 to HAL, 10 from SNA to HOU).
/// </summary>
public static class CountyAorHistory
{
    public const string UwchrSource = "UWCHR county_aor";
    public const string DdpSource = "DDP ice-offices";

    /// <summary>Start of the UWCHR map: neither source dates it, so it stands for "as far back as we use AORs".</summary>
    public static readonly DateOnly UwchrMapEffective = new(2000, 1, 1);

    /// <summary>
    /// ASSUMPTION, to be confirmed: the day the Texas counties moved (Harlingen split off San Antonio/Houston).
    /// Neither source dates the redrawing; a Harlingen AOR existed by 2022, so we take the start of FY2022.
    /// The SNA → HOU moves of central Texas counties in DDP's map are dated the same way, for want of better.
    /// </summary>
    public static readonly DateOnly HarlingenSplitEffective = new(2021, 10, 1);

    public static IReadOnlyList<CountyAorAssignment> Build(IReadOnlyList<UwchrCounty> uwchr, DdpMatch ddp)
    {
        if (ddp.Problems.Count > 0)
            throw new InvalidOperationException($"DDP's AOR map does not match our states and counties: {string.Join("; ", ddp.Problems)}");

        var assignments = new List<CountyAorAssignment>(uwchr.Count + 32);
        foreach (var (county, uwchrAor) in uwchr)
        {
            var redrawn = ddp.AorByCountyFips.TryGetValue(county.Fips, out var ddpAor) && ddpAor != uwchrAor;
            assignments.Add(new CountyAorAssignment
            {
                CountyFips = county.Fips,
                AorCode = uwchrAor,
                EffectiveFrom = UwchrMapEffective,
                EffectiveTo = redrawn ? HarlingenSplitEffective : null,
                Source = UwchrSource,
            });
            if (redrawn)
                assignments.Add(new CountyAorAssignment
                {
                    CountyFips = county.Fips,
                    AorCode = ddpAor!,
                    EffectiveFrom = HarlingenSplitEffective,
                    Source = DdpSource,
                });
        }
        return assignments;
    }
}
