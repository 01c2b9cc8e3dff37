using DetainerDesk.Domain.Cooperation;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using FsCheck;
using FsCheck.Fluent;
using static DetainerDesk.Domain.Tests.Policies.Scenario;

namespace DetainerDesk.Domain.Tests.Cooperation;

/// <summary>Between two era boundaries no rule-set version changes, so one evaluation stands for every day of the era.</summary>
public sealed class PolicyErasTests
{
    private static readonly PolicyEras Eras = new(RuleBook.Embedded);

    [Fact]
    public void Each_version_start_and_the_day_after_each_version_end_is_a_boundary()
    {
        Assert.Contains(Day("2017-09-01"), Eras.Boundaries); // Texas SB 4 takes effect
        Assert.Contains(Day("2014-09-05"), Eras.Boundaries); // King County Ord. 17886
        Assert.Contains(Day("2018-03-08"), Eras.Boundaries); // 17886 ends on 2018-03-07; 18665 starts
        Assert.Equal(Eras.Boundaries.Order(), Eras.Boundaries);
        Assert.Equal(Eras.Boundaries.Distinct(), Eras.Boundaries);
    }

    [Fact]
    public void A_day_belongs_to_the_era_that_starts_on_or_before_it()
    {
        var sb4 = Eras.EraOf(Day("2017-09-01"));
        Assert.Equal(sb4 - 1, Eras.EraOf(Day("2017-08-31")));
        Assert.Equal(Day("2017-09-01"), Eras.FirstDayOf(sb4));
        Assert.Equal(0, Eras.EraOf(Eras.Boundaries[0].AddDays(-1)));
        Assert.Equal(Eras.Boundaries.Count, Eras.EraOf(DateOnly.MaxValue));
    }

    private static readonly Jurisdiction[] Places = [Houston, Seattle, Spokane, LosAngeles, Chicago, Denver, Portland, NewYork, Miami, Wichita];

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Any_day_is_answered_as_the_first_day_of_its_era(int placeSeed, int daySeed, bool judicial)
    {
        var place = Places[Math.Abs(placeSeed % Places.Length)];
        var day = Day("2010-01-01").AddDays(Math.Abs(daySeed % 6000));
        var warrant = judicial ? WarrantKind.JudicialFederal : WarrantKind.AdministrativeI200;
        PolicyDecision On(DateOnly d) => PolicyEngine.Default.Evaluate(At(place, "2000-01-01") with { EvaluationDate = d, Warrants = [warrant] });
        var (exact, era) = (On(day), On(Eras.FirstDayOf(Eras.EraOf(day))));
        return exact.Answers.Select(a => (a.Verdict, a.RuleId)).SequenceEqual(era.Answers.Select(a => (a.Verdict, a.RuleId)))
            .Label($"{place} on {day:yyyy-MM-dd} vs era start {Eras.FirstDayOf(Eras.EraOf(day)):yyyy-MM-dd}");
    }
}
