using DetainerDesk.Domain.Linkage;
using DetainerDesk.Domain.People;

namespace DetainerDesk.Data.Linkage;

/// <summary>
/// Scores two stored persons with the fixed <see cref="ArrivalModel"/>. Each pair is prepared on its own, so that
/// the surname frequency (and so the score) of a pair does not depend on which other candidates were in its block:
/// the review queue and the side-by-side view show the same number.
/// </summary>
public static class PairScore
{
    private static readonly FellegiSunterModel Model = ArrivalModel.Create();

    public static MatchExplanation Explain(Person left, Person right)
    {
        var prepared = Linker.Prepare([PersonRecords.From(left), PersonRecords.From(right)]);
        return MatchExplanation.For(prepared[0], prepared[1], Model);
    }
}
