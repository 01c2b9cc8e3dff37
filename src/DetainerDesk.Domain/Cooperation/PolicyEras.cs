using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Domain.Cooperation;

/// <summary>
/// The days on which some rule-set version starts or stops. Between two of them no version changes, so a detainer's
/// predicted answer depends on its era, not its exact day: the cooperation record groups detainers by era in the
/// database and asks the engine once per group instead of once per detainer.
/// </summary>
public sealed class PolicyEras
{
    public PolicyEras(RuleBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        _boundaries = [.. book.RuleSets.SelectMany(s => s.Versions)
            .SelectMany(v => v.EffectiveTo is { } to ? new[] { v.EffectiveFrom, to.AddDays(1) } : [v.EffectiveFrom])
            .Distinct()
            .Order()];
    }

    /// <summary>Ascending, distinct: era <c>i</c> (1-based) starts on <c>Boundaries[i - 1]</c>; era 0 is everything before the first.</summary>
    public IReadOnlyList<DateOnly> Boundaries => _boundaries;

    private readonly List<DateOnly> _boundaries;

    /// <summary>The era a day falls in: the number of boundaries on or before it.</summary>
    public int EraOf(DateOnly day)
    {
        var index = _boundaries.BinarySearch(day);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>A day inside the era, to evaluate the law on: its first day (era 0: the day before the first boundary).</summary>
    public DateOnly FirstDayOf(int era) => era == 0 ? Boundaries[0].AddDays(-1) : Boundaries[era - 1];
}
